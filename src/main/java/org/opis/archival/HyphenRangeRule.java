package org.opis.archival;

import org.opis.model.CodedRule;
import org.opis.model.Diagnostic;
import org.opis.model.Severity;

import java.util.List;

/** A range written with a hyphen (or other dash) instead of an en dash: “ll. 3-4” is “ll. 3–4”. */
final class HyphenRangeRule extends CodedRule implements ArchivalRule {

    HyphenRangeRule() {
        super("archival/hyphen-range", Severity.WARNING);
    }

    @Override
    public void check(Analysis a, List<Diagnostic> out) {
        for (Scan.Element e : a.elements) {
            for (Scan.Item it : e.items) {
                if (it.dashAt < 0 || it.dash == 0x2013) continue;
                out.add(a.diag(code(), severity(), it.dashAt, it.dashAt + 1,
                        "range written with “" + (char) it.dash + "”; use an en dash “–”", a.edit(it.dashAt, it.dashAt + 1, "–")));
            }
        }
    }
}
