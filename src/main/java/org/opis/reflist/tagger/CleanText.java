package org.opis.reflist.tagger;

import java.util.ArrayList;
import java.util.List;

/**
 * Hand scanners for the decoder's cleaning of a field's text and its alternatives: the same results
 * as the regular expressions and the sort they stand for, without a matcher or a boxed sort per field
 * (the decoder runs for every field of every entry).
 */
final class CleanText {
    private CleanText() {
    }

    /** Whether {@code \s+} replaced by one space would change nothing: no tab, line break or form feed, no two spaces in a row. */
    static boolean singleSpaced(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (i + 1 < s.length() && s.charAt(i + 1) == ' ') return false;
            } else if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    /** A char of the decoder's trailing class {@code [\s,;:/\u2014\u2013\-(\[\u201C\u201E\u00AB]}. */
    private static boolean trail(char c) {
        return switch (c) {
            case ' ', '\t', '\n', '\u000B', '\f', '\r', ',', ';', ':', '/', '\u2014', '\u2013', '-', '(', '[', '\u201C', '\u201E', '\u00AB' -> true;
            default -> false;
        };
    }

    /**
     * {@code s} with the run of trailing-class chars at its end removed, as
     * {@code TRAIL.matcher(s).replaceAll("")} with {@code TRAIL = [class]+$} does: {@code $} also
     * matches before a final line terminator outside the class (U+0085, U+2028, U+2029), which stays.
     */
    static String withoutTrail(String s) {
        int e = s.length();
        int stop = e > 0 && (s.charAt(e - 1) == '\u0085' || s.charAt(e - 1) == '\u2028' || s.charAt(e - 1) == '\u2029') ? e - 1 : e;
        int b = stop;
        while (b > 0 && trail(s.charAt(b - 1))) b--;
        if (b == stop) return s;
        return stop == e ? s.substring(0, b) : s.substring(0, b) + s.substring(stop);
    }

    /**
     * At most two labels other than {@code label} with a marginal of at least 0.1, the most likely
     * first (ties in label order): what a stable sort of the labels by descending marginal, filtered, gives.
     */
    static List<Label> alternatives(double[] m, int label) {
        int first = -1;
        int second = -1;
        for (int y = 0; y < m.length; y++) {
            if (y == label || !(m[y] >= 0.1)) continue;
            if (first < 0 || Double.compare(m[y], m[first]) > 0) {
                second = first;
                first = y;
            } else if (second < 0 || Double.compare(m[y], m[second]) > 0) {
                second = y;
            }
        }
        List<Label> alt = new ArrayList<>(2);
        if (first >= 0) alt.add(Label.ALL[first]);
        if (second >= 0) alt.add(Label.ALL[second]);
        return alt;
    }
}
