package org.opis.archival;

import org.opis.model.CodedRule;
import org.opis.model.Diagnostic;
import org.opis.model.Severity;

import java.util.List;

/** Two levels with no separator between them, as in “RGIA f. 1289 op. 1 d. 30” (observed in print; a warning, since no rule forbids it outright). */
final class MissingSeparatorRule extends CodedRule implements ArchivalRule {

    MissingSeparatorRule() {
        super("archival/missing-separator", Severity.WARNING);
    }

    @Override
    public void check(Analysis a, List<Diagnostic> out) {
        for (int i = 1; i < a.elements.size(); i++) {
            Scan.Element e = a.elements.get(i);
            if (e.sepBefore != 0) continue;
            Scan.Element prev = a.elements.get(i - 1);
            String sep = String.valueOf(a.separator());
            out.add(a.diag(code(), severity(), prev.end, e.start,
                    "no “" + sep + "” between the levels", a.edit(prev.end, prev.end, sep)));
        }
    }
}
