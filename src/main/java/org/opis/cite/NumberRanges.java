package org.opis.cite;

import java.util.Optional;

/**
 * Page, leaf and year ranges written with abbreviated ends, expanded by the Chicago
 * inclusive-number rule: {@code 134–36} is 134–136, {@code 104–5} is 104–105, {@code 1971–82} is 1971–1982.
 */
public final class NumberRanges {
    private NumberRanges() {
    }

    /**
     * The full end of a range: when the end has fewer digits than the start, the start's leading
     * digits are put in front of it. Empty when the expanded end is still before the start
     * (a reversed range) or a part is not a plain number.
     */
    public static Optional<String> expandEnd(String start, String end) {
        if (!digits(start) || !digits(end)) return Optional.empty();
        String full = end;
        if (end.length() < start.length()) {
            full = start.substring(0, start.length() - end.length()) + end;
        }
        if (compare(full, start) < 0) return Optional.empty();
        return Optional.of(full);
    }

    /** True when the text is one or more ASCII digits. */
    public static boolean digits(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    private static int compare(String a, String b) {
        String x = a.replaceFirst("^0+(?=.)", "");
        String y = b.replaceFirst("^0+(?=.)", "");
        if (x.length() != y.length()) return Integer.compare(x.length(), y.length());
        return x.compareTo(y);
    }

    /** True for the dashes used in ranges: hyphen, U+2010, U+2011, figure dash, en dash, em dash, minus. */
    public static boolean isDash(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2212';
    }
}
