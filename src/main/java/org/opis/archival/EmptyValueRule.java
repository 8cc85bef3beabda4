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
        for (Scan.Element e : a.elements) {
            if (!e.empty) continue;
            out.add(a.diag(code(), severity(), e.labelStart, e.labelEnd,
                    "“" + e.labelText + "” has no value", null));
        }
    }
}
