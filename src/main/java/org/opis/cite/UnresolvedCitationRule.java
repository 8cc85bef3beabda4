package org.opis.cite;

import org.opis.model.Diagnostic;
import org.opis.model.Reference;
import org.opis.model.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code citation/unresolved} (error): a bibliographic or newspaper citation that points to no
 * entry of the reference list. The message says why and names the nearest entries
 * ({@code Gaiduk 2010}: the list has Gaiduk 1996).
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
        for (CheckedCitation c : citations) {
            if (c.status() != CitationStatus.UNRESOLVED) continue;
            CitationKind k = c.citation().kind();
            if (k != CitationKind.BIBLIOGRAPHIC && k != CitationKind.NEWSPAPER) continue;
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
