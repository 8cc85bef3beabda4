package org.opis.ris;

import org.opis.model.CslRecords;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.opis.csl.CslJson;
import org.opis.model.Diagnostic;
import org.opis.model.ParsedRecords;
import org.opis.model.Reference;
import org.opis.model.Span;
import org.opis.spi.ImportFormat;
import org.opis.text.SourceText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads RIS files ({@code TY  - JOUR} … {@code ER  - }) as Zotero, EndNote, Mendeley and library
 * catalogues write them, through the tag table {@code org/opis/ris/fields.tsv}. Lines that do not
 * start with a tag continue the previous value; an unknown tag is kept in {@code Reference.extra}
 * as {@code ris:TAG} and reported as an info finding; a record without {@code ER} is still read.
 */
public final class RisImport implements ImportFormat {

    private static final Pattern TAG = Pattern.compile("^([A-Z][A-Z0-9])  ?-(?: (.*))?$");

    @Override
    public String name() {
        return "ris";
    }

    @Override
    public int confidence(SourceText source) {
        String name = source.name().toLowerCase(Locale.ROOT);
        for (String line : (Iterable<String>) source.text().lines().limit(20)::iterator) {
            String l = line.replace("\uFEFF", "").strip();
            if (l.isEmpty()) continue;
            return l.matches("^TY  ?- .*") ? 95 : (name.endsWith(".ris") ? 60 : 0);
        }
        return name.endsWith(".ris") ? 60 : 0;
    }

    @Override
    public ParsedRecords read(SourceText source) {
        List<Reference> refs = new ArrayList<>();
        List<Diagnostic> diags = read(source, refs::add);
        return new ParsedRecords(refs, diags);
    }

    /** Reads line by line, handing each record on as soon as it ends (its ER line, the next TY or the end of the file). */
    @Override
    public List<Diagnostic> read(SourceText source, java.util.function.Consumer<Reference> sink) {
        List<Diagnostic> diags = new ArrayList<>();
        int[] count = new int[1];
        java.util.function.Consumer<Reference> refs = r -> {
            count[0]++;
            sink.accept(r);
        };
        java.util.Iterator<String> lines = source.text().lines().iterator();
        Record cur = null;
        Set<String> ids = new HashSet<>();
        String lastTag = null;
        for (int i = 0; lines.hasNext(); i++) {
            String line = lines.next().replace("\uFEFF", "");
            Span span = Span.at(i + 1, 1);
            Matcher m = TAG.matcher(line.stripTrailing());
            if (m.matches()) {
                String tag = m.group(1);
                String value = m.group(2) == null ? "" : m.group(2).strip();
                if (tag.equals("TY")) {
                    if (cur != null) {
                        diags.add(Diagnostic.warning("ris/missing-er", cur.span, "the record starting here has no ER line; it ends at line " + (i + 1)));
                        refs.accept(cur.finish(ids, diags));
                        cur = null;
                    }
                    if (org.opis.text.EntryLimit.reached(count[0])) {
                        diags.add(org.opis.text.EntryLimit.finding(span));
                        break;
                    }
                    cur = new Record(span, value);
                    if (RisTable.cslFor(value).isEmpty()) {
                        diags.add(Diagnostic.warning("ris/unknown-type", span, "unknown RIS type '" + value + "'; read as a document")
                                .withFix("use one of JOUR, BOOK, CHAP, MANSCPT, THES, RPRT, NEWS, ELEC, GEN"));
                    }
                } else if (tag.equals("ER")) {
                    if (cur != null) refs.accept(cur.finish(ids, diags));
                    cur = null;
                } else if (cur == null) {
                    diags.add(Diagnostic.error("ris/outside-record", span, "tag " + tag + " outside a record (no TY before it); skipped"));
                } else {
                    cur.add(tag, value, span, diags);
                }
                lastTag = tag;
            } else if (!line.isBlank()) {
                if (cur != null && lastTag != null && !lastTag.equals("ER")) {
                    cur.append(line.strip());
                } else {
                    diags.add(Diagnostic.error("ris/not-a-tag", span, "not a RIS line (TAG  - value); skipped")
                            .withFix("RIS lines are two capitals, two spaces, a hyphen and a space: TI  - Title"));
                }
            }
        }
        if (cur != null) {
            diags.add(Diagnostic.warning("ris/missing-er", cur.span, "the last record has no ER line"));
            refs.accept(cur.finish(ids, diags));
        }
        if (count[0] == 0 && diags.isEmpty()) {
            diags.add(Diagnostic.error("ris/empty", Span.START, "no RIS record (TY  - … ER  - ) in the file"));
        }
        return diags;
    }

