package org.opis.archival;

import org.opis.model.CodedRule;
import org.opis.model.Diagnostic;
import org.opis.model.Severity;

import java.util.List;

/** A character or text that belongs to no level: a hyphen in place of a period (“Оп. 163- Д.”), a doubled separator, text after the citation. */
final class StrayCharacterRule extends CodedRule implements ArchivalRule {

    StrayCharacterRule() {
        super("archival/stray-character", Severity.ERROR);
    }

    @Override
    public void check(Analysis a, List<Diagnostic> out) {
        for (int[] s : a.scan.strays) {
            int at = s[0], len = s[1];
            String what = Analysis.shorten(a.text.substring(at, at + len));
            switch (s[2]) {
                case 2:
                    out.add(a.diag(code(), severity(), at, at + len, "“" + what + "” where a period belongs", a.edit(at, at + len, ".")));
                    break;
                case 1:
                    break; // archival/trailing-text
                default:
                    out.add(a.diag(code(), severity(), at, at + len, "unexpected “" + what + "”", a.edit(at, at + len, "")));
            }
        }
    }
}
