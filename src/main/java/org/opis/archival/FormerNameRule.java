package org.opis.archival;

import org.opis.model.CodedRule;
import org.opis.model.Diagnostic;
import org.opis.model.Severity;

import java.util.List;

/** An archive cited under an earlier name (TsKhSD for RGANI, RTsKhIDNI for RGASPI): correct for its time, but the current acronym is the fix. */
final class FormerNameRule extends CodedRule implements ArchivalRule {

    FormerNameRule() {
        super("archival/former-name", Severity.WARNING);
    }

    @Override
    public void check(Analysis a, List<Diagnostic> out) {
        if (a.continuation || a.match.former().isEmpty() || a.archive.isEmpty()) return;
        ArchiveEntry e = a.archive.get();
        String now = Values.hasCyrillic(a.scan.archiveText) ? e.cyrillicAcronym() : e.latinAcronym();
        out.add(a.diag(code(), severity(), a.scan.archiveStart, a.scan.archiveEnd,
                "“" + a.scan.archiveText + "” is a former name of " + now + " (" + e.displayName() + ")",
                a.edit(a.scan.archiveStart, a.scan.archiveEnd, now)));
    }
}
