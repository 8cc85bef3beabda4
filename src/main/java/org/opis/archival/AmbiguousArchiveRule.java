package org.opis.archival;

import org.opis.model.CodedRule;
import org.opis.model.Diagnostic;
import org.opis.model.Severity;

import java.util.List;

/** An acronym shared by several archives (ГАСО: Sverdlovsk, Samara, Saratov, Smolensk, Sumy oblast archives). */
final class AmbiguousArchiveRule extends CodedRule implements ArchivalRule {

    AmbiguousArchiveRule() {
        super("archival/ambiguous-archive", Severity.WARNING); // unknown which archive, not malformed
    }

    @Override
    public void check(Analysis a, List<Diagnostic> out) {
        if (a.continuation || !a.match.ambiguous()) return;
        StringBuilder names = new StringBuilder();
        for (ArchiveEntry e : a.match.candidates()) {
            if (names.length() > 0) names.append("; ");
            names.append(e.displayName());
        }
        out.add(a.diag(code(), severity(), a.scan.archiveStart, a.scan.archiveEnd,
                "“" + a.scan.archiveText + "” may be any of: " + names + "; write the archive's full name or a unique acronym", null));
    }
}
