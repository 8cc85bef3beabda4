package org.opis.reflist;

import org.opis.text.SourceText;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A list whose every line is a whole entry: in a run of lines with no blank line between (a bare list pasted from a page,
 * a catalogue export, a wiki's sources), when at least nine lines in ten hold a year or a link and none opens in lower case,
 * and the dated lines all start at the same indentation (no hanging indent), the lines are not one text wrapped at a
 * margin — a wrapped entry's later lines open in lower case, hang, or hold no year as often as not — so each dated line
 * that opens in capitals or with a digit, a quotation mark or a bracket, when the entry so far has closed every bracket,
 * quotation mark and emphasis it opened, begins an entry, whatever the segmenter joined (it learned entries broken at sentence
 * ends). A line with no year stays with the entry before it. Content-based: no list's name or layout is looked up.
 */
final class DatedLines {
    private static final Pattern DATED = Pattern.compile("(?<!\\d)(?:1[5-9]\\d\\d|20\\d\\d)(?!\\d)|https?://|www\\.");
    /** A run shorter than this says nothing about the layout. */
    private static final int LEAST_RUN = 3;

    private DatedLines() {
    }

    /** The entries, those spanning several lines of such a run cut at each dated line. */
    static List<int[]> split(SourceText src, List<int[]> entries) {
        if (entries == null || entries.isEmpty()) return entries;
        boolean[] runOfEntries = runs(src);
        String t = src.text();
        Marks piece = new Marks(); // what the piece so far has opened and not closed, counted line by line
        return LineCuts.split(src, entries, new LineCuts.Cutter() {
            @Override
            public boolean opens(int[] e, int firstLine) {
                if (!runOfEntries[firstLine] || !wholeLines(t, e)) return false;
                piece.clear();
                piece.add(t, e[0], t.indexOf('\n', e[0]));
                return true;
            }

            @Override
            public int cut(int ls, int le, int line) {
                int next = -1;
                if (runOfEntries[line] && piece.closed() && opensEntry(t.substring(ls, le))) {
                    piece.clear();
                    next = firstNonBlank(t, ls, le);
                }
                piece.add(t, ls, le);
                return next;
            }
        });
    }

    /** For each line (1-based), whether it lies in a run of lines that are each an entry. */
    private static boolean[] runs(SourceText src) {
        int n = src.lineCount();
        boolean[] out = new boolean[n + 2];
        int from = 1;
        while (from <= n) {
            while (from <= n && src.line(from).isBlank()) from++;
            int to = from;
            int dated = 0;
            boolean lower = false;
            int indent = -1;
            boolean hanging = false;
            while (to <= n && !src.line(to).isBlank()) {
                String raw = src.line(to);
                String l = raw.strip();
                if (DATED.matcher(l).find()) {
                    dated++;
                    int in = raw.indexOf(l.charAt(0));
                    hanging |= indent >= 0 && in != indent;
                    indent = in;
                }
                lower |= Character.isLowerCase(l.codePointAt(0));
                to++;
            }
            int lines = to - from;
            if (lines >= LEAST_RUN && !lower && !hanging && dated * 10 >= lines * 9) for (int i = from; i < to; i++) out[i] = true;
            from = to;
        }
        return out;
    }

    /** A dated line opening as an entry opens: not in lower case, not with punctuation that continues a sentence. */
    private static boolean opensEntry(String line) {
        String l = line.strip();
        if (l.isEmpty() || !DATED.matcher(l).find()) return false;
        int c = l.codePointAt(0);
        return !Character.isLowerCase(c) && ",;:.()–—-".indexOf(c) < 0;
    }

    /** Whether a text closes what it opens (see {@link Marks}). */
    static boolean closed(String text) {
        Marks m = new Marks();
        m.add(text, 0, text.length());
        return m.closed();
    }

    /**
     * The marks a text has opened and not closed, counted as its lines come: brackets, parentheses, quotation marks (German
     * and Lithuanian {@code „…“}, English {@code “…”}, straight), guillemets and emphasis marks.
     */
    private static final class Marks {
        private int round, square, guil, straight, under, low, high, right;

        void clear() {
            round = square = guil = straight = under = low = high = right = 0;
        }

        void add(String t, int from, int to) {
            for (int i = from; i < to; i++) {
                switch (t.charAt(i)) {
                    case '(' -> round++;
                    case ')' -> round--;
                    case '[' -> square++;
                    case ']' -> square--;
                    case '\u201E' -> low++;
                    case '\u201C' -> high++;
                    case '\u201D' -> right++;
                    case '\u00AB' -> guil++;
                    case '\u00BB' -> guil--;
                    case '"' -> straight++;
                    case '_' -> under++;
                    default -> { }
                }
            }
        }

        boolean closed() {
            // with a low opening mark („), the high one (“) closes; without, it opens
            boolean quotes = low > 0 ? low <= high + right : high <= right;
            return round <= 0 && square <= 0 && guil <= 0 && quotes && straight % 2 == 0 && under % 2 == 0;
        }
    }

    /** Whether the entry begins its line and ends its last: entries run together on a line are cut by the segmenter, not here. */
    private static boolean wholeLines(String t, int[] e) {
        int ls = t.lastIndexOf('\n', e[0] - 1) + 1;
        if (!t.substring(ls, e[0]).isBlank()) return false;
        int le = t.indexOf('\n', e[1]);
        return t.substring(e[1], le < 0 ? t.length() : le).isBlank();
    }

    private static int firstNonBlank(String t, int from, int to) {
        while (from < to && Character.isWhitespace(t.charAt(from))) from++;
        return from;
    }
}
