package org.opis.cite;

import org.opis.model.Diagnostic;
import org.opis.model.Reference;

import java.util.List;
import java.util.Objects;

/**
 * A note after checking: its reference list, every citation with its link to the list, all the
 * findings (reference list, citations, archival) in the order of the text, and the figures.
 *
 * @param name        the note's file name (or {@code -})
 * @param references  the entries of its reference list
 * @param citations   the citations of its body and notes, in text order
 * @param diagnostics every finding, ordered by position
 * @param summary     the figures
 */
public record CheckedNote(String name, List<Reference> references, List<CheckedCitation> citations,
                          List<Diagnostic> diagnostics, CheckSummary summary) {
    public CheckedNote {
        Objects.requireNonNull(name, "name");
        references = List.copyOf(references);
        citations = List.copyOf(citations);
        diagnostics = List.copyOf(diagnostics);
        Objects.requireNonNull(summary, "summary");
    }

    /** True when a finding is at error level. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
