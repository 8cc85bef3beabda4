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
 */
public record Block(BlockKind kind, int level, String label, String text, Origin origin) {
    public Block {
        Objects.requireNonNull(kind, "kind");
        label = label == null ? "" : label;
        text = text == null ? "" : text.replace('\n', ' ').replace('\r', ' ');
        Objects.requireNonNull(origin, "origin");
    }
}
