package org.opis.bibtex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a .bib text into its {@code @…} blocks before parsing, so that one broken entry cannot
 * take the rest of the file with it: a block ends at its matching closing brace, or, when the
 * braces never balance, just before the next line that starts a new {@code @type{}. One pass,
 * linear in the length of the text.
 */
final class EntrySplitter {

    /**
     * One block.
     *
     * @param type        the word after {@code @}, lower-case ({@code article}, {@code string}, {@code comment} …)
     * @param start       offset of the {@code @}
     * @param end         offset just after the block
     * @param terminated  false when the braces never closed and the block was cut at the next entry
     */
    record Block(String type, int start, int end, boolean terminated) {
    }

    private EntrySplitter() {
    }

    static List<Block> split(String s) {
        List<Block> blocks = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int at = s.indexOf('@', i);
            if (at < 0) break;
            int j = at + 1;
            while (j < n && isSpace(s.charAt(j))) j++;
            int nameStart = j;
            while (j < n && isNameChar(s.charAt(j))) j++;
            if (j == nameStart) {
                i = at + 1;
                continue;
            }
            String type = s.substring(nameStart, j).toLowerCase(Locale.ROOT);
            while (j < n && isSpace(s.charAt(j))) j++;
            if (j >= n || (s.charAt(j) != '{' && s.charAt(j) != '(')) {
                i = j; // "@comment text" or a stray @ in the comment area
                continue;
            }
            char open = s.charAt(j);
            int depth = 0;
            int k = j + 1;
            boolean closed = false;
            int cut = -1;
            while (k < n) {
                char c = s.charAt(k);
                if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    if (depth == 0 && open == '{') {
                        closed = true;
                        k++;
                        break;
                    }
                    depth = Math.max(0, depth - 1);
                } else if (c == ')' && open == '(' && depth == 0) {
                    closed = true;
                    k++;
                    break;
                } else if (c == '\n' && startsEntry(s, k + 1)) {
                    cut = k + 1;
                    break;
                }
                k++;
            }
            if (closed) {
                blocks.add(new Block(type, at, k, true));
                i = k;
            } else {
                int end = cut >= 0 ? cut : n;
                blocks.add(new Block(type, at, end, false));
                i = end;
            }
        }
        return blocks;
    }

    /** True when a line (starting at {@code p}) begins, after blanks, with {@code @word{} or {@code @word(}. */
    private static boolean startsEntry(String s, int p) {
        int n = s.length();
        int i = p;
        while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) i++;
        if (i >= n || s.charAt(i) != '@') return false;
        i++;
        int start = i;
        while (i < n && isNameChar(s.charAt(i)) && i - start < 40) i++;
        if (i == start) return false;
        while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) i++;
        return i < n && (s.charAt(i) == '{' || s.charAt(i) == '(');
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }
}
