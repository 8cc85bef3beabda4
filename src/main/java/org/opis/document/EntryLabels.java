package org.opis.document;

import org.opis.model.Reference;

import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import org.opis.model.CslRecords;
import org.opis.model.ParsedRecords;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * The keys a list gives its own entries — LaTeX's {@code \bibitem{smith1998} …} — as names of the works read from
 * them, so that {@code \cite{smith1998}} finds the work read from that entry. A number is no such key (numbered
 * lists are {@link NumericReferences}' concern).
 */
final class EntryLabels {

    /** A key as LaTeX and BibTeX write them: no spaces, braces, commas or quotes, and not a bare number. */
    private static final Pattern KEY = Pattern.compile("(?!\\d+$)[^\\s{}(),\"#%'=\\\\]{1,200}");

    private EntryLabels() {
    }

    /** The first reference whose place ({@code place}: its offset in the original) lies in block {@code b}, or null. */
    static Reference readFrom(Document doc, Block b, List<Reference> references, ToIntFunction<Reference> place) {
        int from = doc.positions().span(b.origin().position(0)).offset();
        int to = doc.positions().span(b.origin().position(Math.max(0, b.text().length() - 1))).offset();
        for (Reference r : references) {
            int at = place.applyAsInt(r);
            if (at >= from && at <= to) return r;
        }
        return null;
    }

    /**
     * The records read from labelled reference-list blocks, renamed to their labels: {@code \bibitem{smith1998}}'s
     * work is {@code smith1998}, so {@code \cite{smith1998}} finds it and an export keeps the author's keys. A label
     * that is not a usable key (blank, a number, with spaces) or that two entries share, or another record already
     * bears, leaves the record's own id. {@code place} gives a record's offset in the original text.
     */
    static ParsedRecords renamed(Document doc, List<Part> parts, ParsedRecords records, ToIntFunction<Reference> place) {
        Map<String, String> labelOf = new HashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        for (int i = 0; i < doc.blocks().size(); i++) {
            Block b = doc.blocks().get(i);
            String label = b.label() == null ? "" : b.label().strip();
            if (parts.get(i) != Part.REFERENCE || !KEY.matcher(label).matches()) continue;
            Reference r = readFrom(doc, b, records.references(), place);
            if (r != null) {
                labelOf.putIfAbsent(r.id(), label);
                uses.merge(label, 1, Integer::sum);
            }
        }
        if (labelOf.isEmpty()) return records;
        Set<String> ids = new HashSet<>();
        for (Reference r : records.references()) ids.add(r.id());
        List<Reference> out = new ArrayList<>();
        for (Reference r : records.references()) {
            String label = labelOf.get(r.id());
            boolean usable = label != null && uses.get(label) == 1 && (label.equals(r.id()) || !ids.contains(label));
            out.add(!usable ? r : CslRecords.reference(label, new CSLItemDataBuilder(CslRecords.csl(r)).id(label).build(), r.span(),
                    r.raw(), r.defects(), r.archive(), r.extra()));
        }
        return new ParsedRecords(out, records.diagnostics());
    }
}
