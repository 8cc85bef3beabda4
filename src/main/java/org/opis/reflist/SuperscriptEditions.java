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
