package org.opis.archival;

import org.opis.model.CodedRule;
import org.opis.model.Diagnostic;
import org.opis.model.Severity;

import java.util.List;

/** A range with an abbreviated end (“104–5”, “145–60”): read per the Chicago rule as 104–105, 145–160. */
final class AbbreviatedRangeRule extends CodedRule implements ArchivalRule {

    AbbreviatedRangeRule() {
        super("archival/abbreviated-range", Severity.WARNING);
    }

    @Override
    public void check(Analysis a, List<Diagnostic> out) {
        for (Scan.Element e : a.elements) {
            for (Scan.Item it : e.items) {
                if (!it.ranged()) continue;
                java.util.Optional<String> full = Ranges.expand(it.from, it.to);
                if (full.isEmpty() || full.get().equals(it.to)) continue;
                out.add(a.diag(code(), severity(), it.toAt, it.toAt + it.to.length(),
                        "abbreviated range end “" + it.to + "” reads as " + it.from + "–" + full.get(),
                        a.edit(it.toAt, it.toAt + it.to.length(), full.get())));
            }
        }
    }
}
