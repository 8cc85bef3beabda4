package org.opis.cite;

/** Whether a citation stands in parentheses, {@code (Bovin 2003)}, or in the running sentence, {@code Konoreva (2008a)}. */
public enum CitationForm {
    PARENTHETICAL, NARRATIVE;

    /** The lower-case word used in JSON. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
