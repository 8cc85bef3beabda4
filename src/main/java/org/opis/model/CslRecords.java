package org.opis.model;

import de.undercouch.citeproc.csl.CSLItemData;

import java.util.List;
import java.util.Map;

/**
 * The citeproc-java side of a {@link Reference}, for opis's own readers and formats: the record as
 * {@link CSLItemData}, and records made from it. Not part of the library API — the facade
 * ({@code org.opis.Opis}) neither takes nor returns this type, and a program using opis reads
 * {@link Reference#item()} and makes records with {@link Reference#of(String, CslItem)}.
 */
public final class CslRecords {

    private CslRecords() {
    }

    /** The record as citeproc-java's CSL data. */
    public static CSLItemData csl(Reference r) {
        return r.csl;
    }

    /** A record with all its parts (see {@link Reference}'s accessors). */
    public static Reference reference(String id, CSLItemData csl, Span span, String raw, List<Diagnostic> defects,
                                      boolean archive, Map<String, String> extra) {
        return new Reference(id, csl, span, raw, defects, archive, extra);
    }

    /** A work parsed or imported without defects or extra fields. */
    public static Reference of(String id, CSLItemData csl, Span span, String raw) {
        return new Reference(id, csl, span, raw, List.of(), false, Map.of());
    }
}
