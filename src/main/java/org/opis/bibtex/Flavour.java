package org.opis.bibtex;

import java.util.Locale;

/**
 * The two dialects of .bib files: classic BibTeX (read by bibtex 0.99d and its .bst styles, so
 * non-ASCII letters are written as LaTeX accents) and biblatex (read by biber, UTF-8, richer
 * entry types and fields such as {@code date}, {@code langid}, {@code library}).
 */
public enum Flavour {
    BIBTEX, BIBLATEX;

    /** The name used on the command line: {@code bibtex} or {@code biblatex}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
