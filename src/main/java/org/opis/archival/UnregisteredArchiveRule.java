package org.opis.archival;

import org.opis.model.CodedRule;
import org.opis.model.Diagnostic;
import org.opis.model.Severity;

import java.util.List;
import java.util.Locale;

/**
 * An archive the registry does not know (nor the note's reference list declares), in a citation whose
 * shape is of a known family ("TsGASO, f. R-1000, op. 1, d. 5", "Госархив Черниговской обл., ф. Р-8840, …"):
 * the citation is valid; this info finding names the nearest registry entries, so that a typo can be
 * told from an archive that simply is not registered yet. Unknown is not malformed: a malformed
 * shape is reported by the shape rules, never here.
 */
final class UnregisteredArchiveRule extends CodedRule implements ArchivalRule {

    private static final List<String> ARCHIVE_WORDS = List.of("arkhiv", "arhiv", "archiv", "archive", "arkiv", "archyv", "архив", "архів");

    UnregisteredArchiveRule() {
        super("archival/unregistered-archive", Severity.INFO);
    }

    /** True when the archive part reads as a full archive name rather than an acronym. */
    static boolean namedInFull(String archiveText) {
        String l = archiveText.toLowerCase(Locale.ROOT);
        if (l.length() < 12) return false;
        for (String w : ARCHIVE_WORDS) if (l.contains(w)) return true;
        return false;
    }

    @Override
    public void check(Analysis a, List<Diagnostic> out) {
        // (an archive named by the reference's own collection code, "THCR 3/5/97" after a description, is not unregistered)
        if (a.elements.isEmpty() || a.continuation || a.scan.archiveText.isBlank() || a.match.found() || a.impliedArchive) return;
        StringBuilder near = new StringBuilder();
        if (a.registry != null) {
            for (ArchiveEntry e : a.registry.nearest(a.scan.archiveText, 3)) {
                near.append(near.length() == 0 ? "" : "; ").append(e.latinAcronym()).append(" (").append(e.displayName()).append(')');
            }
        }
        out.add(a.diag(code(), severity(), a.scan.archiveStart, a.scan.archiveEnd,
                "archive “" + Analysis.shorten(a.scan.archiveText) + "” is not in the archive registry (the citation's shape is valid)"
                        + (near.length() > 0 ? "; nearest registered: " + near : "")
                        + "; declare it in the reference list or add it to archives.json", null));
    }
}
