package org.opis.document;

import org.opis.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each character of a block's text came from in the original file. The text is built in
 * pieces; each piece starts at a position of the original ({@link Positions} turns a position into
 * line and column) and, when {@code exact}, runs on character for character (a slice of the
 * source); an inserted piece (a note label, an emphasis mark) points at its start only.
 */
public final class Origin {

    private record Piece(int textStart, long position, boolean exact) {
    }

    private final List<Piece> pieces = new ArrayList<>();

    /** Marks that the text from {@code textStart} on comes from {@code position} of the original. */
    public Origin add(int textStart, long position, boolean exact) {
        if (!pieces.isEmpty() && pieces.get(pieces.size() - 1).textStart() == textStart) pieces.remove(pieces.size() - 1);
        pieces.add(new Piece(textStart, position, exact));
        return this;
    }

    /** The origin of the block text from {@code from} on (a block whose first {@code from} characters are dropped). */
    public Origin from(int from) {
        Origin o = new Origin();
        o.add(0, position(from), pieces.isEmpty() || pieceAt(from).exact());
        for (Piece p : pieces) if (p.textStart() > from) o.add(p.textStart() - from, p.position(), p.exact());
        return o;
    }

    private Piece pieceAt(int offset) {
        Piece at = pieces.get(0);
        for (Piece p : pieces) if (p.textStart() <= offset) at = p;
        return at;
    }

    /** The original position of the character at {@code offset} of the block text. */
    public long position(int offset) {
        if (pieces.isEmpty()) return 0;
        int lo = 0, hi = pieces.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (pieces.get(mid).textStart() <= offset) lo = mid;
            else hi = mid - 1;
        }
        Piece p = pieces.get(lo);
        return p.exact() && offset >= p.textStart() ? p.position() + (offset - p.textStart()) : p.position();
    }

    /** Turns original positions into spans: an offset into a text file, or a paragraph and character of a Word file. */
    public interface Positions {
        Span span(long position);
    }

    /** For Word files: a position encodes paragraph (line) and character offset (column − 1). */
    public static long paragraphPosition(int paragraph, int character) {
        return ((long) paragraph << 32) | (character & 0xFFFFFFFFL);
    }

    /** Spans for {@link #paragraphPosition}: line = paragraph (1-based), column = character + 1. */
    public static final Positions PARAGRAPHS = p -> new Span(Math.max(1, (int) (p >>> 32)), (int) (p & 0xFFFFFFFFL) + 1, 0, 0);
}
