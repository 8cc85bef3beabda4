package org.opis.archival;

import org.opis.model.CodedRule;
import org.opis.model.Diagnostic;
import org.opis.model.Severity;

import java.util.List;

/** The registry gives the archive a citation scheme that no installed plug-in reads. */
final class UnknownSchemeRule extends CodedRule implements ArchivalRule {

    UnknownSchemeRule() {
        super("archival/unknown-scheme", Severity.ERROR);
    }

    @Override
    public void check(Analysis a, List<Diagnostic> out) {
        if (!a.schemeUnknown) return;
        out.add(a.diag(code(), severity(), a.scan.archiveStart, a.scan.archiveEnd,
                "no citation scheme “" + a.unknownSchemeId + "” is installed; read with the “" + a.scheme.id() + "” scheme", null));
    }
}
