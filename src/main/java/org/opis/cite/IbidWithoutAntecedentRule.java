package org.opis.cite;

import org.opis.model.CodedRule;
import org.opis.model.Diagnostic;
import org.opis.model.Reference;
import org.opis.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code citation/ibid-without-antecedent} (error): an {@code ibid.} with no citation before it
 * (in the body, or in the notes) to refer to.
 */
public final class IbidWithoutAntecedentRule extends CodedRule implements CitationRule {
    public static final String CODE = "citation/ibid-without-antecedent";

    /** The rule, with its code and severity. */
    public IbidWithoutAntecedentRule() {
        super(CODE, Severity.ERROR);
    }

    @Override
    public List<Diagnostic> check(List<CheckedCitation> citations, List<Reference> references) {
        List<Diagnostic> out = new ArrayList<>();
        for (CheckedCitation c : citations) {
            if (c.citation().kind() != CitationKind.IBID || c.status() != CitationStatus.UNRESOLVED) continue;
            if (c.archival().isPresent() || !c.reason().startsWith("ibid. with no citation")) continue;
            out.add(new Diagnostic(CODE, severity(), c.citation().span(),
                    "\u201C" + c.citation().text() + "\u201D refers to the previous citation, but there is none before it",
                    Optional.of("replace ibid. with the full citation")));
        }
        return out;
    }
}
