package org.opis.model;

/**
 * A place in a source text: 1-based line and column (in Unicode code points), plus the
 * 0-based character offset and length of the text it covers, so a message can point at the
 * exact place the historian wrote.
 *
 * @param line   1-based line number
 * @param column 1-based column, counted in code points
 * @param offset 0-based UTF-16 offset into the whole text
 * @param length length in UTF-16 units of the covered text (0 for a point)
 */
public record Span(int line, int column, int offset, int length) {

    /** The start of a text. */
    public static final Span START = new Span(1, 1, 0, 0);

    public Span {
        if (line < 1 || column < 1 || offset < 0 || length < 0) {
            throw new IllegalArgumentException("bad span " + line + ":" + column + " @" + offset + "+" + length);
        }
    }

    /** A point span at a line and column, with no offset information. */
    public static Span at(int line, int column) {
        return new Span(line, column, 0, 0);
    }

    /** This span moved right by {@code columns} code points on the same line (offset by as many units). */
    public Span shift(int columns, int units) {
        return new Span(line, column + columns, offset + units, length);
    }

    /** This span with another length. */
    public Span withLength(int newLength) {
        return new Span(line, column, offset, newLength);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