    /** One record being read. */
    private static final class Record {
        final Span span;
        final String type;
        final ObjectNode item = JsonNodeFactory.instance.objectNode();
        final List<String[]> unknown = new ArrayList<>();
        String startPage;
        String endPage;
        String lastField;
        String keywords;

        Record(Span span, String ty) {
            this.span = span;
            this.type = RisTable.cslFor(ty).orElse("document");
            item.put("type", type);
        }

        void add(String tag, String value, Span at, List<Diagnostic> diags) {
            lastField = null;
            if (value.isEmpty()) return;
            if (tag.equals("ID")) {
                item.put("id", value);
                return;
            }
            Optional<RisTable.Field> f = RisTable.importField(tag, type);
            if (f.isEmpty()) {
                unknown.add(new String[]{tag, value});
                diags.add(Diagnostic.info("ris/unknown-tag", at, "tag " + tag + " has no CSL variable; kept as ris:" + tag + " and written back nowhere else"));
                return;
            }
            String csl = f.get().csl();
            switch (f.get().kind()) {
                case "names" -> {
                    ArrayNode list = item.has(csl) ? (ArrayNode) item.get(csl) : item.putArray(csl);
                    list.add(name(value));
                }
                case "year" -> {
                    if (!item.has(csl)) item.set(csl, RisDates.read(value.replaceAll("^(\\d{4}).*$", "$1")));
                }
                case "date" -> {
                    // DA is fuller than PY: it replaces a year read before it
                    ObjectNode d = RisDates.read(value);
                    if (!item.has(csl) || item.get(csl).path("date-parts").path(0).size() <= 1) item.set(csl, d);
                }
                case "pages" -> startPage = value;
                case "endpage" -> endPage = value;
                case "list" -> keywords = keywords == null ? value : keywords + ", " + value;
                default -> {
                    if (item.has(csl)) {
                        if (!item.get(csl).asText().equals(value)) {
                            diags.add(Diagnostic.info("ris/repeated", at, csl + " given twice; the first value is kept, this one in the note"));
                            item.put("note", item.path("note").asText("").isEmpty() ? value : item.get("note").asText() + "\n" + value);
                        }
                    } else {
                        item.put(csl, value);
                        lastField = csl;
                    }
                }
            }
        }

        /** A continuation line: appended to the last text value. */
        void append(String more) {
            if (lastField != null && item.has(lastField)) {
                boolean keepLines = lastField.equals("note") || lastField.equals("abstract");
                item.put(lastField, item.get(lastField).asText() + (keepLines ? "\n" : " ") + more);
            }
        }

        Reference finish(Set<String> ids, List<Diagnostic> diags) {
            if (startPage != null || endPage != null) {
                item.put("page", startPage == null ? endPage : endPage == null || startPage.contains("-") ? startPage : startPage + "-" + endPage);
            }
            if (keywords != null) item.put("keyword", keywords);
            String id = item.path("id").asText("");
            if (id.isEmpty()) id = key();
            String base = id;
            for (int n = 2; !ids.add(id); n++) id = base + "-" + n;
            item.put("id", id);
            Reference r = CslJson.fromJson(item, id, span, diags);
            if (unknown.isEmpty()) return r;
            java.util.Map<String, String> extra = new java.util.LinkedHashMap<>(r.extra());
            for (String[] u : unknown) extra.merge("ris:" + u[0], u[1], (a, b) -> a + "\n" + b);
            return CslRecords.reference(r.id(), CslRecords.csl(r), r.span(), r.raw(), r.defects(), r.archive(), extra);
        }

        private String key() {
            String family = item.path("author").path(0).path("family").asText(item.path("author").path(0).path("literal").asText("anon"));
            String year = item.path("issued").path("date-parts").path(0).path(0).asText("");
            String k = com.ibm.icu.text.Transliterator.getInstance("Any-Latin; Latin-ASCII").transliterate(family + year)
                    .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
            return k.isEmpty() ? "ris" + span.line() : k;
        }

        private static ObjectNode name(String value) {
            ObjectNode n = JsonNodeFactory.instance.objectNode();
            String[] parts = value.split("\\s*,\\s*", 3);
            if (parts.length == 1) {
                n.put("literal", value.strip());
            } else {
                n.put("family", parts[0]);
                if (!parts[1].isEmpty()) n.put("given", parts[1]);
                if (parts.length == 3 && !parts[2].isEmpty()) n.put("suffix", parts[2]);
            }
            return n;
        }
    }
}
