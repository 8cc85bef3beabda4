package org.opis.reflist.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * The non-blank lines of a text as the segmenter reads them: each with its 1-based line number,
 * its text, and whether a blank line stands before or after it.
 */
public record Lines(List<Line> lines, String layout) {

    /** The lines, with their layout ({@link LineFeatures#layout}) worked out once. */
    public Lines(List<Line> lines) {
        this(lines, LineFeatures.layout(lines));
    }

    /** One non-blank line. */
    public record Line(int number, String text, boolean blankBefore, boolean blankAfter) {
    }

    /** The non-blank lines of {@code text} between two 1-based line numbers (inclusive). */
    public static Lines of(List<String> all, int first, int last) {
        List<Line> out = new ArrayList<>();
        boolean blank = true;
        for (int i = first; i <= last && i <= all.size(); i++) {
            String l = all.get(i - 1);
            if (l.isBlank()) {
                blank = true;
                continue;
            }
            if (!out.isEmpty() && blank) {
                Line p = out.get(out.size() - 1);
                out.set(out.size() - 1, new Line(p.number(), p.text(), p.blankBefore(), true));
            }
            out.add(new Line(i, l, blank, false));
            blank = false;
        }
        if (!out.isEmpty()) {
            Line p = out.get(out.size() - 1);
            out.set(out.size() - 1, new Line(p.number(), p.text(), p.blankBefore(), true));
        }
        return new Lines(List.copyOf(out));
    }

    /** All lines of a text split at line ends ({@code \n}, {@code \r\n}, {@code \r}). */
    public static List<String> split(String text) {
        return List.of(text.split("\r\n|\r|\n", -1));
    }

    public int size() {
        return lines.size();
    }

    public Line get(int i) {
        return lines.get(i);
    }
}
