package org.opis.archival;

import org.opis.model.CodedRule;
import org.opis.model.Diagnostic;
import org.opis.model.Severity;

import java.util.List;

/** In AVP RF citations the papka (folder) holds dela, so “p.” belongs before “d.”; both orders occur in print. */
final class PapkaAfterDeloRule extends CodedRule implements ArchivalRule {

    PapkaAfterDeloRule() {
        super("archival/papka-after-delo", Severity.WARNING);
    }

    @Override
    public void check(Analysis a, List<Diagnostic> out) {
        if (!a.papka()) return;
        Scan.Element delo = null;
        for (Scan.Element e : a.elements) {
            if (e.level.equals("delo") || e.level.equals("unit")) delo = e;
            if (e.level.equals("papka") && delo != null) {
                out.add(a.diag(code(), severity(), e.start, e.end,
                        "the papka “" + a.text.substring(e.start, e.end) + "” comes after the delo; a papka holds dela, so it usually comes first",
                        a.text.length() > Analysis.WHOLE_FIX_LIMIT ? null : OrderRule.swap(a, delo, e)));
                return;
            }
        }
    }
}
