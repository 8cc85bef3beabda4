package org.opis.cite;

import java.util.ArrayList;
import java.util.List;

/**
 * The pieces of a parenthesis or a note between its top-level semicolons ({@code (Kotkin 1995, 45; 2017, 12)}): a semicolon
 * inside nested brackets does not part them, and an unclosed {@code (} or {@code [} does not hide the semicolons after it.
 */
final class SemicolonPieces {

    private SemicolonPieces() {
    }

    static List<int[]> splitSemicolons(String t, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int depth = 0;
        int start = from;
        boolean[] unmatched = unmatchedOpenings(t, from, to);
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if ((c == '(' || c == '[') && !unmatched[i - from]) depth++;
            else if ((c == ')' || c == ']') && depth > 0) depth--;
            else if (c == ';' && depth == 0) {
                out.add(new int[]{start, i});
                start = i + 1;
            }
        }
        out.add(new int[]{start, to});
        return out;
    }

    /**
     * The {@code (} and {@code [} of [from, to) that close nowhere in it: an unclosed {@code [} in a
     * parenthesis does not hide the semicolons, and so the citations, after it.
     */
    private static boolean[] unmatchedOpenings(String t, int from, int to) {
        boolean[] unmatched = new boolean[to - from];
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c == '(' || c == '[') {
                open.push(i);
            } else if ((c == ')' || c == ']') && !open.isEmpty()) {
                // a closing bracket closes the nearest opening of its kind; openings of the other kind above it are unclosed
                char want = c == ')' ? '(' : '[';
                if (open.stream().noneMatch(k -> t.charAt(k) == want)) continue;
                while (t.charAt(open.peek()) != want) unmatched[open.pop() - from] = true;
                open.pop();
            }
        }
        while (!open.isEmpty()) unmatched[open.pop() - from] = true;
        return unmatched;
    }
}
