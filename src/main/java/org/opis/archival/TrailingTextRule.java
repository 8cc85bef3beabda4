package org.opis.archival;

import org.opis.model.CodedRule;
import org.opis.model.Diagnostic;
import org.opis.model.Severity;

import java.util.List;

/** Text after the citation that belongs to no level (a following citation after “;”, a sentence after the final period): reported, not judged. */
final class TrailingTextRule extends CodedRule implements ArchivalRule {

    TrailingTextRule() {
        super("archival/trailing-text", Severity.INFO);
    }

    @Override
    public void check(Analysis a, List<Diagnostic> out) {
        for (int[] s : a.scan.strays) {
            if (s[2] != 1) continue;
            int at = s[0], len = s[1];
            String what = a.text.substring(at, at + len).strip();
            if (what.startsWith(";")) what = what.substring(1).strip();
            out.add(a.diag(code(), severity(), at, at + len, "not part of the citation: “" + Analysis.shorten(what) + "”", null));
        }
    }
}
