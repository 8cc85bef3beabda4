package org.opis.cite;

/**
 * Small text helpers of the citation scanner, on a note's view text: bounded searches (so scanning stays linear), spaces and
 * full stops at a piece's ends, quotation marks, and the collapsed text a citation is reported with.
 */
final class ScanText {

    private ScanText() {
    }

    /** The first {@code c} in [from, to), or -1: a bounded search keeps scanning linear. */
    static int indexOf(String t, char c, int from, int to) {
        int end = Math.min(to, t.length());
        for (int i = from; i < end; i++) if (t.charAt(i) == c) return i;
        return -1;
    }

    static int skipSpace(String t, int i, int b) {
        while (i < b && Character.isWhitespace(t.charAt(i))) i++;
        return i;
    }

    static int trimEnd(String t, int a, int b) {
        while (b > a && (Character.isWhitespace(t.charAt(b - 1)) || t.charAt(b - 1) == '.' && !endsWithAbbrev(t, a, b))) b--;
        return b;
    }

    /** True when the period at b-1 ends an abbreviation that keeps it ({@code n.d.}, {@code ibid.}, {@code 5ob.}). */
    static boolean endsWithAbbrev(String t, int a, int b) {
        int s = b - 1;
        while (s > a && Character.isLetter(t.charAt(s - 1))) s--;
        String w = t.substring(s, b - 1);
        if (w.length() == 1 && s > a && t.charAt(s - 1) == '.') return true; // n.d.
        String lw = w.toLowerCase(java.util.Locale.ROOT);
        return lw.equals("ibid") || lw.equals("ob") || lw.equals("al") || lw.equals("ff");
    }

    static boolean isQuote(char c) {
        return c == '“' || c == '"' || c == '«' || c == '„' || c == '‘';
    }

    static boolean isClosingQuote(char c) {
        return c == '”' || c == '"' || c == '»' || c == '“' || c == '’';
    }

    static String stripQuotes(String s) {
        String r = s.strip();
        while (!r.isEmpty() && (isQuote(r.charAt(0)) || isClosingQuote(r.charAt(0)))) r = r.substring(1);
        while (!r.isEmpty() && (isClosingQuote(r.charAt(r.length() - 1)) || r.charAt(r.length() - 1) == ',')) r = r.substring(0, r.length() - 1);
        return r.strip();
    }

    /**
     * The text the archival reader reads: the segment, with the period after it when the segment ends in a
     * word, an abbreviation whose period the reader needs ("…, д. 131, 9 л." is the file's extent, "…, Sept.–Dec."
     * a folder's dates), so that a citation in a note reads as it reads alone.
     */
    static String withFinalPeriod(String t, int a, int b) {
        if (b > a && b < t.length() && t.charAt(b) == '.' && Character.isLetter(t.charAt(b - 1))) return t.substring(a, b + 1);
        return t.substring(a, b);
    }

    /** Collapses line breaks and runs of spaces into one space. */
    static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean sp = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                sp = true;
                continue;
            }
            if (sp && sb.length() > 0) sb.append(' ');
            sp = false;
            sb.append(c);
        }
        return sb.toString();
    }
}
