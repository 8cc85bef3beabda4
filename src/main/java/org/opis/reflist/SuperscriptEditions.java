package org.opis.reflist;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The edition written as a superscript number before the year, as German humanities lists give it: {@code Kluge, Friedrich
 * (^6^1899): …} (Pandoc's superscript), {@code (²1960)}, {@code (<sup>3</sup>1995)}, and after a first edition's year in
 * brackets {@code Puşcariu, Sextil ([1940] ^2^1976): …} — the sixth, second, third edition.
 */
final class SuperscriptEditions {
    private SuperscriptEditions() {
    }

    private static final Pattern HEAD = Pattern.compile(
            "(?:[^()\\d]|\\([^()\\d]*\\)){0,200}?\\(\\s*(?:\\[\\d{3,4}\\]\\s*)?(?:\\^(\\d{1,2})\\^|<sup>(\\d{1,2})</sup>|([¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}))\\d{4}(?!\\d)");
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /**
     * {@code w} with the superscript number of its head blanked by as many spaces ({@code (^2^1960)} → {@code (   1960)}), so
     * the year in parentheses reads as one and every offset stays where it was.
     */
    static String blanked(String w) {
        Matcher m = HEAD.matcher(w);
        if (!m.lookingAt()) return w;
        int g = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
        int from = g == 3 ? m.start(3) : w.lastIndexOf(g == 1 ? '^' : '<', m.start(g));
        int to = g == 3 ? m.end(3) : w.indexOf(g == 1 ? '^' : '>', m.end(g) + (g == 2 ? 1 : 0)) + 1;
        if (from < 0 || to <= from) return w;
        return w.substring(0, from) + " ".repeat(to - from) + w.substring(to);
    }

    /** Sets {@code d}'s edition from a superscript number before the year in the entry's head, when none is set. */
    static void take(String w, Draft d) {
        if (d.edition != null) return;
        Matcher m = HEAD.matcher(w);
        if (!m.lookingAt()) return;
        String n = m.group(1) != null ? m.group(1) : m.group(2);
        if (n == null) {
            StringBuilder s = new StringBuilder();
            for (char c : m.group(3).toCharArray()) s.append(SUPERSCRIPTS.indexOf(c == '¹' ? '¹' : c));
            n = s.toString();
        }
        if (!n.equals("0") && !n.equals("1")) d.edition = n;
    }
}
