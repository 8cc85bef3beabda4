package org.opis.reflist;

/**
 * A title between straight single quotes, as British notes and converted texts set it
 * ({@code F. E. Chadwick, 'The Anglo-German Tension and a Solution', American Journal of International Law, 6, 3 (1912)}).
 * A straight quote is also an apostrophe ({@code Hitler's Spies}, {@code the Workers' Movement}) and a transliterated
 * soft sign ({@code Kreml'}), so the pair is taken only by its position: the opening quote after a space (or at the start
 * of the text read) and before a letter, a digit or a double quote; the closing one after a non-space and before
 * punctuation ({@code , . ; : ) ? !}), the end, or a space and a bracket ({@code 'Memorandum' [1 Jan. 1907]}).
 */
final class StraightQuotes {

    private StraightQuotes() {}

    /** Whether the straight quote at {@code i} can open a title (text read from {@code from}). */
    static boolean opens(CharSequence b, int from, int i) {
        if (i > from && !Character.isWhitespace(b.charAt(i - 1))) return false;
        if (i + 1 >= b.length()) return false;
        char n = b.charAt(i + 1);
        return Character.isLetterOrDigit(n) || n == '"' || n == '“';
    }

    /** The closing straight quote of the title opened at {@code open}, or -1. */
    static int close(CharSequence b, int open) {
        for (int j = open + 2; j < b.length(); j++) {
            if (b.charAt(j) != '\'' || Character.isWhitespace(b.charAt(j - 1))) continue;
            if (j + 1 >= b.length()) return j;
            char n = b.charAt(j + 1);
            if (",.;:)?!".indexOf(n) >= 0) return j;
            if (n == ' ' && j + 2 < b.length() && b.charAt(j + 2) == '[') return j;
        }
        return -1;
    }
}
