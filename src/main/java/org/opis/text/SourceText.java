package org.opis.text;

import org.opis.model.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A text as the user wrote it, with its name (a file path or {@code -}) and a line index, so
 * that any offset can be turned into a line and column. Columns count Unicode code points.
 */
public final class SourceText {

    private final String name;
    private final String text;
    private final int[] lineStarts;
    /** Code points before each block of {@value #BLOCK} UTF-16 units, so a column costs O(BLOCK) even on a 10 MB line. */
    private final int[] codePointsBefore;
    private static final int BLOCK = 1024;

    public SourceText(String name, String text) {
        this.name = Objects.requireNonNull(name, "name");
        this.text = Objects.requireNonNull(text, "text");
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                starts.add(i + 1);
            } else if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        this.codePointsBefore = new int[text.length() / BLOCK + 1];
        int cps = 0;
        for (int k = 1; k < codePointsBefore.length; k++) {
            cps += Character.codePointCount(text, pairSafe((k - 1) * BLOCK), k * BLOCK);
            codePointsBefore[k] = cps;
        }
    }

    /** Code points in {@code text[0, offset)}, as {@code Character.codePointCount(text, 0, offset)}. */
    private int codePointsTo(int offset) {
        int k = offset / BLOCK;
        int from = k * BLOCK;
        return from == offset ? codePointsBefore[k] : codePointsBefore[k] + Character.codePointCount(text, pairSafe(from), offset);
    }

    /** A block start moved past the low half of a surrogate pair whose high half (counted already) ends the block before. */
    private int pairSafe(int from) {
        return from > 0 && from < text.length() && Character.isLowSurrogate(text.charAt(from))
                && Character.isHighSurrogate(text.charAt(from - 1)) ? from + 1 : from;
    }

    /** The file name or {@code -} for standard input. */
    public String name() {
        return name;
    }

    /** The whole text. */
    public String text() {
        return text;
    }

    /** Number of lines (a final line without a newline counts; an empty text has one empty line). */
    public int lineCount() {
        return lineStarts.length;
    }

    /** The text of a 1-based line, without its line terminator. */
    public String line(int line) {
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) end--;
        return text.substring(start, end);
    }

    /** 0-based offset of the start of a 1-based line. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** The span of {@code length} characters at a 0-based offset. */
    public Span span(int offset, int length) {
        if (offset < 0 || offset > text.length()) throw new IndexOutOfBoundsException(offset);
        int idx = Arrays.binarySearch(lineStarts, offset);
        int lineIdx = idx >= 0 ? idx : -idx - 2;
        int column = codePointsTo(offset) - codePointsTo(lineStarts[lineIdx]) + 1;
        return new Span(lineIdx + 1, column, offset, Math.max(0, length));
    }

    /** A point span at a 0-based offset. */
    public Span span(int offset) {
        return span(offset, 0);
    }
}
