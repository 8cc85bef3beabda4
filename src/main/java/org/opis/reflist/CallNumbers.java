package org.opis.reflist;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A library call number in parentheses closing a reading-list entry, where an imprint would stand —
 * {@code Asa Gray, _Darwiniana_ (QH367 G77 1963)}, {@code (QH31 .D2 B743 1991)}, {@code (575.D228)},
 * {@code (231.76520973 N971d 1998)}, {@code (AC8F6 1902 v.21)}: a Library of Congress or Dewey number
 * with its cutters, the edition's year and a volume. It becomes the record's call number and is taken out
 * of the text, so that neither its letters nor its year are read as a publisher and a date.
 *
 * <p>Read only when every word inside is a class, a cutter, a number, a year or a volume ({@code v.21}) and
 * one word holds a letter followed by a digit (a cutter: {@code T669}, {@code C5L6}, {@code .D2}):
 * {@code (New York, 1991)}, {@code (Ed.)}, {@code (manuscript 1995)}, {@code (Vol 2)} and {@code (1st ed.)}
 * are no call numbers.
 */
final class CallNumbers {

    private CallNumbers() {}

    /** The last parenthesis of the entry, closing it (a full stop may follow). */
    private static final Pattern CLOSING = Pattern.compile("\\(([^()]{2,60})\\)\\s*\\.?\\s*$");
    /** One word of a call number: a class or cutter ({@code QH31.D2}, {@code B743}, {@code .D37}), a Dewey number ({@code 575.0162W187YF}), a year, a volume. */
    private static final Pattern WORD = Pattern.compile(
            "[A-Z][A-Za-z]{0,2}\\d{0,5}(?:\\.\\d+)?(?:\\.?[A-Z]\\d+[A-Za-z0-9]*)*"
                    + "|\\.?[A-Z]\\d+[A-Za-z0-9]*(?:\\.?[A-Z]\\d+[A-Za-z0-9]*)*"
                    + "|\\d{1,4}(?:\\.\\d+)?(?:\\.?[A-Z]\\d+[A-Za-z0-9]*)*[a-z]?"
                    + "|v\\.\\s?\\d{1,3}");
    private static final Pattern CUTTER = Pattern.compile("[A-Z]\\d");

    /** Takes a closing call number of {@code b} (from {@code from} on) into {@code d}; true when one was taken. */
    static boolean take(StringBuilder b, int from, Draft d) {
        if (d.callNumber != null) return false;
        Matcher m = CLOSING.matcher(b);
        m.region(from, b.length());
        if (!m.find()) return false;
        String inside = m.group(1).strip();
        if (!isCallNumber(inside)) return false;
        d.callNumber = inside;
        for (int i = m.start(); i < m.end(); i++) b.setCharAt(i, ' ');
        return true;
    }

    /** The text reads as a call number: only its words, one of them a cutter. */
    static boolean isCallNumber(String s) {
        String t = s.strip();
        if (t.isEmpty() || !CUTTER.matcher(t).find()) return false;
        for (String w : t.split("\\s+")) {
            if (!WORD.matcher(w).matches()) return false;
        }
        // a comma sets a place apart from its year ("(London, C5 1990)"): an imprint, never a call number
        return !t.contains(",");
    }
}
