package org.opis.reflist.tagger;

/**
 * One token of an entry: its text and place in the entry's string ({@code [start, end)}), and the
 * typography around it: italics, quotes, parentheses, brackets, whether a space came before it, and
 * whether it is a word of a Markdown link's text ({@code [words](url)}).
 */
public record Token(String text, int start, int end, boolean italic, boolean quoted, boolean paren,
                    boolean bracket, boolean spaceBefore, boolean linked) {
    public Token(String text, int start, int end, boolean italic, boolean quoted, boolean paren, boolean bracket, boolean spaceBefore) {
        this(text, start, end, italic, quoted, paren, bracket, spaceBefore, false);
    }
}
