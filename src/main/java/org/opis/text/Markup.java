package org.opis.text;

/**
 * Cleans the residue that Markdown, HTML and PDF conversion leave in a reference (emphasis
 * stars, {@code <sup>} tags, doubled angle brackets around links, stray spaces), so that a field
 * reads as the historian wrote it. The original text is never changed: these methods return
 * cleaned copies of pieces of it.
 */
public final class Markup {

    private Markup() {
    }

    /**
     * A field value without markup: emphasis stars and underscores-as-emphasis removed, simple HTML
     * tags ({@code <sup>}, {@code <i>}, {@code <em>}, …) removed but their content kept, doubled angle
     * brackets removed, backslash escapes undone, runs of white space collapsed, ends trimmed.
     */
    public static String clean(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < n && "*_[]<>\\".indexOf(s.charAt(i + 1)) >= 0) {
                out.append(s.charAt(++i));
            } else if (c == '*') {
                // emphasis marker: dropped
            } else if (c == '<' && i + 1 < n && s.charAt(i + 1) == '<') {
                i++;
            } else if (c == '>' && i + 1 < n && s.charAt(i + 1) == '>') {
                i++;
            } else if (c == '<') {
                int end = tagEnd(s, i);
                if (end > 0) i = end; else out.append(c);
            } else if (Character.isWhitespace(c) || c == '\u00A0') {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    /** Index of the closing {@code >} of a simple HTML tag starting at {@code i}, or -1 when it is not one. */
    private static int tagEnd(String s, int i) {
        int j = i + 1;
        if (j < s.length() && s.charAt(j) == '/') j++;
        int nameStart = j;
        while (j < s.length() && j - nameStart < 10 && Character.isLetter(s.charAt(j))) j++;
        if (j == nameStart) return -1;
        String name = s.substring(nameStart, j).toLowerCase(java.util.Locale.ROOT);
        if (!java.util.Set.of("sup", "sub", "i", "em", "b", "strong", "span", "small", "br", "u").contains(name)) return -1;
        int limit = Math.min(s.length(), j + 80);
        for (int k = j; k < limit; k++) {
            if (s.charAt(k) == '>') return k;
            if (s.charAt(k) == '<') return -1;
        }
        return -1;
    }

    /** Collapses white space runs to one space and trims. */
    public static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    /**
     * True for the characters used as apostrophes or soft/hard signs in transliterated Russian:
     * the straight {@code '}, the curly {@code ’}, the modifier letters {@code ʼ ʹ ʺ} and the prime.
     */
    public static boolean isApostrophe(int c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u02B9' || c == '\u02BA' || c == '\u2032';
    }

    /** The text with every apostrophe-like character (curly or straight) made a straight {@code '}. */
    public static String straightApostrophes(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> out.appendCodePoint(isApostrophe(c) ? '\'' : c));
        return out.toString();
    }
}
