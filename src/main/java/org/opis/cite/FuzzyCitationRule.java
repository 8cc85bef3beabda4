package org.opis.cite;

import org.opis.model.CodedRule;
import org.opis.model.Diagnostic;
import org.opis.model.Reference;
import org.opis.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code citation/fuzzy} (warning): a citation linked to an entry only loosely — the name in
 * another transliteration or with other diacritics, a year that agrees only in part (a missing
 * suffix, a range, the years in a title). The link is made; the spelling should be made to agree.
 */
public final class FuzzyCitationRule extends CodedRule implements CitationRule {
    public static final String CODE = "citation/fuzzy";

    /** The rule, with its code and severity. */
    public FuzzyCitationRule() {
        super(CODE, Severity.WARNING);
    }

    @Override
    public List<Diagnostic> check(List<CheckedCitation> citations, List<Reference> references) {
        List<Diagnostic> out = new ArrayList<>();
        WorkIndex index = new WorkIndex(references);
        for (CheckedCitation c : citations) {
            if (c.status() != CitationStatus.FUZZY || c.citation().kind() == CitationKind.IBID) continue;
            String id = c.resolvesTo().orElse("?");
            Optional<String> label = index.works.stream().filter(w -> w.ref().id().equals(id)).map(WorkIndex.Work::label).findFirst();
            out.add(new Diagnostic(CODE, severity(), c.citation().span(),
                    "citation " + CitationRule.quoted(c) + " matches " + id + " only loosely: " + c.reason(),
                    Optional.of(label.map(l -> "write \u201C" + l + "\u201D as the reference list has it")
                            .orElse("write the author and year as the reference list has them"))));
        }
        return out;
    }
}
