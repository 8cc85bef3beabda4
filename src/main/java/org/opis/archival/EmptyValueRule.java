package org.opis.archival;

import org.opis.model.Diagnostic;
import org.opis.model.Severity;

import java.util.List;

/** A label with no number after it, as in “AQSH F.  , D. 191”. */
final class EmptyValueRule implements ArchivalRule {

    @Override
    public String code() {
        return "archival/empty-value";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public void check(Analysis a, List<Diagnostic> out) {
        List<Scan.Element> all = new java.util.ArrayList<>(a.scan.stutters);
        all.addAll(a.elements);
        all.sort(java.util.Comparator.comparingInt(e -> e.start));
        for (Scan.Element e : all) {
            if (!e.empty) continue;
            out.add(a.diag(code(), severity(), e.labelStart, e.labelEnd,
                    "“" + e.labelText + "” has no value", null));
        }
    }
}
