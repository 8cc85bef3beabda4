package org.opis.document;

/** What a block of a document is, as its format marks it. */
public enum BlockKind {
    HEADING, PARAGRAPH, LIST_ITEM, NOTE, QUOTE, TABLE
}
