package org.opis.model;

import de.undercouch.citeproc.csl.CSLItemData;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of a reference list (a work, or an archive declared in the list), as CSL data plus
 * where it came from: the raw text as written, its place, and the defects found in it.
 * A program reads the record's fields from {@link #item()} (opis's own immutable CSL-JSON form) and
 * makes a record with {@link #of(String, CslItem)}; opis's own packages reach the citeproc-java
 * form through {@link CslRecords}, which is not part of the library API.
 */
public final class Reference {

    private final String id;
    /** The record as citeproc-java's CSL data, for opis's own packages ({@link CslRecords#csl}). */
    final CSLItemData csl;
    private final Span span;
    private final String raw;
    private final List<Diagnostic> defects;
    private final boolean archive;
    private final Map<String, String> extra;

    /**
     * @param id      stable, readable identifier (also the CSL item id), e.g. {@code hoxha1981ditar}
     * @param csl     the record as citeproc-java's CSL data
     * @param span    where the entry starts in its source
     * @param raw     the entry's text exactly as written (for a merged line, this entry's part)
     * @param defects findings about this entry
     * @param archive true when the entry declares an archive rather than a work
     * @param extra   fields with no CSL equivalent (e.g. unknown BibTeX fields), carried through
     *                so that nothing the user gave is lost; insertion-ordered
     */
    Reference(String id, CSLItemData csl, Span span, String raw, List<Diagnostic> defects,
              boolean archive, Map<String, String> extra) {
        this.id = Objects.requireNonNull(id, "id");
        this.csl = Objects.requireNonNull(csl, "csl");
        this.span = Objects.requireNonNull(span, "span");
        this.raw = raw == null ? "" : raw;
        this.defects = List.copyOf(defects == null ? List.of() : defects);
        this.archive = archive;
        this.extra = extra == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
    }

    /** Stable, readable identifier (also the CSL item id), e.g. {@code hoxha1981ditar}. */
    public String id() {
        return id;
    }

    /** Where the entry starts in its source. */
    public Span span() {
        return span;
    }

    /** The entry's text exactly as written (for a merged line, this entry's part). */
    public String raw() {
        return raw;
    }

    /** Findings about this entry. */
    public List<Diagnostic> defects() {
        return defects;
    }

    /** True when the entry declares an archive rather than a work. */
    public boolean archive() {
        return archive;
    }

    /**
     * Fields with no CSL equivalent (e.g. unknown BibTeX fields), carried through so that nothing the
     * user gave is lost; insertion-ordered.
     */
    public Map<String, String> extra() {
        return extra;
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
        return new Reference(id, CSLItemData.fromJson(fields), Span.START, "", List.of(), false, Map.of());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Reference r && archive == r.archive && id.equals(r.id) && csl.equals(r.csl) && span.equals(r.span)
                && raw.equals(r.raw) && defects.equals(r.defects) && extra.equals(r.extra);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, csl, span, raw, defects, archive, extra);
    }

    @Override
    public String toString() {
        return "Reference[id=" + id + ", span=" + span + ", raw=" + raw + ", defects=" + defects + ", archive=" + archive
                + ", extra=" + extra + "]";
    }
}
