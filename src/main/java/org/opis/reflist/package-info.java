/**
 * Reference-list parsing: finding the list in a note (by its heading, or a bare list), splitting
 * it into entries (list markers, paragraphs, hanging indents, ditto marks, two entries run
 * together on one line) and reading each entry's fields into a CSL record with its raw text,
 * place and defects. Conventions are data files in {@code org/opis/reflist/}: section headings,
 * month names, volume labels, abbreviations, publisher words, language cues and id stop words.
 */
package org.opis.reflist;
