package org.opis.archival;

import org.opis.model.Diagnostic;
import org.opis.model.Severity;

import java.util.List;

/** The text has no archival level at all (no fond, opis, delo, leaf…): it is not an archival citation. */
final class UnrecognizedRule implements ArchivalRule {

    @Override
    public String code() {
        return "archival/unrecognized";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public void check(Analysis a, List<Diagnostic> out) {
        if (!a.elements.isEmpty()) return;
        String t = a.text.strip();
        // the archive's own scheme tells what was expected ("RG 59, …, Box 12" rather than "f., op., d., l.")
        String expected = a.scheme instanceof SegmentScheme && a.archive.isPresent() ? " (" + a.scheme.description() + ")" : " (f., op., d., l. …)";
        out.add(a.diag(code(), severity(), 0, a.text.length(),
                t.isEmpty() ? "empty citation" : "no archival levels" + expected + " found in “" + shorten(t) + "”", null));
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }
}
