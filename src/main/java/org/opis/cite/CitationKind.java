package org.opis.cite;

/**
 * What a citation points at: a work by author (or title) and year, an archival document,
 * the previous citation ({@code ibid.}), or a newspaper issue by title and date.
 */
public enum CitationKind {
    BIBLIOGRAPHIC, ARCHIVAL, IBID, NEWSPAPER;

    /** The lower-case word used in JSON. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
