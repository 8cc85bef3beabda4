package org.opis.archival;

import org.opis.model.CodedRule;
import org.opis.model.Diagnostic;
import org.opis.model.Severity;

import java.util.List;

/** A typeset fraction (½, ¼) where a slashed number belongs: “d. ½” is “d. 1/2”. */
final class VulgarFractionRule extends CodedRule implements ArchivalRule {

    VulgarFractionRule() {
        super("archival/vulgar-fraction", Severity.ERROR);
    }

    @Override
    public void check(Analysis a, List<Diagnostic> out) {
        for (int[] f : a.scan.fractions) {
            int at = f[0];
            String n = Values.fraction(a.text.charAt(at));
            out.add(a.diag(code(), severity(), at, at + 1,
                    "“" + a.text.charAt(at) + "” is a typeset fraction; write “" + n + "”", a.edit(at, at + 1, n)));
        }
    }
}
