package org.opis.cite;

import org.opis.model.Span;
import org.opis.text.SourceText;

/**
 * Turns offsets of one text into line and column, as {@link SourceText#span(int, int)} does, but
 * without counting a long line from its start again for every place: when places come in text
 * order (as citations do), the column is counted on from the previous place. This keeps checking
 * a note written as one enormous line linear. One cursor serves one pass over one text, on one
 * thread.
 */
final class SpanCursor {

    private final SourceText source;
    private final String text;
    private int line = 1;
    private int offset = 0;
    private int column = 1;

    SpanCursor(SourceText source) {
        this.source = source;
        this.text = source.text();
    }

    /** The span of {@code length} characters at a 0-based offset (equal to {@code source.span(offset, length)}). */
    Span span(int at, int length) {
        if (at < 0 || at > text.length()) return source.span(at, length); // throws as the source does
        int ln = lineOf(at);
        int col;
        if (ln == line && at >= offset) {
            col = column + text.codePointCount(offset, at);
            // a surrogate pair split by the previous place was counted twice
            if (offset > source.lineStart(ln) && offset < at
                    && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset))) {
                col--;
            }
        } else {
            col = text.codePointCount(source.lineStart(ln), at) + 1;
        }
        line = ln;
        offset = at;
        column = col;
        return new Span(ln, col, at, Math.max(0, length));
    }

    /** A point span at a 0-based offset. */
    Span span(int at) {
        return span(at, 0);
    }

    /** The 1-based line holding an offset: the last line starting at or before it. */
    private int lineOf(int at) {
        if (source.lineStart(line) <= at && (line == source.lineCount() || source.lineStart(line + 1) > at)) return line;
        int lo = 1;
        int hi = source.lineCount();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (source.lineStart(mid) <= at) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }
}
