/**
 * Documents in any input format — Markdown (commonmark-java), Word {@code .docx} (Apache POI), HTML
 * (jsoup), LaTeX and plain text — read into one model ({@link org.opis.document.Document}: blocks
 * with inline emphasis and spans back into the original file), their parts found by content
 * ({@link org.opis.document.Parts}), key citations (pandoc, LaTeX, Zotero/Mendeley field codes)
 * read, and the whole checked against the document's own list or the user's library
 * ({@link org.opis.document.DocumentChecker}).
 */
package org.opis.document;
