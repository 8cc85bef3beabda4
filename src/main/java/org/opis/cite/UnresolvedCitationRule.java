package org.opis.cite;

import org.opis.model.Diagnostic;
import org.opis.model.Reference;
import org.opis.model.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code citation/unresolved} (error): a bibliographic or newspaper citation that points to no
 * entry of the reference list. The message says why and names the nearest entries
 * ({@code Gaiduk 2010}: the list has Gaiduk 1996). In a note without a reference list, whose
 * works come from its full notes, it is a short note or author-date citation no full note gives.
 */
public final class UnresolvedCitationRule implements CitationRule {
    public static final String CODE = "citation/unresolved";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public List<Diagnostic> check(List<CheckedCitation> citations, List<Reference> references) {
        List<Diagnostic> out = new ArrayList<>();
        // a note without a reference list whose works come from its full notes
        boolean fromNotes = !references.isEmpty() && references.stream().allMatch(NoteWorks::fromNote);
        for (CheckedCitation c : citations) {
            if (c.status() != CitationStatus.UNRESOLVED) continue;
            CitationKind k = c.citation().kind();
            if (k != CitationKind.BIBLIOGRAPHIC && k != CitationKind.NEWSPAPER) continue;
            if (fromNotes) {
                out.add(new Diagnostic(CODE, severity(), c.citation().span(),
                        "citation " + CitationRule.quoted(c) + " matches no work given in full in the notes: " + c.reason(),
                        java.util.Optional.of("give the work in full at its first citation, or add a bibliography")));
                continue;
            }
            Diagnostic d = new Diagnostic(CODE, severity(), c.citation().span(),
                    "citation " + CitationRule.quoted(c) + " matches no entry of the reference list: " + c.reason(),
                    java.util.Optional.empty());
            out.add(c.candidates().isEmpty()
                    ? d.withFix("add the work to the reference list, or correct the citation")
                    : d.withFix("cite the entry the list has (" + String.join(", ", c.candidates()) + "), or add the cited work to the list"));
        }
        return out;
    }
}
