package org.opis.archival;

import org.opis.model.CodedRule;
import org.opis.model.Diagnostic;
import org.opis.model.Severity;

import java.util.List;

/** A missing space after a label (“op.1”, “F.R-9478”) or after a separator (“Op. 1.D. 869”). */
final class SpacingRule extends CodedRule implements ArchivalRule {

    SpacingRule() {
        super("archival/spacing", Severity.WARNING); // typography, not a malformed shape
    }

    @Override
    public void check(Analysis a, List<Diagnostic> out) {
        for (Scan.Element e : a.elements) {
            if (e.labelAfter || e.empty || e.label == null && !e.unknownLabel) {
                // fall through to the separator check
            } else if (e.labelPeriod && !e.spaceBeforeValue && e.valueStart > 0 && e.labelEnd == e.valueStart) {
                out.add(a.diag(code(), severity(), e.labelEnd, e.labelEnd,
                        "no space after “" + e.labelText + "”", a.edit(e.labelEnd, e.labelEnd, " ")));
            }
            if (!e.spaceAfterSep && e.sepBeforeAt >= 0 && e.sepBefore != 0) {
                int at = e.sepBeforeAt + 1;
                out.add(a.diag(code(), severity(), at, at,
                        "no space after “" + (char) e.sepBefore + "”", a.edit(at, at, " ")));
            }
        }
    }
}
