package org.opis.cite;

import org.opis.model.CodedRule;
import org.opis.model.Diagnostic;
import org.opis.model.Reference;
import org.opis.model.Severity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code reference/uncited} (warning): an entry of the reference list that no citation points
 * to. An archive entry counts as cited when an archival citation names that archive; the
 * entries an ambiguous citation may mean count as cited (the ambiguity is reported instead).
 */
public final class UncitedReferenceRule extends CodedRule implements CitationRule {
    public static final String CODE = "reference/uncited";

    /** The rule, with its code and severity. */
    public UncitedReferenceRule() {
        super(CODE, Severity.WARNING);
    }

    /** The ids of references some citation points to. */
    public static Set<String> cited(List<CheckedCitation> citations) {
        Set<String> cited = new HashSet<>();
        for (CheckedCitation c : citations) {
            c.resolvesTo().ifPresent(cited::add);
            if (c.status() == CitationStatus.AMBIGUOUS) cited.addAll(c.candidates());
        }
        return cited;
    }

    @Override
    public List<Diagnostic> check(List<CheckedCitation> citations, List<Reference> references) {
        Set<String> cited = cited(citations);
        List<Diagnostic> out = new ArrayList<>();
        for (Reference r : references) {
            if (cited.contains(r.id())) continue;
            String what = r.archive() ? "archive" : "reference";
            List<String> maybe = citations.stream()
                    .filter(c -> c.status() == CitationStatus.UNRESOLVED && c.candidates().contains(r.id()))
                    .map(c -> "\u201C" + c.citation().text() + "\u201D (line " + c.citation().span().line() + ")").distinct().toList();
            out.add(new Diagnostic(CODE, severity(), r.span(),
                    what + " " + r.id() + " is never cited in the text" + (r.raw().isBlank() ? "" : ": " + abbreviate(r.raw()))
                            + (maybe.isEmpty() ? "" : "; the unresolved citation " + String.join(", ", maybe) + " may mean it"),
                    Optional.of(r.archive() ? "cite a document of this archive, or remove the entry"
                            : "cite the work, or remove it from the reference list")));
        }
        return out;
    }

    private static String abbreviate(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        while (t.endsWith(".")) t = t.substring(0, t.length() - 1);
        return t.length() > 80 ? t.substring(0, 79) + "\u2026" : t;
    }
}
