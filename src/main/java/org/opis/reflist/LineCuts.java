package org.opis.reflist;

import org.opis.text.SourceText;

import java.util.ArrayList;
import java.util.List;

/**
 * Entries cut before some of their later lines — the loop {@link CapitalLines} and {@link DatedLines} share: each entry
 * spanning several lines that the {@link Cutter} opens is offered to it line by line, and where it says so the piece before
 * ends (its trailing blanks trimmed) and the next begins.
 */
final class LineCuts {
    private LineCuts() {
    }

    /** Where one reader cuts. */
    interface Cutter {
        /** Whether to look inside this entry ({start, end} offsets; its first line's number); a cutter's state for the entry starts here. */
        boolean opens(int[] entry, int firstLine);

        /** Where a new piece begins at this line ({@code [lineStart, lineEnd)}, number {@code line}), or -1 for none. */
        int cut(int lineStart, int lineEnd, int line);
    }

    /** The entries, those the cutter opens cut where it says; the same list when nothing is cut. */
    static List<int[]> split(SourceText src, List<int[]> entries, Cutter cutter) {
        String t = src.text();
        List<int[]> out = null;
        for (int k = 0; k < entries.size(); k++) {
            int[] e = entries.get(k);
            int nl = t.indexOf('\n', e[0]);
            List<int[]> pieces = new ArrayList<>();
            int start = e[0];
            if (nl >= 0 && nl < e[1] && cutter.opens(e, src.span(e[0]).line())) {
                int line = src.span(e[0]).line();
                for (int ls = nl + 1; ls > 0 && ls < e[1]; ls = t.indexOf('\n', ls) + 1) {
                    line++;
                    int le = t.indexOf('\n', ls);
                    if (le < 0 || le > e[1]) le = e[1];
                    int next = cutter.cut(ls, le, line);
                    if (next >= 0) {
                        int end = trimEnd(t, start, ls);
                        if (end > start) pieces.add(new int[]{start, end});
                        start = next;
                    }
                    if (le >= e[1]) break;
                }
            }
            if (pieces.isEmpty()) {
                if (out != null) out.add(e);
                continue;
            }
            if (out == null) out = new ArrayList<>(entries.subList(0, k));
            out.addAll(pieces);
            out.add(new int[]{start, e[1]});
        }
        return out == null ? entries : out;
    }

    private static int trimEnd(String t, int start, int end) {
        while (end > start && Character.isWhitespace(t.charAt(end - 1))) end--;
        return end;
    }
}
