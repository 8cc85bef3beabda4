package org.opis.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Labels written before a number ("T. 8", "pp. 3–5", "л. 12"), from the one table
 * {@code org/opis/lexicon/labels.tsv}: each label, the CSL locator label it means, and where it is
 * read (a reference list, an in-text citation's locator). Loaded once, read-only.
 */
public final class Labels {

    /** The vocabulary's resource path. */
    public static final String RESOURCE = "/org/opis/lexicon/labels.tsv";

    /** Where a label is read: a reference list entry, or an in-text citation's locator. */
    public static final String LIST = "list";
    /** See {@link #LIST}. */
    public static final String CITATION = "citation";
    /** The volume closing a GOST title (". Т. 3"). */
    public static final String GOST = "gost";
    /** After a number of volumes ("3 vols.", "2 тт."). */
    public static final String COUNT = "count";
    /** A unit after a number of pages closing an entry ("320 p.", "512 S."), its full stop optional. */
    public static final String EXTENT = "extent";
    /** A list's volume label also read at the end of a title ("*Works. Vol. 3*"). */
    public static final String TITLE = "title";
    /** The numbering of a journal written in roman after a plain title ("Caplletra (València), n. 50, p. 35-65"). */
    public static final String JOURNAL = "journal";
    /** A label written after an ordinal number, not before a number (Icelandic and Nordic "22. árg.", "1. tbl.", "3. bindi"). */
    public static final String ORDINAL = "ordinal";

    private record Label(String label, String means, List<String> contexts) { }

    private static final List<Label> LABELS = load();

    private Labels() {
    }

    /** The labels read in {@code context} meaning {@code means} (e.g. list volume labels), as written, in file order. */
    public static List<String> of(String context, String means) {
        return ofAny(context, means);
    }

    /** The labels read in {@code context} meaning any of {@code means} (e.g. list volume and issue labels), as written, in file order. */
    public static List<String> ofAny(String context, String... means) {
        List<String> wanted = List.of(means);
        List<String> out = new ArrayList<>();
        for (Label l : LABELS) if (l.contexts.contains(context) && wanted.contains(l.means)) out.add(l.label);
        return List.copyOf(out);
    }

    /** Every label read in {@code context}, as written, with the CSL locator label it means, in file order. */
    public static Map<String, String> in(String context) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Label l : LABELS) if (l.contexts.contains(context)) out.putIfAbsent(l.label, l.means);
        return Collections.unmodifiableMap(out);
    }

    private static List<Label> load() {
        Table t = Table.load(RESOURCE, Table.Column.text("label"),
                Table.Column.oneOf("means", "volume", "page", "folio", "chapter", "issue", "number", "column",
                        "section", "paragraph", "note", "book", "part", "figure"),
                Table.Column.text("contexts"), Table.Column.optionalText("note"));
        List<Label> out = new ArrayList<>();
        for (Table.Row r : t.rows()) {
            out.add(new Label(r.text("label"), r.text("means"), Table.words(t, r, "contexts", LIST, CITATION, GOST, COUNT, TITLE, EXTENT, JOURNAL, ORDINAL)));
        }
        return List.copyOf(out);
    }
}
