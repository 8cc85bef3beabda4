package org.opis.archival;

import org.opis.model.CodedRule;
import org.opis.model.Diagnostic;
import org.opis.model.Severity;

import java.util.List;

/** Period separators inside a comma-style citation (“RGASPI. f. 495, …”, “op. 32. d. 47.”) or commas inside a GOST period-style one. */
final class MixedSeparatorsRule extends CodedRule implements ArchivalRule {

    MixedSeparatorsRule() {
        super("archival/mixed-separators", Severity.ERROR);
    }

    @Override
    public void check(Analysis a, List<Diagnostic> out) {
        char want = a.separator();
        char wrong = want == ',' ? '.' : ',';
        for (int i = 0; i < a.elements.size(); i++) {
            Scan.Element e = a.elements.get(i);
            if (e.sepBefore != wrong || e.sepBeforeAt < 0) continue;
            if (i == 0 && (a.scan.archiveText.isBlank() || a.continuation)) continue;
            String where = i == 0 ? "after the archive" : "before “" + (e.labelText.isEmpty() ? e.valueRaw : e.labelText) + "”";
            if (e.sepVirtual) {
                // "1898 g. op. 226": the period belongs to the abbreviation; the comma is missing
                out.add(a.diag(code(), severity(), e.sepBeforeAt + 1, e.sepBeforeAt + 1,
                        "no “" + want + "” " + where, a.edit(e.sepBeforeAt + 1, e.sepBeforeAt + 1, String.valueOf(want))));
                continue;
            }
            out.add(a.diag(code(), severity(), e.sepBeforeAt, e.sepBeforeAt + 1,
                    "“" + wrong + "” " + where + " in a citation separated by “" + want + "”",
                    a.edit(e.sepBeforeAt, e.sepBeforeAt + 1, String.valueOf(want))));
        }
    }
}
