package org.opis.reflist;

import org.opis.text.SourceText;

import java.util.List;
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
        return LineCuts.split(src, entries, new LineCuts.Cutter() {
            @Override
            public boolean opens(int[] e, int firstLine) {
                return OPENS.matcher(t.substring(e[0], t.indexOf('\n', e[0]))).find();
            }

            @Override
            public int cut(int ls, int le, int line) {
                return le - ls >= 12 && OPENS.matcher(t.substring(ls, le)).find() ? ls : -1;
            }
        });
    }
}
