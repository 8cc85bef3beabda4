package org.opis.reflist.tagger;

/**
 * One token of an entry: its text and place in the entry's string ({@code [start, end)}), and the
 * typography around it: italics, quotes, parentheses, brackets, and whether a space came before it.
 */
public record Token(String text, int start, int end, boolean italic, boolean quoted, boolean paren,
                    boolean bracket, boolean spaceBefore) {
}
