/**
 * Source text handling: reading a note as Unicode, mapping offsets to line and column,
 * and cleaning conversion residue (Markdown emphasis, HTML superscripts, doubled angle
 * brackets) while keeping the original text for spans and output.
 */
package org.opis.text;
