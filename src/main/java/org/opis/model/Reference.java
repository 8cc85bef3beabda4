package org.opis.model;

import de.undercouch.citeproc.csl.CSLItemData;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of a reference list (a work, or an archive declared in the list), as a CSL item
 * plus where it came from: the raw text as written, its place, and the defects found in it.
 *
 * @param id      stable, readable identifier (also the CSL item id), e.g. {@code hoxha1981ditar}
 * @param csl     the record as citeproc-java's CSL data, for opis's own packages (readers, formats);
 *                a program using opis reads {@link #item()}, opis's own immutable form of it
 * @param span    where the entry starts in its source
 * @param raw     the entry's text exactly as written (for a merged line, this entry's part)
 * @param defects findings about this entry
 * @param archive true when the entry declares an archive rather than a work
 * @param extra   fields with no CSL equivalent (e.g. unknown BibTeX fields), carried through
 *                so that nothing the user gave is lost; insertion-ordered
 */
public record Reference(String id, CSLItemData csl, Span span, String raw, List<Diagnostic> defects,
                        boolean archive, Map<String, String> extra) {

    public Reference {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(csl, "csl");
        Objects.requireNonNull(span, "span");
        raw = raw == null ? "" : raw;
        defects = List.copyOf(defects == null ? List.of() : defects);
        extra = extra == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
    }

    /**
     * The record as CSL data in opis's own form (the CSL-JSON object of the item, without the
     * fields kept in {@link #extra()}): what a program using opis reads a reference's fields from.
     */
    @SuppressWarnings("unchecked")
    public CslItem item() {
        Object json = csl.toJson(new de.undercouch.citeproc.helper.json.MapJsonBuilderFactory().createJsonBuilder());
        return new CslItem(json instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of());
    }

    /** A work from opis's own CSL data (for example a record a program built or changed): its id is {@code id}. */
    public static Reference of(String id, CslItem item) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>(item.fields());
        fields.put("id", id);
        return of(id, CSLItemData.fromJson(fields), Span.START, "");
    }

    /** A work parsed or imported without defects or extra fields. */
    public static Reference of(String id, CSLItemData csl, Span span, String raw) {
        return new Reference(id, csl, span, raw, List.of(), false, Map.of());
    }
}
