package org.opis.document;

/**
 * The inline code of a block's text, as Markdown writes it and as the HTML reader writes
 * {@code <code>}: a run of backticks closed by a run of the same length. Text in code shows
 * syntax ({@code `@method:towbin_1979`}, {@code `[@key, p. 5]`}); it is not prose, and nothing in
 * it is a citation.
 */
final class CodeSpans {

    private CodeSpans() {
    }

    /** For each offset of {@code text} (and one past its end), whether it lies inside inline code. */
    static boolean[] of(String text) {
        boolean[] in = new boolean[text.length() + 1];
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) != '`' || i > 0 && text.charAt(i - 1) == '\\') {
                i++;
                continue;
            }
            int run = run(text, i);
            int close = closing(text, i + run, run);
            if (close < 0) {
                i += run;
                continue;
            }
            for (int k = i; k < close + run; k++) in[k] = true;
            i = close + run;
        }
        return in;
    }

    private static int run(String text, int from) {
        int n = 0;
        while (from + n < text.length() && text.charAt(from + n) == '`') n++;
        return n;
    }

    /** The start of the next backtick run of exactly {@code run} backticks, or -1. */
    private static int closing(String text, int from, int run) {
        int i = from;
        while (i < text.length()) {
            if (text.charAt(i) != '`') {
                i++;
                continue;
            }
            int n = run(text, i);
            if (n == run) return i;
            i += n;
        }
        return -1;
    }
}
