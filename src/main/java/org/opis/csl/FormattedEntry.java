package org.opis.csl;

/**
 * One formatted bibliography entry: the record's id and the entry as the chosen output format
 * writes it (for text, a single line without its line break).
 *
 * @param id   the record's id
 * @param text the formatted entry
 */
public record FormattedEntry(String id, String text) {
}
