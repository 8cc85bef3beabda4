package org.opis.csl;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import org.opis.model.Diagnostic;
import org.opis.model.Reference;

import java.util.Arrays;
import java.util.List;

/**
 * Makes a record's dates safe for citeproc-java, which stops on a date range whose two ends have
 * different precision ({@code [[2000], [1999, 5]]}): both ends are cut to the precision they share,
 * and the change is reported ({@code format/date-range}).
 */
final class DateRepair {

    private DateRepair() {
    }

    static CSLItemData repair(CSLItemData d, Reference r, List<Diagnostic> diags) {
        CSLItemDataBuilder b = new CSLItemDataBuilder(d);
        boolean changed = false;
        CSLDate issued = fix(d.getIssued(), "issued", r, diags);
        if (issued != d.getIssued()) {
            b.issued(issued);
            changed = true;
        }
        CSLDate accessed = fix(d.getAccessed(), "accessed", r, diags);
        if (accessed != d.getAccessed()) {
            b.accessed(accessed);
            changed = true;
        }
        CSLDate original = fix(d.getOriginalDate(), "original-date", r, diags);
        if (original != d.getOriginalDate()) {
            b.originalDate(original);
            changed = true;
        }
        CSLDate event = fix(d.getEventDate(), "event-date", r, diags);
        if (event != d.getEventDate()) {
            b.eventDate(event);
            changed = true;
        }
        return changed ? b.build() : d;
    }

    private static CSLDate fix(CSLDate date, String variable, Reference r, List<Diagnostic> diags) {
        if (date == null || date.getDateParts() == null || date.getDateParts().length < 2) return date;
        int[][] parts = date.getDateParts();
        int[] first = parts[0];
        int[] last = parts[parts.length - 1];
        if (first.length == last.length && parts.length == 2) return date;
        int n = Math.max(1, Math.min(first.length, last.length));
        int[][] cut = {Arrays.copyOf(first, n), Arrays.copyOf(last, n)};
        diags.add(Diagnostic.warning("format/date-range", r.span(),
                "the " + variable + " range of '" + r.id() + "' has ends of different precision; formatted with "
                        + (n == 1 ? "years" : n == 2 ? "years and months" : "full dates") + " only"));
        return new CSLDateBuilder().dateParts(cut).season(date.getSeason()).circa(date.getCirca())
                .literal(date.getLiteral()).raw(date.getRaw()).build();
    }
}
