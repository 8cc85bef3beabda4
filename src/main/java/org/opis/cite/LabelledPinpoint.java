package org.opis.cite;

/**
 * A pinpoint that opens with a locator label ({@code p. 64}, {@code pp. 154–160}, {@code S. 12}, {@code с. 45}; the labels
 * are those of {@code org/opis/lexicon/labels.tsv}), and what may follow it in a note that is a citation: the note's
 * own comment after a full stop or after a word with a colon ({@code Farwell p. 64. "Austerlitz is …"},
 * {@code Dupuy p. 102 Note: Dupuy was …}).
 */
final class LabelledPinpoint {

    private static final int LOOK = 32;

    private LabelledPinpoint() {
    }

    /** True when a labelled locator with a number opens {@code t[i, b)}. */
    static boolean at(Locators locators, String t, int i, int b) {
        if (i >= b || !Character.isLetter(t.charAt(i))) return false;
        String s = t.substring(i, Math.min(b, i + LOOK));
        Locators.Reading r = locators.read(s);
        if (r.locators().isEmpty() || r.consumed() == 0) return false;
        for (int k = 0; k < r.consumed() && k < s.length(); k++) if (Character.isDigit(s.charAt(k))) return true;
        return false;
    }

    /**
     * True when the text after a pinpoint ({@code t[i, b)}) is a comment of the note rather than more of a citation: a full
     * stop then a quotation or a sentence, or a word closed by a colon ({@code Note:}).
     */
    static boolean commentFollows(String t, int i, int b) {
        int k = i;
        while (k < b && t.charAt(k) == ' ') k++;
        if (k < b && t.charAt(k) == '.') {
            k++;
            while (k < b && t.charAt(k) == ' ') k++;
            return k < b && (Character.isUpperCase(t.charAt(k)) || "\"“«'‘„".indexOf(t.charAt(k)) >= 0);
        }
        int w = k;
        while (w < b && Character.isLetter(t.charAt(w))) w++;
        return w > k && w < b && t.charAt(w) == ':' && Character.isUpperCase(t.charAt(k));
    }
}
