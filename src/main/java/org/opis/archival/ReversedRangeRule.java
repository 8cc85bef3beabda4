package org.opis.archival;

import org.opis.model.CodedRule;
import org.opis.model.Diagnostic;
import org.opis.model.Severity;

import java.util.List;

/** A range whose end comes before its start (after expanding an abbreviated end), as in “ll. 14–12”. */
final class ReversedRangeRule extends CodedRule implements ArchivalRule {

    ReversedRangeRule() {
        super("archival/reversed-range", Severity.ERROR);
    }

    @Override
    public void check(Analysis a, List<Diagnostic> out) {
        for (Scan.Element e : a.elements) {
            for (Scan.Item it : e.items) {
                if (!it.ranged()) continue;
                if (!Ranges.reversed(it.from, it.to)) continue;
                out.add(a.diag(code(), severity(), it.fromAt, Math.max(it.toEnd, it.toAt + it.to.length()),
                        "the range " + it.from + "–" + it.to + " ends before it starts", null));
            }
        }
    }
}
