package org.opis.reflist;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Citations run on one after another in a paragraph, joined by semicolons, as reading lists and
 * syllabi write them ({@code B. Comrie, "The Languages of the Soviet Union," Chap. 1, pp. 1-38 (skim);
 * R. Jakobson, "Slavic Languages: A Condensed Survey," (1955) pp. 1-11}): a semicolon ends an entry
 * when the text before it already holds a title (italic, quoted or after a sentence break) and the
 * text after it opens as an entry does — a run of names (capitalised words and initials, joined by
 * commas and {@code and}) followed by a comma and a quoted or italic title. Names joined by
 * semicolons ({@code Wilbur, C. Martin; How, Julie Lien-ying (1989)}) have no title before the
 * semicolon and are never cut; nor are areas set apart by semicolons ({@link SemicolonFields}), nor a
 * semicolon inside a quoted or italic title (a quotation still open before it). GOST notes joined by semicolons end with
 * their year or page and the next opens with a family name and its initials ({@code … М., 1989; Радзинский Э. Сталин. М., 1997.}).
 */
final class SemicolonRuns {
    private SemicolonRuns() {
    }

    private static final String WORD = "(?:\\p{Lu}[\\p{L}'’\\-]*\\.?|\\p{Lu}\\.(?:\\s?\\p{Lu}\\.)*|and|&|et\\.? al\\.?|von|van|de|der|den|du|da|di|la|le|y)";
    /** A run of names (at most a dozen words, joined by spaces, commas or {@code and}), a comma and an opening title mark. */
    private static final Pattern OPENS_ENTRY = Pattern.compile("^" + WORD + "(?:,?\\s+" + WORD + "){0,11},\\s*[\"“«*_'‘]");
    /** A title in single quotation marks, as British notes set it ({@code 'The Financial Battle for Beijing',}), not an apostrophe. */
    private static final Pattern SINGLE_QUOTED = Pattern.compile("(?<![\\p{L}\\d])['‘][^'‘’\\n]{3,}['’](?![\\p{L}\\d])");
    private static final Pattern SEMICOLON = Pattern.compile(";\\s+");
    /** The head ends as a GOST description does: a year or a page ({@code М., 1989}, {@code С. 45–47}), perhaps a full stop. */
    private static final Pattern ENDS_IMPRINT = Pattern.compile("(?:(?<!\\d)(?:1[5-9]\\d\\d|20\\d\\d)|\\b[СсCSsPpРр]\\.\\s?\\d+(?:\\s?[–-]\\s?\\d+)?)\\.?\\s*$");
    /** A GOST description opens: a family name, its initials after it, and a capitalised title ({@code Радзинский Э. Сталин}). */
    private static final Pattern OPENS_GOST = Pattern.compile("^\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?\\s\\p{Lu}\\.(?:\\s?\\p{Lu}\\.)?\\s+[\\p{Lu}«\"“]");

    /** Where the first entry of {@code text} ends at a semicolon (the semicolon's index), or -1. */
    static int split(String text) {
        Matcher m = SEMICOLON.matcher(text);
        while (m.find()) {
            int p = m.start();
            String head = text.substring(0, p);
            if (p < 12 || !MergedEntries.hasTitle(head) && !SINGLE_QUOTED.matcher(head).find() || open(head)) continue;
            String rest = text.substring(m.end());
            if (rest.length() < 12) continue;
            // GOST notes joined by semicolons ("… М., 1989; Радзинский Э. Сталин. М., 1997."): the first ends with its year or
            // page and the next opens with a family name and its initials
            if (ENDS_IMPRINT.matcher(head).find() && OPENS_GOST.matcher(rest).find()) return p;
            Matcher o = OPENS_ENTRY.matcher(rest.length() > 160 ? rest.substring(0, 160) : rest);
            if (!o.find()) continue;
            // the opening title must close before the text ends: a second entry, not a stray mark
            char mark = rest.charAt(o.end() - 1);
            char close = mark == '“' ? '”' : mark == '«' ? '»' : mark == '‘' ? '’' : mark;
            if (rest.indexOf(close, o.end()) < 0) continue;
            return p;
        }
        return -1;
    }

    /** Whether a quotation or italics opened before the semicolon is still open there (the semicolon is inside a title). */
    private static boolean open(String head) {
        int straight = 0, italic = 0, underscore = 0, curly = 0, guillemets = 0;
        for (int i = 0; i < head.length(); i++) {
            switch (head.charAt(i)) {
                case '"' -> straight++;
                case '*' -> italic++;
                case '_' -> underscore++;
                case '“' -> curly++;
                case '”' -> curly--;
                case '«' -> guillemets++;
                case '»' -> guillemets--;
                default -> {
                }
            }
        }
        return straight % 2 != 0 || italic % 2 != 0 || underscore % 2 != 0 || curly > 0 || guillemets > 0;
    }
}
