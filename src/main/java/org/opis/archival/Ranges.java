package org.opis.archival;

import java.util.Optional;

/**
 * Inclusive number ranges as the Chicago Manual writes them: an abbreviated end ("104–5",
 * "145–60", "1496–500") takes the missing leading digits from the start.
 */
public final class Ranges {

    private Ranges() {
    }

    private static boolean digits(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }

    /** Compares two digit strings by value (no overflow for long strings). */
    static int compare(String a, String b) {
        String x = a.replaceFirst("^0+(?=.)", ""), y = b.replaceFirst("^0+(?=.)", "");
        if (x.length() != y.length()) return Integer.compare(x.length(), y.length());
        return x.compareTo(y);
    }

    /**
     * The full end of an abbreviated range ("104", "5" → "105"; "145", "60" → "160"), or empty when
     * the end is not abbreviated (or the values are not plain numbers).
     */
    public static Optional<String> expand(String from, String to) {
        String f = numericPart(from), t = numericPart(to);
        if (!digits(f) || !digits(t) || t.length() >= f.length()) return Optional.empty();
        if (compare(t, f) >= 0) return Optional.empty();
        String full = f.substring(0, f.length() - t.length()) + t;
        return Optional.of(full + to.substring(t.length()));
    }

    /** The range end with an abbreviated end expanded. */
    public static String fullEnd(String from, String to) {
        return expand(from, to).orElse(to);
    }

    /**
     * A value that is one range of plain numbers ("5754–5", a run of files cited with "Dd.") with its
     * abbreviated end expanded ("5754–5755"); any other value as it is.
     */
    public static String expandValue(String v) {
        int dash = v.indexOf('–');
        if (dash <= 0 || dash != v.lastIndexOf('–')) return v;
        String from = v.substring(0, dash), to = v.substring(dash + 1);
        if (!digits(from) || !digits(to)) return v;
        return from + "–" + fullEnd(from, to);
    }

    /** True when the range ends before it starts, even after expanding an abbreviated end. */
    public static boolean reversed(String from, String to) {
        String f = numericPart(from), t = numericPart(fullEnd(from, to));
        if (!digits(f) || !digits(t)) return false;
        return compare(t, f) < 0;
    }

    /** The leading digits of a leaf number ("17a" → "17"). */
    static String numericPart(String s) {
        int i = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
        return s.substring(0, i);
    }
}
