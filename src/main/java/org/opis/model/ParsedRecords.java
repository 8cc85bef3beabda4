package org.opis.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What reading a source gave: the records found (in source order) and the findings made on the way.
 *
 * @param references  the records, in the order they appear
 * @param diagnostics findings, in source order
 */
public record ParsedRecords(List<Reference> references, List<Diagnostic> diagnostics) {

    public ParsedRecords {
        references = List.copyOf(references);
        diagnostics = List.copyOf(diagnostics);
    }

    /** Nothing read, one finding. */
    public static ParsedRecords failure(Diagnostic d) {
        return new ParsedRecords(List.of(), List.of(d));
    }

    /** These records with more findings appended. */
    public ParsedRecords withDiagnostics(List<Diagnostic> more) {
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        all.addAll(more);
        return new ParsedRecords(references, all);
    }

    /** True when a finding is at error level. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
