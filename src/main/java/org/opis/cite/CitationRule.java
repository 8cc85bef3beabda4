package org.opis.cite;

import org.opis.model.Diagnostic;
import org.opis.model.Reference;
import org.opis.model.Severity;

import java.util.List;

/** One check made on a note's citations, with its stable code and severity. */
public interface CitationRule {

    /** The stable code, e.g. {@code citation/unresolved}. */
    String code();

    /** How serious its findings are. */
    Severity severity();

    /** The findings of this rule. */
    List<Diagnostic> check(List<CheckedCitation> citations, List<Reference> references);

    /** Every citation rule, in reporting order. */
    static List<CitationRule> all() {
        return List.of(new UnresolvedCitationRule(), new FuzzyCitationRule(), new AmbiguousCitationRule(),
                new IbidWithoutAntecedentRule(), new UncitedReferenceRule());
    }

    /** A citation's text in quotation marks, for messages. */
    static String quoted(CheckedCitation c) {
        return org.opis.model.Quoted.of(c.citation().text());
    }
}
