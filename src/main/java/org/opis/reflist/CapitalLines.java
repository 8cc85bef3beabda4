package org.opis.reflist;

import org.opis.text.SourceText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entries in the Brazilian (ABNT) manner, the author's name in capitals followed by a comma, a full stop or a
 * semicolon ({@code DALY, H.; Economia Ecológica; Instituto Piaget.}, {@code IPEA. Inserção Internacional …}),
 * that the layout joined two to an entry: when an entry opens so, each later line of it that opens the same
 * way — a word in capitals, then a comma and a capital, a semicolon, or a full stop and a capital — begins the
 * next entry. A line opening with a publisher's acronym and a year ({@code PUF, 2001}) does not.
 */
final class CapitalLines {

    private CapitalLines() {
    }

    private static final String NAME = CapitalRuns.CAPS + "(?:[ -]" + CapitalRuns.CAPS + ")*";
    /** An entry (or a line) opening with a name in capitals and the mark after it. */
    private static final Pattern OPENS = Pattern.compile("^[ \\t]*[*_]*" + NAME + "(?:\\s?,\\s*\\p{Lu}|\\s?;|\\.\\s*\\p{Lu})");

    /** The entries ({start, end} offsets in {@code src}), each cut before its later lines that open as it does. */
    static List<int[]> split(SourceText src, List<int[]> entries) {
        String t = src.text();
        List<int[]> out = null;
        for (int k = 0; k < entries.size(); k++) {
            int[] e = entries.get(k);
            int nl = t.indexOf('\n', e[0]);
            if (nl < 0 || nl >= e[1] || !OPENS.matcher(t.substring(e[0], nl)).find()) {
                if (out != null) out.add(e);
                continue;
            }
            int start = e[0];
            List<int[]> pieces = new ArrayList<>();
            for (int ls = nl + 1; ls < e[1]; ls = t.indexOf('\n', ls) + 1) {
                int le = t.indexOf('\n', ls);
                if (le < 0 || le > e[1]) le = e[1];
                Matcher m = OPENS.matcher(t.substring(ls, le));
                if (m.find() && le - ls >= 12) {
                    pieces.add(new int[]{start, trimEnd(t, start, ls)});
                    start = ls;
                }
                if (le >= e[1]) break;
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
