package org.opis.cite;

/**
 * The pinpoint written after a year-only parenthesis that follows a name: {@code Cotterell (2010), pp. 90–91.},
 * {@code Tzu & Griffith (1963), p. v.} — a comma, then a labelled locator, on the same line. An unlabelled number after
 * the comma ({@code Smith (2010), 45 people}) is not taken.
 */
final class ParenYearPinpoint {

    /** Longest stretch read after the parenthesis. */
    private static final int MAX = 40;

    private ParenYearPinpoint() {
    }

    /** The labelled locator after {@code ", "} following the parenthesis closing at {@code close}, and where it ends; null when there is none. */
    static Reading after(Locators locators, String t, int close) {
        int p = close + 1;
        if (p >= t.length() || t.charAt(p) != ',') return null;
        p++;
        while (p < t.length() && t.charAt(p) == ' ') p++;
        if (p >= t.length() || !Character.isLetter(t.charAt(p))) return null;
        int to = p;
        while (to < t.length() && to - p < MAX && t.charAt(to) != '\n') to++;
        Locators.Reading r = locators.read(t.substring(p, to));
        if (r.locators().isEmpty()) return null;
        int end = p + r.consumed();
        while (end > p && (Character.isWhitespace(t.charAt(end - 1)) || t.charAt(end - 1) == ',')) end--;
        return new Reading(r, end);
    }

    /** A locator read and the view offset its text ends at. */
    record Reading(Locators.Reading locators, int end) {
    }
}
