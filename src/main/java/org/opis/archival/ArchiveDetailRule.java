package org.opis.archival;

import org.opis.model.CodedRule;
import org.opis.model.Diagnostic;
import org.opis.model.Severity;

import java.util.List;

/** Words between the archive's name and the first level ("RGASPI, Comintern collection, f. 495"), read as a description of the archive: reported, not judged. */
final class ArchiveDetailRule extends CodedRule implements ArchivalRule {

    ArchiveDetailRule() {
        super("archival/archive-detail", Severity.INFO);
    }

    @Override
    public void check(Analysis a, List<Diagnostic> out) {
        if (a.scan.detailStart < 0 || a.scan.detailEnd <= a.scan.detailStart) return;
        String what = a.text.substring(a.scan.detailStart, a.scan.detailEnd).strip();
        out.add(a.diag(code(), severity(), a.scan.detailStart, a.scan.detailEnd,
                "“" + Analysis.shorten(what) + "” is read as a description of the archive, not as part of its name or a level", null));
    }
}
