package org.opis.archival;

import org.opis.model.CodedRule;
import org.opis.model.Diagnostic;
import org.opis.model.Severity;

import java.util.List;

/** A malformed level label: a known typo (“дело.”, “D 2” without its period) or an abbreviation no scheme knows. */
final class LabelTypoRule extends CodedRule implements ArchivalRule {

    LabelTypoRule() {
        super("archival/label-typo", Severity.ERROR);
    }

    @Override
    public void check(Analysis a, List<Diagnostic> out) {
        for (Scan.Element e : a.elements) {
            if (e.unknownLabel) {
                out.add(a.diag(code(), severity(), e.labelStart, e.labelEnd,
                        "unknown label “" + e.labelText + "” in a citation of the “" + a.scheme.id() + "” scheme", null));
                continue;
            }
            if (e.label == null || !e.label.typo()) continue;
            // the compact form of a scheme that has one: the label letter fused to its number ("F14", "D7")
            if (a.scheme.labels().compactForm() && e.labelEnd == e.valueStart && e.labelEnd - e.labelStart <= 2) continue;
            String script = Values.hasCyrillic(e.labelText) ? "cyrillic" : "latin";
            String fix = e.label.fix().getOrDefault(script, e.label.fix().getOrDefault("latin", ""));
            if (fix.isEmpty()) {
                out.add(a.diag(code(), severity(), e.labelStart, e.labelEnd, "malformed label “" + e.labelText + "”", null));
                continue;
            }
            if (Character.isUpperCase(e.labelText.charAt(0))) fix = Character.toUpperCase(fix.charAt(0)) + fix.substring(1);
            String repl = fix;
            if (e.labelEnd == e.valueStart || e.labelEnd < e.valueStart && !e.spaceBeforeValue) repl = fix + " ";
            out.add(a.diag(code(), severity(), e.labelStart, e.labelEnd,
                    "“" + e.labelText + "” is not a correct label; write “" + fix + "”",
                    a.edit(e.labelStart, e.labelEnd, repl)));
        }
    }
}
