package org.opis.cite;

/**
 * How a citation was linked to the reference list: to exactly one entry ({@code resolved}), to
 * one entry only loosely ({@code fuzzy}: another transliteration, a year that does not quite
 * agree), to none ({@code unresolved}) or to several equally well ({@code ambiguous}).
 */
public enum CitationStatus {
    RESOLVED, FUZZY, UNRESOLVED, AMBIGUOUS;

    /** The lower-case word used in JSON. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
