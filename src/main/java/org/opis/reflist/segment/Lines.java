package org.opis.reflist.segment;

import java.util.List;
import org.opis.text.Regexes;

/**
 * The non-blank lines of a text as the segmenter reads them: each with its 1-based line number,
 * its text, and whether a blank line stands before or after it. Read {@link #pieces piecewise}, a
 * physical line may give several pieces, each a {@code Line} with the column it starts at and the
 * kind of cut before it ({@link Pieces}): a Markdown table row's cells, or entries a conversion ran
 * together on one line after {@code " - "}.
 */
public record Lines(List<Line> lines, String layout) {

    /** The lines, with their layout ({@link LineFeatures#layout}) worked out once. */
    public Lines(List<Line> lines) {
        this(lines, LineFeatures.layout(lines));
    }

    /**
     * One non-blank line, or one piece of a line: {@code column} is where its text starts in the
     * physical line, {@code cut} what split it from the text before ({@link Pieces#NONE}, {@link
     * Pieces#CELL}, {@link Pieces#DASH}), {@code last} whether it runs to the end of the physical line.
     */
    public record Line(int number, String text, boolean blankBefore, boolean blankAfter, int column, String cut, boolean last) {
        public Line(int number, String text, boolean blankBefore, boolean blankAfter) {
            this(number, text, blankBefore, blankAfter, 0, Pieces.NONE, true);
        }

        Line withBlankAfter() {
            return new Line(number, text, blankBefore, true, column, cut, last);
        }
    }

    /** The non-blank lines of {@code text} between two 1-based line numbers (inclusive), each whole. */
    public static Lines of(List<String> all, int first, int last) {
        return read(all, first, last, false);
    }

    /** Like {@link #of}, but each line cut into its pieces ({@link Pieces}): what the segmenter tags. */
    public static Lines pieces(List<String> all, int first, int last) {
        return read(all, first, last, true);
    }

    private static Lines read(List<String> all, int first, int last, boolean pieces) {
        // kept as numbers into {@code all}, not as strings (PackedLines): the text's lines are not held twice
        PackedLines.Builder out = new PackedLines.Builder(all);
        boolean blank = true;
        for (int i = first; i <= last && i <= all.size(); i++) {
            String l = all.get(i - 1);
            if (l.isBlank() || HtmlComments.whole(l)) {
                blank = true;
                continue;
            }
            if (!out.isEmpty() && blank) out.blankAfterLast();
            if (pieces) {
                List<Pieces.Piece> ps = Pieces.split(l);
                for (int k = 0; k < ps.size(); k++) {
                    Pieces.Piece p = ps.get(k);
                    out.add(i, l, p.text(), blank && k == 0, p.column(), p.cut(), k == ps.size() - 1);
                }
            } else {
                out.add(i, l, l, blank, 0, Pieces.NONE, true);
            }
            blank = false;
        }
        if (!out.isEmpty()) out.blankAfterLast();
        return new Lines(out.build());
    }

    /** All lines of a text split at line ends ({@code \n}, {@code \r\n}, {@code \r}). */
    public static List<String> split(String text) {
        return List.of(Regexes.split(text, "\r\n|\r|\n", -1));
    }

    public int size() {
        return lines.size();
    }

    public Line get(int i) {
        return lines.get(i);
    }
}
