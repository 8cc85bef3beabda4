package org.opis.cite;

import org.opis.model.CodedRule;
import org.opis.model.Diagnostic;
import org.opis.model.Reference;
import org.opis.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code citation/ambiguous} (error): a citation that fits several entries equally well
 * ({@code Konoreva 2008} when the list has 2008a and 2008b); a reader cannot tell which is meant.
 */
public final class AmbiguousCitationRule extends CodedRule implements CitationRule {
    public static final String CODE = "citation/ambiguous";

    /** The rule, with its code and severity. */
    public AmbiguousCitationRule() {
        super(CODE, Severity.ERROR);
    }

    @Override
    public List<Diagnostic> check(List<CheckedCitation> citations, List<Reference> references) {
        List<Diagnostic> out = new ArrayList<>();
        for (CheckedCitation c : citations) {
            if (c.status() != CitationStatus.AMBIGUOUS || c.citation().kind() == CitationKind.IBID) continue;
            out.add(new Diagnostic(CODE, severity(), c.citation().span(),
                    "citation " + CitationRule.quoted(c) + " fits several entries: " + c.reason()
                            + " (" + String.join(", ", c.candidates()) + ")",
                    Optional.of("add a year suffix or a title word so that one entry is meant, or give the entries year suffixes")));
        }
        return out;
    }
}
