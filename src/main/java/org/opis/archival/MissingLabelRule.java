package org.opis.archival;

import org.opis.model.CodedRule;
import org.opis.model.Diagnostic;
import org.opis.model.Severity;

import java.util.List;

/** A bare number with no level label (“ГА РФ Р7523 105 168”); the level is guessed from the canonical order. */
final class MissingLabelRule extends CodedRule implements ArchivalRule {

    MissingLabelRule() {
        super("archival/missing-label", Severity.ERROR);
    }

    @Override
    public void check(Analysis a, List<Diagnostic> out) {
        for (Scan.Element e : a.elements) {
            if (e.shorthandFix != null) {
                out.add(a.diag(code(), severity(), e.valueStart, e.shorthandEnd,
                        "“" + a.text.substring(e.valueStart, e.shorthandEnd) + "” gives the levels without labels; it reads as “" + e.shorthandFix + "”",
                        a.edit(e.valueStart, e.shorthandEnd, e.shorthandFix)));
                continue;
            }
            if (!e.guessed) continue;
            boolean plural = e.items.size() > 1 || (e.items.size() == 1 && e.items.get(0).ranged());
            String label = a.labelFor(e.level, plural, a.style == Analysis.Style.PERIOD);
            out.add(a.diag(code(), severity(), e.valueStart, e.valueEnd,
                    "“" + e.valueRaw + "” has no label; it reads as the " + e.level + " (“" + label + "”)",
                    a.edit(e.valueStart, e.valueStart, label + " ")));
        }
    }
}
