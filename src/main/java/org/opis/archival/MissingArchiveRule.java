package org.opis.archival;

import org.opis.model.Diagnostic;
import org.opis.model.Severity;

import java.util.List;

/** A citation that gives levels but names no archive, outside an ibid. continuation. */
final class MissingArchiveRule implements ArchivalRule {

    @Override
    public String code() {
        return "archival/missing-archive";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public void check(Analysis a, List<Diagnostic> out) {
        if (a.elements.isEmpty() || a.continuation || !a.scan.archiveText.isBlank() || a.impliedArchive) return;
        int at = a.elements.get(0).start;
        out.add(a.diag(code(), severity(), at, at, a.scan.ibid
                ? "“ibid.” continues a previous citation, which is not available here: the archive is unknown"
                : "no archive is named before the first level", null));
    }
}
