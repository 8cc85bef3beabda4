package org.opis.text;

import java.util.ArrayList;
import java.util.List;

/**
 * An italic title cut in two where a conversion wrapped its line: the span is closed, and a new one opened after a single
 * space with a space after its mark ({@code _Black Slavery in the Americas: An Interdisciplinary Bibliography,_ _ 1865-1980_},
 * {@code _American Historical_ _ Review_}). Read as written, the title ends at the cut and its last words are lost to
 * another field. Found by shape alone: a mark closing a span (after a letter, digit or punctuation), one space, the same
 * mark followed by a space, and that second span closed later in the text.
 */
public final class SplitItalics {
    private SplitItalics() {
    }

    /** The offsets of the two marks of each cut (the closing mark, then the reopening one), in text order. */
    public static List<int[]> find(CharSequence s) {
        List<int[]> out = new ArrayList<>();
        int n = s.length();
        for (int k = 1; k + 3 < n; k++) {
            char m = s.charAt(k);
            if (m != '_' && m != '*') continue;
            if (s.charAt(k + 1) != ' ' || s.charAt(k + 2) != m || s.charAt(k + 3) != ' ') continue;
            char before = s.charAt(k - 1);
            if (Character.isWhitespace(before) || before == m) continue;
            if (!opened(s, k, m) || !closedAfter(s, k + 3, m)) continue;
            out.add(new int[] {k, k + 2});
            k += 3;
        }
        return out;
    }

    /** Whether an opening mark (at the start or after white space, before a non-space) comes before {@code at}. */
    private static boolean opened(CharSequence s, int at, char m) {
        for (int i = at - 1; i >= 0; i--) {
            if (s.charAt(i) != m) continue;
            boolean start = i == 0 || Character.isWhitespace(s.charAt(i - 1)) || s.charAt(i - 1) == '(' || s.charAt(i - 1) == '[';
            return start && i + 1 < at && !Character.isWhitespace(s.charAt(i + 1));
        }
        return false;
    }

    /** Whether the span reopened at {@code from} closes: a mark after a non-space character. */
    private static boolean closedAfter(CharSequence s, int from, char m) {
        for (int i = from + 1; i < s.length(); i++) {
            if (s.charAt(i) == m) return !Character.isWhitespace(s.charAt(i - 1)) || i + 1 == s.length() || !Character.isLetterOrDigit(s.charAt(i + 1));
        }
        return false;
    }
}
