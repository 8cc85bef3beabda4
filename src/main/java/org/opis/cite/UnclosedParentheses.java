package org.opis.cite;

import java.util.ArrayList;
import java.util.List;

/**
 * Top-level parentheses of a text, with recovery from one left open: an unclosed {@code (} ends at
 * the first end it can prove — a sentence end ({@code .}, {@code !} or {@code ?} after a digit or a
 * word of three letters or more, then white space and a capital) or the paragraph end (a blank
 * line, the end of the text) — and scanning goes on after that end, so one missing {@code )} does
 * not hide every later citation of the paragraph. Linear.
 */
public final class UnclosedParentheses {

    /**
     * One parenthesis: {@code close} is the index of its {@code )}, or for an unclosed one the
     * index of the last character it is taken to cover (then {@code closed} is false).
     */
    public record Paren(int open, int close, boolean closed) {
    }

    private UnclosedParentheses() {
    }

    /** Parentheses of {@code t}; one longer than {@code maxLength} that closes no earlier is dropped, as before. */
    public static List<Paren> scan(String t, int maxLength) {
        return scan(t, maxLength, '(', ')');
    }

    /** The same for another pair of brackets, such as {@code [} and {@code ]}. */
    public static List<Paren> scan(String t, int maxLength, char opening, char closing) {
        List<Paren> out = new ArrayList<>();
        int depth = 0;
        int open = -1;
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c == opening) {
                if (depth == 0) open = i;
                depth++;
            } else if (c == closing && depth > 0) {
                depth--;
                if (depth == 0) out.add(new Paren(open, i, true));
            } else if (c == '\n' && depth > 0 && blankLineAt(t, i)) {
                i = recover(t, open, i, out);
                depth = 0;
                continue;
            }
            if (depth > 0 && i - open > maxLength) depth = 0;
            i++;
        }
        if (depth > 0) {
            recover(t, open, t.length(), out);
        }
        return out;
    }

    /** Records the unclosed parenthesis at {@code open} (paragraph ends at {@code paragraphEnd}); where scanning resumes. */
    private static int recover(String t, int open, int paragraphEnd, List<Paren> out) {
        int end = sentenceEnd(t, open + 1, paragraphEnd);
        int last = end - 1; // the last character covered
        if (end < paragraphEnd && last > open) last--; // not the full stop that ends the sentence
        while (last > open && Character.isWhitespace(t.charAt(last))) last--;
        out.add(new Paren(open, last + 1, false));
        return Math.max(end, open + 1);
    }

    private static boolean blankLineAt(String t, int newline) {
        int j = newline + 1;
        while (j < t.length() && (t.charAt(j) == ' ' || t.charAt(j) == '\t' || t.charAt(j) == '\r')) j++;
        return j >= t.length() || t.charAt(j) == '\n';
    }

    /** The index just after the first provable sentence end in [from, to), or {@code to}. */
    static int sentenceEnd(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && i + 2 < to && Character.isWhitespace(t.charAt(i + 1))) {
                int j = i + 1;
                while (j < to && Character.isWhitespace(t.charAt(j))) j++;
                if (j < to && Character.isUpperCase(t.charAt(j)) && provableBefore(t, from, i)) return i + 1;
            }
        }
        return to;
    }

    /** True when the character before the stop is a digit or ends a word of three letters or more (not an abbreviation like p. or cf.). */
    private static boolean provableBefore(String t, int from, int stop) {
        if (stop - 1 < from) return false;
        char b = t.charAt(stop - 1);
        if (Character.isDigit(b)) return true;
        int k = stop - 1;
        while (k >= from && Character.isLetter(t.charAt(k))) k--;
        return stop - 1 - k >= 3 && Character.isLowerCase(b);
    }
}
