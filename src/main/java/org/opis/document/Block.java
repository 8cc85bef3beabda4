package org.opis.document;

import java.util.Objects;

/**
 * One block of a document: its kind, its text with inline emphasis written {@code *so*}, and
 * where the text came from.
 *
 * @param kind   heading, paragraph, list item, note, quotation or table
 * @param level  heading level (1 = top), list nesting depth for list items, 0 otherwise
 * @param label  a note's label ({@code 12}, {@code fn3}) or a list item's number; empty otherwise
 * @param text   the text, one line (line breaks inside a block become spaces)
 * @param origin where each character came from
 * @param runsOn  true when the next block is the next line of the same paragraph, after a line break ({@code <br>}):
 *                the note is laid out with the two on consecutive lines, as a Markdown or text file has them, so the
 *                entries of a list written one to a line in one paragraph stay apart and an entry wrapped over two lines
 *                stays whole where the list reader joins them
 */
public record Block(BlockKind kind, int level, String label, String text, Origin origin, boolean runsOn) {
    public Block {
        Objects.requireNonNull(kind, "kind");
        label = label == null ? "" : label;
        text = text == null ? "" : text.replace('\n', ' ').replace('\r', ' ');
        Objects.requireNonNull(origin, "origin");
    }

    /** A block that ends its paragraph. */
    public Block(BlockKind kind, int level, String label, String text, Origin origin) {
        this(kind, level, label, text, origin, false);
    }
}
