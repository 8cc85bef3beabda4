/**
 * BibTeX and biblatex: records to and from .bib files through JBibTeX, and citation keys.
 * {@link org.opis.bibtex.BibTeXWriter} builds JBibTeX entries from CSL records and prints them
 * with JBibTeX's formatter; {@link org.opis.bibtex.BibTeXReader} parses each {@code @entry} on its
 * own (a broken one is reported with its line and column, the rest are read), decodes LaTeX
 * ({@link org.opis.bibtex.LaTeX}) and maps fields to CSL variables. Types, fields, languages,
 * accents and key stop-words are data files beside these classes ({@code types.tsv},
 * {@code import-types.tsv}, {@code fields.tsv}, {@code languages.tsv}, {@code latex.tsv},
 * {@code key-stopwords.txt}). Fields with no CSL equivalent travel in {@code Reference.extra} as
 * {@code bibtex:FIELD} and are written back.
 */
package org.opis.bibtex;
