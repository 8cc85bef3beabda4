package org.opis.reflist.tagger;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.opis.text.Regexes;

/**
 * A series named in parentheses after the title or the imprint, with its number: German {@code Wiesbaden 1996 (Schriften
 * des Stadtarchivs Wiesbaden, Bd. 5)} and {@code Berlin 2019 (= Medien der Geschichte 2)}, English {@code (Studies in
 * Soviet History, 12)}. The words before the number (and its label, a word of the tagger dictionary's classes
 * {@code vol} or {@code issue}: {@code Bd.}, {@code Nr.}, {@code vol.}) are the collection-title; the number is the
 * series' own (CSL's collection-number, not scored as a volume). A year is not such a number ({@code (Praeger, 1965)}),
 * and the parenthesis must hold an equals sign, the label, or a comma before the number.
 */
final class SeriesMarks {
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}|[IVXLC]{1,6}");
    private static final int MOST_INSIDE = 16;

    private SeriesMarks() {
    }

    static int[] mend(List<Token> tokens, int[] labels) {
        for (int p = 1; p < tokens.size(); p++) {
            if (!tokens.get(p).text().equals("(") || !after(labels, p - 1)) continue;
            int q = p + 1;
            while (q < tokens.size() && q - p <= MOST_INSIDE && !tokens.get(q).text().equals(")") && !tokens.get(q).text().equals("(")) q++;
            if (q >= tokens.size() || !tokens.get(q).text().equals(")")) continue;
            int e = q - 1;
            if (e <= p + 1 || !NUMBER.matcher(tokens.get(e).text()).matches()) continue;
            int s = p + 1;
            boolean equals = tokens.get(s).text().equals("=");
            if (equals) s++;
            int end = e;
            boolean label = false;
            if (end - 1 > s && tokens.get(end - 1).text().equals(".") && numberLabel(tokens.get(end - 2).text())) {
                end -= 2;
                label = true;
            } else if (end - 1 > s && numberLabel(tokens.get(end - 1).text())) {
                end -= 1;
                label = true;
            }
            boolean comma = tokens.get(end - 1).text().equals(",");
            if (comma) end--;
            if (!equals && !label && !comma || end <= s) continue;
            if (!name(tokens, s, end)) continue;
            int[] out = labels.clone();
            for (int x = p + 1; x < q; x++) out[x] = x >= s && x < end ? Label.COLLECTION_TITLE.ordinal() : Label.OTHER.ordinal();
            return out;
        }
        return labels;
    }

    /** Whether the token before the parenthesis (past a comma or full stop) ends a title, a date or an imprint. */
    private static boolean after(int[] labels, int b) {
        int l = labels[b];
        return l == Label.TITLE.ordinal() || l == Label.DATE.ordinal() || l == Label.PUBLISHER.ordinal()
                || l == Label.PUBLISHER_PLACE.ordinal() || l == Label.EDITION.ordinal();
    }

    private static boolean numberLabel(String w) {
        for (String c : Lexicon.classes(w.toLowerCase(Locale.ROOT))) if (c.equals("vol") || c.equals("issue")) return true;
        return false;
    }

    /** Capitalised words with no colon, semicolon, quote or date-like number: a series' name. */
    private static boolean name(List<Token> tokens, int s, int end) {
        if (!Character.isUpperCase(tokens.get(s).text().codePointAt(0))) return false;
        int words = 0;
        for (int x = s; x < end; x++) {
            String t = tokens.get(x).text();
            if (t.equals(":") || t.equals(";") || tokens.get(x).quoted() || Regexes.matches(t, "\\d{4}")) return false;
            if (Aligner.isWord(t)) words++;
        }
        return words >= 2 || words == 1 && !numberLabel(tokens.get(s).text());
    }
}
