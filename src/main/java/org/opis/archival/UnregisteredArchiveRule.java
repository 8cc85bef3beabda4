package org.opis.archival;

import org.opis.model.CodedRule;
import org.opis.model.Diagnostic;
import org.opis.model.Severity;

import java.util.List;
import java.util.Locale;

/**
 * An archive the registry does not know but which the citation names in full ("Tsentral'nyi
 * gosudarstvennyi arkhiv Samarskoi oblasti (TsGASO), f. …"): the citation is readable, the archive
 * should be declared in the reference list or added to archives.json. (A bare unknown acronym is
 * {@code archival/unknown-archive}, an error.)
 */
final class UnregisteredArchiveRule extends CodedRule implements ArchivalRule {

    private static final List<String> ARCHIVE_WORDS = List.of("arkhiv", "arhiv", "archiv", "archive", "arkiv", "archyv", "архив", "архів");

    UnregisteredArchiveRule() {
        super("archival/unregistered-archive", Severity.WARNING);
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
        if (a.elements.isEmpty() || a.continuation || a.scan.archiveText.isBlank() || a.match.found()) return;
        if (!namedInFull(a.scan.archiveText)) return;
        out.add(a.diag(code(), severity(), a.scan.archiveStart, a.scan.archiveEnd,
                "archive “" + Analysis.shorten(a.scan.archiveText) + "” is not in the archive registry; declare it in the reference list or add it to archives.json", null));
    }
}
