package org.opis.document;

import org.opis.cite.LeadWords;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The further works of a note: where, after its first citation, a note goes on with another work —
 * after {@code "; "} or after a comma and a joining word ({@code …, S. 6, sowie Vasari, Giorgio: Das
 * Leben des Michelangelo. …, Berlin 2009, S. 60.}; the words are the {@code also} rows of the
 * scanner's word list). Each piece is a candidate for {@link FullNotes}: it is read as a full
 * reference only when it reads as one and the scanner found nothing else in it.
 */
final class SecondWorks {

    private static final Pattern JOIN = joins();
    /** An inverted name alone ({@code Allen, Michael}, {@code Swain, Scott R.}): before {@code "; "} it begins a list of authors. */
    private static final Pattern BARE_NAME = Pattern.compile("\\s*\\p{Lu}[\\p{L}'’\\-]+,\\s+\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){0,2}\\s*");

    private SecondWorks() {
    }

    private static Pattern joins() {
        java.util.List<String> also = LeadWords.alsoWords();
        // "…, 2013); and Matthew L. Jockers, …": a joining "and" after the semicolon is no part of the next work; nor after an
        // imprint's parenthesis ("…, 2006), 309-34 (332) and Joseph W. Martin, …")
        return Pattern.compile(";\\s+(?:(?:and|und|et|y|e|i|и|oraz)\\s+(?=[\\p{Lu}\"“*_«]))?"
                + "|(?<=\\))\\s+(?:and|und|et|y|e|и)\\s+(?=\\p{Lu}[\\p{Ll}.])"
                + (also.isEmpty() ? "" : "|,\\s+(?iu:" + org.opis.lexicon.Words.alternation(also, false) + ")\\s+"));
    }

    /** A sentence of a note after its first: from just after the full stop, when a work follows a lead word in it. */
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.)])\\s+(?=\\p{Lu})");

    /** The pieces [start, end) of a note's text after its first one, each from just after its joining word. */
    static List<int[]> pieces(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = JOIN.matcher(text);
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        int from = 0;
        List<int[]> joins = new ArrayList<>();
        while (m.find()) joins.add(new int[]{m.start(), m.end()});
        // a further sentence that names a work after a lead word ("…, 2010). For a general overview, see Albert-László …")
        Matcher s = SENTENCE.matcher(text);
        while (s.find()) {
            int st = s.end();
            if (LeadWords.workAfterProse(text.substring(st)) >= 0 && !LeadWords.opensWithIbid(text.substring(st))) joins.add(new int[]{s.start(), st});
        }
        joins.sort(java.util.Comparator.comparingInt(j -> j[0]));
        for (int[] j : joins) {
            if (j[0] < from) continue;
            // "Allen, Michael; Swain, Scott R. (2015). …": a name list joined by "; " is one work's authors
            if (text.charAt(j[0]) == ';' && (BARE_NAME.matcher(text.substring(from, j[0])).matches()
                    || org.opis.cite.NameListPieces.joinsAuthors(text.substring(from, j[0]), text.substring(j[1]))
                    || org.opis.cite.NameListPieces.quotedSemicolon(text.substring(from, j[0]), text.substring(j[1])))) continue;
            starts.add(j[1]);
            ends.add(j[0]);
            from = j[1];
        }
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? ends.get(k + 1) : text.length();
            if (end > starts.get(k)) out.add(new int[]{starts.get(k), end});
        }
        return out;
    }

    /** True when a piece opens with a capital (a name or a title), not with running prose. */
    static boolean opensWork(String piece) {
        String p = piece.strip();
        return !p.isEmpty() && (Character.isUpperCase(p.codePointAt(0)) || "\"“*_«".indexOf(p.charAt(0)) >= 0)
                && !LeadWords.opensWithIbid(p);
    }
}
