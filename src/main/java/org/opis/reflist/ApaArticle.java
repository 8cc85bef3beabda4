package org.opis.reflist;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opis.text.Regexes;

/**
 * An APA article or chapter whose own title is set in roman before the italic container:
 * {@code Doob, L.W. & Foltz, W.J. (1973). The Belfast Workshop. *Journal of Conflict Resolution*, 17, …}
 * or {@code Wedge, B. (1987). Mediating Intergroup Conflict. In J.W. McDonald & D.B. Bendahmane (Eds.), *Book*. …}.
 * The names end with the year (or {@code In Press}, {@code n.d.}) in parentheses; the sentence after it up to
 * the italic, or up to an {@code In …} clause before the italic, is the title. One concern, content-based: the
 * shape of the names block, a parenthesised date right after it, and a title of at least two words.
 */
final class ApaArticle {

    private ApaArticle() {}

    /** Family-first names (a comma inside, no parenthesis, no markup), then the date in parentheses ({@code (2006, October 12)}, {@code (2006, 12. oktober)}). */
    private static final Pattern HEAD = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.-]*(?:\\s[\\p{L}'’.-]+){0,3},\\s?\\p{Lu}[^()*_\"“]{0,200}?\\s?"
                    + "(\\((?:(?:[\\p{L}]{3,10}\\.?\\s)?(?:1[4-9]\\d\\d|20\\d\\d)[a-z]?(?:,\\s?(?:\\d{1,2}\\.?\\s?)?[\\p{L}]{3,10}\\.?(?:\\s\\d{1,2})?)?"
                    + "|[Ii]n\\s[Pp]ress|n\\.\\s?d\\.|[Ff]orthcoming)\\))[.,]?\\s");
    /**
     * The chapter's book introduced after the title: {@code . In J. Smith (Ed.), *Book*}, {@code , in Smith, J. (Eds.), *Book*};
     * after a full stop also any other word of {@code container-intros.txt} ({@code . En *Libro*}, {@code . Dans *Livre*},
     * {@code . W: *Tytuł*}), which after a comma could be a title's own word ({@code Historia, en la práctica}).
     */
    private static final Pattern IN_CLAUSE = Pattern.compile("(?<=[.,?!])\\s+(?=[Ii]n:?\\s)|(?<=[.?!])\\s+(?=(?:"
            + ContainerIntros.alternation(Data.lines("container-intros.txt")) + ")\\s)");

    /**
     * Positions in {@code s} of an APA head before the italic opening at {@code star}: {date start, date
     * end, title start, title end, where the rest starts}; or null when the text before the italic is not
     * names, a date in parentheses and a title.
     */
    static int[] find(String s, int pos, int star) {
        if (star <= pos) return null;
        Matcher h = HEAD.matcher(s).region(pos, star);
        if (!h.lookingAt()) return null;
        int ts = h.end();
        while (ts < star && Character.isWhitespace(s.charAt(ts))) ts++;
        String between = s.substring(ts, star);
        if (between.isBlank() || between.startsWith("(") || between.startsWith("[")) return null;
        int te = star;
        int rest = star;
        Matcher in = IN_CLAUSE.matcher(between);
        if (in.find()) {
            te = ts + in.start();
            rest = ts + in.end();
        }
        String title = s.substring(ts, te).strip();
        if (Regexes.matches(title, "(?:[Ii]n:?|[Ee]ds?\\.?|\\([Ee]ds?\\.?\\))(?:\\s.*)?")
                || ContainerIntros.AT_START.matcher(title).lookingAt()) return null;
        if (!(title.endsWith(".") || title.endsWith(",") || title.endsWith("?") || title.endsWith("!"))) return null;
        int words = 0;
        for (String t : Regexes.split(title, "\\s+")) if (t.codePoints().filter(Character::isLetter).count() >= 2) words++;
        if (words < 2) return null;
        return new int[] {h.start(1), h.end(1), ts, te, rest};
    }
}
