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
        return Pattern.compile(";\\s+" + (also.isEmpty() ? "" : "|,\\s+(?iu:" + org.opis.lexicon.Words.alternation(also, false) + ")\\s+"));
    }

    /** The pieces [start, end) of a note's text after its first one, each from just after its joining word. */
    static List<int[]> pieces(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = JOIN.matcher(text);
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        int from = 0;
        while (m.find()) {
            // "Allen, Michael; Swain, Scott R. (2015). …": a name list joined by "; " is one work's authors
            if (m.group().startsWith(";") && BARE_NAME.matcher(text.substring(from, m.start())).matches()) continue;
            starts.add(m.end());
            ends.add(m.start());
            from = m.end();
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
