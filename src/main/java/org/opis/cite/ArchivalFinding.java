package org.opis.cite;

import org.opis.model.Severity;

import java.util.Optional;

/**
 * One finding of the archival engine about an archival reference, placed by its 1-based column
 * inside the reference text.
 *
 * @param code     stable code, e.g. {@code archival/vulgar-fraction}
 * @param severity how serious it is
 * @param column   1-based column in the reference (code points)
 * @param message  plain message
 * @param fix      suggested fix, if any
 */
public record ArchivalFinding(String code, Severity severity, int column, String message, Optional<String> fix) {
    public ArchivalFinding {
        fix = fix == null ? Optional.empty() : fix;
    }
}
