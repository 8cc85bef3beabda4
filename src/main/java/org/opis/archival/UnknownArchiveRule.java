package org.opis.archival;

import org.opis.model.CodedRule;
import org.opis.model.Diagnostic;
import org.opis.model.Severity;

import java.util.List;

/** The archive named is not in the registry (nor declared in the note's reference list). */
final class UnknownArchiveRule extends CodedRule implements ArchivalRule {

    UnknownArchiveRule() {
        super("archival/unknown-archive", Severity.ERROR);
    }

    @Override
    public void check(Analysis a, List<Diagnostic> out) {
        if (a.elements.isEmpty() || a.continuation || a.scan.archiveText.isBlank() || a.match.found()) return;
        if (UnregisteredArchiveRule.namedInFull(a.scan.archiveText)) return; // archival/unregistered-archive
        out.add(a.diag(code(), severity(), a.scan.archiveStart, a.scan.archiveEnd,
                "unknown archive “" + Analysis.shorten(a.scan.archiveText) + "”: not in the archive registry; declare it in the reference list or add it to archives.json", null));
    }
}
