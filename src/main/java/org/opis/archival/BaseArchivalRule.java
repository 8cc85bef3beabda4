package org.opis.archival;

import org.opis.model.Severity;

/** What every archival rule has: its stable code and the severity of its findings. */
abstract class BaseArchivalRule implements ArchivalRule {

    private final String code;
    private final Severity severity;

    /** A rule with the stable code {@code archival/…} and the severity of its findings. */
    protected BaseArchivalRule(String code, Severity severity) {
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
