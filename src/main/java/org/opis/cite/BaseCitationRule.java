package org.opis.cite;

import org.opis.model.Severity;

/** What every citation rule has: its stable code and the severity of its findings. */
public abstract class BaseCitationRule implements CitationRule {

    private final String code;
    private final Severity severity;

    /** A rule with the stable code {@code citation/…} (or {@code reference/…}) and the severity of its findings. */
    protected BaseCitationRule(String code, Severity severity) {
        this.code = code;
        this.severity = severity;
    }

    @Override
    public final String code() {
        return code;
    }

    @Override
    public final Severity severity() {
        return severity;
    }
}
