package org.opis.archival;

import org.opis.model.Diagnostic;
import org.opis.model.Severity;

import java.util.List;

/** No comma (English style) or period (GOST style) between the archive and the first level, as in “AVPRF f. 0100”. */
final class MissingSeparatorAfterArchiveRule implements ArchivalRule {

    @Override
    public String code() {
        return "archival/missing-separator-after-archive";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public void check(Analysis a, List<Diagnostic> out) {
        if (a.elements.isEmpty() || a.continuation || a.scan.archiveText.isBlank()) return;
        Scan.Element first = a.elements.get(0);
        if (first.sepBefore != 0) return;
        if (a.labels().archiveJoin().equals(" ")) return; // "PRCFMA 109-00871-01": the number follows the archive directly
        String sep = String.valueOf(a.separator());
        out.add(a.diag(code(), severity(), a.scan.archiveEnd, a.scan.archiveEnd,
                "no “" + sep + "” after the archive “" + a.scan.archiveText + "”",
                a.edit(a.scan.archiveEnd, a.scan.archiveEnd, sep)));
    }
}
