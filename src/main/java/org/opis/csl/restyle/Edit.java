package org.opis.csl.restyle;

/**
 * One replacement in the note: the characters {@code [start, end)} of the original become
 * {@code text}. Every character of the note outside the edits is kept.
 *
 * @param start offset of the first replaced character (UTF-16)
 * @param end   offset after the last replaced character
 * @param text  the replacement
 * @param what  what was replaced: {@code citation}, {@code unresolved}, {@code archival}, {@code bibliography}
 */
public record Edit(int start, int end, String text, String what) {
}
