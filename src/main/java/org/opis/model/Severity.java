package org.opis.model;

import java.util.Locale;

/** How serious a finding is: an error means the text is wrong or ambiguous; a warning, correct but not canonical. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case word used in messages and JSON ("error", "warning", "info"). */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
