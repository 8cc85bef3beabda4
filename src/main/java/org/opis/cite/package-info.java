/**
 * In-text citations. {@link org.opis.cite.CitationScanner} finds the citations of a note's body
 * and notes (author-date, narrative, title, newspaper, archival, {@code ibid.}), with
 * {@link org.opis.cite.Locators} reading their pinpoints; {@link org.opis.cite.CitationResolver}
 * links each to an entry of the reference list, tolerant of transliteration, diacritics, year
 * ranges and suffixes, and follows {@code ibid.} chains; {@link org.opis.cite.CitationChecker}
 * puts it together into a {@link org.opis.cite.CheckedNote} with findings from the
 * {@link org.opis.cite.CitationRule}s ({@code citation/unresolved}, {@code citation/fuzzy},
 * {@code citation/ambiguous}, {@code citation/ibid-without-antecedent}, {@code reference/uncited}).
 * A note with no reference list takes its works from its full notes ({@link org.opis.cite.NoteWorks},
 * information {@code citation/works-from-notes}).
 * Word lists (lead words, ibid. forms, name particles, months, locator labels, section headings)
 * are data files beside these classes.
 */
package org.opis.cite;
