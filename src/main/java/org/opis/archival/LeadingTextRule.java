package org.opis.archival;

import org.opis.model.CodedRule;
import org.opis.model.Diagnostic;
import org.opis.model.Severity;

import java.util.List;

/** Words before the archive that are not part of the citation ("See RGASPI, …", "cf. GARF, …"): reported, not judged. */
final class LeadingTextRule extends CodedRule implements ArchivalRule {

    LeadingTextRule() {
        super("archival/leading-text", Severity.INFO);
    }

    @Override
    public void check(Analysis a, List<Diagnostic> out) {
        if (a.scan.leadingStart < 0) return;
        String what = a.text.substring(a.scan.leadingStart, a.scan.leadingEnd).strip();
        out.add(a.diag(code(), severity(), a.scan.leadingStart, a.scan.leadingEnd,
                "not part of the citation: “" + Analysis.shorten(what) + "”", null));
    }
}
