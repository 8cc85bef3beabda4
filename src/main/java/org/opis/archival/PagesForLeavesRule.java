package org.opis.archival;

import org.opis.model.CodedRule;
import org.opis.model.Diagnostic;
import org.opis.model.Severity;

import java.util.List;

/** Pages (p., pp., стр., с.) cited where archival leaves belong: files are foliated. (“p.” is a papka only in archives with papki, such as AVP RF.) */
final class PagesForLeavesRule extends CodedRule implements ArchivalRule {

    PagesForLeavesRule() {
        super("archival/pages-for-leaves", Severity.ERROR);
    }

    @Override
    public void check(Analysis a, List<Diagnostic> out) {
        if (a.labels().pagesAllowed()) return;
        for (Scan.Element e : a.elements) {
            if (!e.level.equals("page") || e.label == null) continue;
            boolean plural = e.items.size() > 1 || (e.items.size() == 1 && e.items.get(0).ranged());
            boolean capital = Character.isUpperCase(e.labelText.charAt(0)) || (a.style == Analysis.Style.PERIOD && a.capitalLabels());
            String fix = a.labelFor("list", plural, capital);
            if (Values.hasCyrillic(e.labelText) && a.labels().hasGost()) {
                fix = capital ? "Л." : "л.";
            }
            out.add(a.diag(code(), severity(), e.labelStart, e.labelEnd,
                    "“" + e.labelText + "” cites pages, but archival files are cited by leaf: use “" + fix + "”",
                    a.edit(e.labelStart, e.labelEnd, fix)));
        }
    }
}
