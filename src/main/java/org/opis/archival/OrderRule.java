package org.opis.archival;

import org.opis.model.CodedRule;
import org.opis.model.Diagnostic;
import org.opis.model.Severity;

import java.util.List;

/** Levels out of the canonical order (archive, fond, opis, papka/karton, delo, chast/tom, list, ob.) or given twice. */
final class OrderRule extends CodedRule implements ArchivalRule {

    OrderRule() {
        super("archival/order", Severity.ERROR);
    }

    @Override
    public void check(Analysis a, List<Diagnostic> out) {
        int maxRank = 0;
        Scan.Element maxEl = null;
        for (Scan.Element e : a.elements) {
            if (e.level.equals("year") && a.scheme.id().equals("ru")) continue; // a year may stand after the fond or the opis
            java.util.Optional<Integer> r = a.labels().rank(e.level);
            if (r.isEmpty()) continue;
            int rank = r.get();
            if (maxEl != null && rank < maxRank) {
                boolean papkaSwap = a.papka() && e.level.equals("papka") && (maxEl.level.equals("delo") || maxEl.level.equals("unit"));
                if (!papkaSwap) {
                    out.add(new Diagnostic(code(), a.labels().orderSeverity(), a.span(e.start, e.end),
                            "the " + e.level + " comes after the " + maxEl.level + "; the order is " + orderText(a),
                            java.util.Optional.ofNullable(a.text.length() > Analysis.WHOLE_FIX_LIMIT || !labelled(maxEl) || !labelled(e) ? null : swap(a, maxEl, e))));
                }
                continue;
            }
            // more leaves of the same file after a note on the leaves before them ("L. 19 Copy (2nd). Typewritten text.
            // L. 20-21. Original."): a second leaf group, not the leaf given twice
            boolean afterNote = maxEl != null && e.leafLike() && maxEl.leafLike() && noteBetween(a, maxEl.end, e.start);
            if (maxEl != null && rank == maxRank && e.level.equals(maxEl.level) && !afterNote) {
                out.add(new Diagnostic(code(), a.labels().orderSeverity(), a.span(e.start, e.end),
                        "the " + e.level + " is given twice", java.util.Optional.empty()));
            }
            maxRank = rank;
            maxEl = e;
        }
    }

    /** Whether a note (text read as trailing, kind 1) lies between two elements. */
    private static boolean noteBetween(Analysis a, int from, int to) {
        for (int[] s : a.scan.strays) if (s[2] == 1 && s[0] >= from && s[0] + s[1] <= to) return true;
        return false;
    }

    /** An element with its own label: moving it keeps its level (an unlabelled value takes its level from where it stands, so no swap is proposed). */
    private static boolean labelled(Scan.Element e) {
        return e.fromReference || e.labelText != null && !e.labelText.isEmpty();
    }

    private static String orderText(Analysis a) {
        return a.scheme.id().equals("aqsh") ? "F., V., D., fl." : "fond, opis, papka/karton, delo, chast/tom, list";
    }

    /** The input with the text of two elements exchanged. */
    static String swap(Analysis a, Scan.Element first, Scan.Element second) {
        String t = a.text;
        String x = t.substring(first.start, first.end);
        String y = t.substring(second.start, second.end);
        return t.substring(0, first.start) + y + t.substring(first.end, second.start) + x + t.substring(second.end);
    }
}
