package org.opis.csl;

import org.opis.model.CslRecords;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;
import org.opis.model.Diagnostic;
import org.opis.model.ParsedRecords;
import org.opis.model.Reference;
import org.opis.model.Span;
import org.opis.text.SourceText;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CSL-JSON, the data format of Zotero, pandoc and every CSL processor: writes records as a CSL-JSON
 * array and reads such arrays back. Variables citeproc-java does not model are kept in
 * {@link Reference#extra()} under {@code csl:NAME} (their JSON text) and written back unchanged,
 * so a CSL-JSON file survives a round trip through opis.
 */
public final class CslJson {

    /** Prefix of {@link Reference#extra()} keys that hold CSL-JSON properties as raw JSON text. */
    public static final String EXTRA_PREFIX = "csl:";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Reads numbers as written: {@code 1e400} stays {@code 1E+400}, not infinity. */
    private static final ObjectMapper READER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final StringJsonBuilderFactory BUILDERS = new StringJsonBuilderFactory();

    private CslJson() {
    }

    /** One record as a CSL-JSON object: the item's variables in citeproc-java's order, then carried-through extras. */
    public static ObjectNode item(Reference r) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", r.id());
        itemData(CslRecords.csl(r)).fields().forEachRemaining(f -> {
            if (!f.getKey().equals("id")) node.set(f.getKey(), f.getValue());
        });
        // Carried-through properties win: they are what the source file said, verbatim.
        for (Map.Entry<String, String> e : r.extra().entrySet()) {
            if (!e.getKey().startsWith(EXTRA_PREFIX)) continue;
            String name = e.getKey().substring(EXTRA_PREFIX.length());
            try {
                node.set(name, MAPPER.readTree(e.getValue()));
            } catch (JsonProcessingException ex) {
                node.put(name, e.getValue());
            }
        }
        return node;
    }

    /** A CSL item as a JSON object (without opis's extras). */
    public static ObjectNode itemData(CSLItemData data) {
        // citeproc-java's own serializer knows the CSL names of its enums (types, name parts);
        // Jackson then gives us a tree to work with: built directly when it is the one the text parses to.
        if (org.opis.model.CslTrees.direct(data) instanceof ObjectNode tree) return tree;
        Object json = data.toJson(BUILDERS.createJsonBuilder());
        try {
            return (ObjectNode) MAPPER.readTree(json.toString());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("citeproc-java wrote invalid JSON for " + data.getId(), e);
        }
    }

    /** The records as a CSL-JSON array, in the given order. */
    public static ArrayNode array(List<Reference> refs) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        refs.forEach(r -> a.add(item(r)));
        return a;
    }

    /** The records as pretty-printed CSL-JSON text (an array, ending with a newline). */
    public static String write(List<Reference> refs) {
        java.io.StringWriter w = new java.io.StringWriter();
        try {
            write(refs, w);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("CSL-JSON serialisation failed", e);
        }
        return w.toString();
    }

    /**
     * Writes the records as pretty-printed CSL-JSON (the same text as {@link #write(List)}), one item
     * at a time: only one item's JSON tree is in memory at once, not the whole array.
     */
    public static void write(List<Reference> refs, java.io.Writer out) throws java.io.IOException {
        ArrayOut w = open(out, x -> { });
        for (Reference r : refs) w.add(r);
        w.finish();
    }

    /** Starts writing a CSL-JSON array item by item (the text of {@link #write(List, java.io.Writer)}); the array opens now. */
    public static ArrayOut open(java.io.Writer out, java.util.function.Consumer<Reference> written) throws java.io.IOException {
        return new ArrayOut(out, written, CslJson::item);
    }

    /**
     * Reads a CSL-JSON array (or a single item object). Items that are not objects, or lack an id or
     * type, are reported and still read where possible; broken JSON is reported with its line and column.
     */
    /**
     * The next value as a tree; a number Jackson cannot convert ({@code 0e9555555555555555555}: too
     * many exponent digits) becomes a syntax error at its place instead of an exception escaping.
     */
    private static JsonNode readTree(com.fasterxml.jackson.core.JsonParser p) throws IOException {
        try {
            return READER.readTree(p);
        } catch (NumberFormatException e) {
            throw new com.fasterxml.jackson.core.JsonParseException(p, "a number that cannot be read (" + e.getMessage() + ")");
        }
    }

    public static ParsedRecords read(SourceText src) {
        List<Reference> refs = new ArrayList<>();
        List<Diagnostic> diags = read(src, refs::add);
        return new ParsedRecords(refs, diags);
    }

    /**
     * Reads a CSL-JSON array (or a single item object) with Jackson's streaming parser, one item's tree at a
     * time, handing each record to {@code sink} as soon as its item is read; returns the findings (in the
     * order of {@link #read(SourceText)}: duplicate keys, then what stopped the reading, then the items').
     */
    public static List<Diagnostic> read(SourceText src, java.util.function.Consumer<Reference> sink) {
        List<Diagnostic> diags = new ArrayList<>();
        Items items = new Items(src, sink);
        org.opis.text.Limits limits = org.opis.text.Limits.current();
        com.fasterxml.jackson.core.JsonFactory factory = com.fasterxml.jackson.core.JsonFactory.builder()
                .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                        .maxNestingDepth((int) Math.min(Integer.MAX_VALUE, limits.jsonDepth()))
                        .maxStringLength((int) Math.min(Integer.MAX_VALUE, limits.jsonString()))
                        .maxNumberLength((int) Math.min(Integer.MAX_VALUE, limits.jsonString()))
                        .build())
                .build();
        diags.addAll(CslJsonChecks.duplicateKeys(src.text(), factory, loc -> spanOf(src, loc)));
        try (JsonParser p = factory.createParser(src.text())) {
            p.setCodec(READER);
            JsonToken first = p.nextToken();
            if (first == null) {
                return List.of(Diagnostic.error("csl-json/empty", Span.START, "the file is empty")
                        .withFix("give a CSL-JSON array of items, e.g. [{\"id\": \"x\", \"type\": \"book\", \"title\": \"…\"}]"));
            }
            if (first == JsonToken.START_OBJECT) {
                items.add(p.currentTokenLocation(), readTree(p));
            } else if (first == JsonToken.START_ARRAY) {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    JsonLocation loc = p.currentTokenLocation();
                    if (org.opis.text.EntryLimit.reached(items.count)) {
                        diags.add(org.opis.text.EntryLimit.finding(spanOf(src, loc)));
                        break;
                    }
                    JsonNode n = readTree(p);
                    items.add(loc, n);
                }
            } else {
                return List.of(Diagnostic.error("csl-json/not-array", spanOf(src, p.currentTokenLocation()),
                        "CSL-JSON must be an array of items (or one item object)"));
            }
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            JsonLocation loc = e.getLocation();
            String limit = e.getOriginalMessage().contains("nesting") ? "json-depth" : "json-string";
            diags.add(Diagnostic.error("csl-json/too-large", loc == null ? Span.START : spanOf(src, loc),
                    (limit.equals("json-depth") ? "arrays and objects nested more than " + limits.jsonDepth() + " deep"
                            : "a string or number longer than " + limits.jsonString() + " characters")
                            + (items.count == 0 ? "" : "; the " + items.count + " items before it were read"))
                    .withFix(org.opis.text.Limits.raise(limit)));
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            diags.add(Diagnostic.error("csl-json/syntax", loc == null ? Span.START : spanOf(src, loc),
                    "invalid JSON: " + e.getOriginalMessage() + (items.count == 0 ? "" : "; the " + items.count + " items before it were read")));
        } catch (IOException e) {
            diags.add(Diagnostic.error("csl-json/syntax", Span.START, "cannot read JSON: " + e.getMessage()));
        }
        diags.addAll(items.diags);
        return diags;
    }

    /** An array of JSON items being written one at a time with a pretty-printing generator. */
    public static final class ArrayOut implements org.opis.spi.RecordWriter {
        private final java.io.Writer out;
        private final java.util.function.Consumer<Reference> written;
        private final java.util.function.Function<Reference, JsonNode> item;
        private final com.fasterxml.jackson.core.JsonGenerator g;

        /** Opens the array on {@code out}; each record added is written as {@code item} makes it. */
        public ArrayOut(java.io.Writer out, java.util.function.Consumer<Reference> written,
                        java.util.function.Function<Reference, JsonNode> item) throws java.io.IOException {
            this.out = out;
            this.written = written;
            this.item = item;
            g = MAPPER.getFactory().createGenerator(out);
            g.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new com.fasterxml.jackson.core.util.DefaultPrettyPrinter());
            g.writeStartArray();
        }

        @Override
        public void add(Reference r) throws java.io.IOException {
            MAPPER.writeTree(g, item.apply(r));
            written.accept(r);
        }

        @Override
        public List<Diagnostic> finish() throws java.io.IOException {
            g.writeEndArray();
            g.close();
            out.write("\n");
            return List.of();
        }
    }

    /** The items read so far: each becomes a record as soon as it is read; their findings are kept apart. */
    private static final class Items {
        private final SourceText src;
        private final java.util.function.Consumer<Reference> sink;
        private final List<Diagnostic> diags = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();
        private int count;

        Items(SourceText src, java.util.function.Consumer<Reference> sink) {
            this.src = src;
            this.sink = sink;
        }

        void add(JsonLocation location, JsonNode node) {
            int index = ++count;
            Span span = spanOf(src, location);
            if (!node.isObject()) {
                diags.add(Diagnostic.error("csl-json/not-object", span, "item #" + index + " is not a JSON object; skipped"));
                return;
            }
            ObjectNode obj = (ObjectNode) node;
            String id = obj.path("id").asText("");
            if (id.isEmpty()) {
                id = "item" + index;
                diags.add(Diagnostic.error("csl-json/missing-id", span, "item #" + index + " has no id; it was given the id " + id)
                        .withFix("add \"id\": \"" + id + "\""));
                obj.put("id", id);
            }
            if (!ids.add(id)) {
                diags.add(Diagnostic.warning("csl-json/duplicate-id", span, "the id " + id + " is used by an earlier item too"));
            }
            if (!obj.hasNonNull("type")) {
                diags.add(Diagnostic.warning("csl-json/missing-type", span, "item " + id + " has no type; read as \"document\"")
                        .withFix("add \"type\": \"document\""));
            }
            sink.accept(toReference(obj, id, span, diags));
        }
    }

    /**
     * One CSL-JSON object as a record (what other importers that build CSL-JSON, such as RIS, use):
     * properties citeproc-java does not model are carried through as {@code csl:NAME}.
     */
    public static Reference fromJson(ObjectNode obj, String id, Span span, List<Diagnostic> diags) {
        return toReference(obj, id, span, diags);
    }

    private static Reference toReference(ObjectNode obj, String id, Span span, List<Diagnostic> diags) {
        if (CslJsonChecks.stripNul(obj)) {
            diags.add(Diagnostic.warning("csl-json/nul", span, "item " + id + " has NUL characters (\\u0000) in its strings; they were removed")
                    .withFix("remove the \\u0000 escapes"));
        }
        ObjectNode forCiteproc = obj.deepCopy();
        if (!forCiteproc.hasNonNull("type")) forCiteproc.put("type", "document");
        CslJsonChecks.check(forCiteproc, id, span, MAPPER, diags);
        CSLItemData data;
        @SuppressWarnings("unchecked")
        Map<String, Object> map = MAPPER.convertValue(forCiteproc, Map.class);
        try {
            data = CSLItemData.fromJson(map);
        } catch (RuntimeException e) {
            diags.add(Diagnostic.error("csl-json/bad-item", span, "item " + id + " could not be read as CSL data (" + e.getMessage()
                    + "); its properties are kept as they are"));
            ObjectNode minimal = JsonNodeFactory.instance.objectNode();
            minimal.put("id", id);
            minimal.put("type", "document");
            @SuppressWarnings("unchecked")
            Map<String, Object> m2 = MAPPER.convertValue(minimal, Map.class);
            data = CSLItemData.fromJson(m2);
        }
        // Whatever citeproc-java did not keep (or kept in another shape) is carried through verbatim.
        ObjectNode back = itemData(data);
        Map<String, String> extra = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (f.getKey().equals("id")) continue;
            JsonNode round = back.get(f.getKey());
            if (round == null || !round.equals(f.getValue())) {
                extra.put(EXTRA_PREFIX + f.getKey(), f.getValue().toString());
            }
        }
        return CslRecords.reference(id, data, span, obj.toString(), List.of(), false, extra);
    }

    private static Span spanOf(SourceText src, JsonLocation loc) {
        long off = loc.getCharOffset();
        if (off >= 0 && off <= src.text().length()) return src.span((int) off);
        int line = Math.max(1, loc.getLineNr());
        int col = Math.max(1, loc.getColumnNr());
        return Span.at(line, col);
    }
}
