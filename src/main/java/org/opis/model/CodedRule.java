package org.opis.model;

/**
 * What every validation rule has, whatever it checks (archival citations, in-text citations …):
 * its stable code ({@code area/rule}) and the severity of its findings.
 */
public abstract class CodedRule {

    private final String code;
    private final Severity severity;

    /** A rule with the stable code {@code area/rule} and the severity of its findings. */
    protected CodedRule(String code, Severity severity) {
        this.code = code;
        this.severity = severity;
    }

    /** The stable code, e.g. {@code archival/spacing}. */
    public final String code() {
        return code;
    }

    /** How serious a finding of this rule is. */
    public final Severity severity() {
        return severity;
    }
}
