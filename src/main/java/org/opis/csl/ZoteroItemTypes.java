package org.opis.csl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Zotero keeps when it imports a CSL-JSON item: for each Zotero item type (Manuscript, Document,
 * Book, …) the fields it has, the creator roles it accepts and which CSL variable lands in which
 * field. The facts are data ({@code org/opis/csl/zotero/item-types.json}, derived from Zotero's
 * published schema, commit noted in the file), plus the list of CSL 1.0 variables
 * ({@code csl-variables.tsv}).
 */
public final class ZoteroItemTypes {

    /** One Zotero item type as its CSL-JSON importer sees it. */
    public record ItemType(String name, String cslType, List<String> fields, List<String> creatorTypes,
                           String primaryCreatorType, Map<String, String> variables, Map<String, String> names) {
        public ItemType {
            fields = List.copyOf(fields);
            creatorTypes = List.copyOf(creatorTypes);
            variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
            names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
        }

        /** The Zotero field a CSL text or date variable fills for this type, if any. */
        public Optional<String> fieldFor(String variable) {
            return Optional.ofNullable(variables.get(variable));
        }

        /** The Zotero creator role a CSL name variable becomes for this type, if the type accepts it. */
        public Optional<String> creatorTypeFor(String nameVariable) {
            return Optional.ofNullable(names.get(nameVariable));
        }
    }

    /** The kind of value a CSL variable holds. */
    public enum Kind { TEXT, NAME, DATE, LIST, OBJECT }

    private record Override(String cslType, List<String> anyOf, List<String> allOf, String zoteroType) {
    }

    private static final class Holder {
        static final ZoteroItemTypes STANDARD = load();
    }

    private final Map<String, String> cslTypes;
    private final String unknownCslType;
    private final List<Override> overrides;
    private final Map<String, ItemType> itemTypes;
    private final Map<String, Kind> cslVariables;
    private final java.util.Set<String> importable;
    private final String source;

    private ZoteroItemTypes(Map<String, String> cslTypes, String unknownCslType, List<Override> overrides,
                            Map<String, ItemType> itemTypes, Map<String, Kind> cslVariables, java.util.Set<String> importable,
                            String source) {
        this.cslTypes = Collections.unmodifiableMap(cslTypes);
        this.unknownCslType = unknownCslType;
        this.overrides = List.copyOf(overrides);
        this.itemTypes = Collections.unmodifiableMap(itemTypes);
        this.cslVariables = Collections.unmodifiableMap(cslVariables);
        this.importable = java.util.Set.copyOf(importable);
        this.source = source;
    }

    /** The bundled tables (loaded once, shared, read-only). */
    public static ZoteroItemTypes standard() {
        return Holder.STANDARD;
    }

    /** Where the item-type facts come from (schema file and commit). */
    public String source() {
        return source;
    }

    /** Every Zotero item type opis knows, by Zotero name ({@code manuscript}, {@code journalArticle}, …). */
    public Map<String, ItemType> itemTypes() {
        return itemTypes;
    }

    /** One Zotero item type by name. */
    public Optional<ItemType> itemType(String zoteroName) {
        return Optional.ofNullable(itemTypes.get(zoteroName));
    }

    /** The Zotero type Zotero's CSL-JSON import gives a CSL type alone (unknown types become Document). */
    public ItemType forCslType(String cslType) {
        return itemTypes.get(cslTypes.getOrDefault(cslType, unknownCslType));
    }

    /**
     * True when Zotero's CSL JSON import accepts a file with an item of this type (its detector lists the
     * CSL types it accepts; one item of another type, e.g. {@code software}, makes it refuse the whole file).
     */
    public boolean isImportable(String cslType) {
        return importable.contains(cslType);
    }

    /** True when Zotero maps this CSL type to an item type of its own (not the Document fallback). */
    public boolean knowsCslType(String cslType) {
        return cslTypes.containsKey(cslType);
    }

    /**
     * The Zotero type Zotero's CSL-JSON import gives this item, including its special cases that look
     * at the variables present (a {@code book} with a {@code version} becomes Software, …).
     */
    public ItemType forItem(ObjectNode item) {
        String type = item.path("type").asText("");
        for (Override o : overrides) {
            if (!o.cslType().equals(type)) continue;
            boolean any = o.anyOf().isEmpty() || o.anyOf().stream().anyMatch(item::hasNonNull);
            boolean all = o.allOf().stream().allMatch(item::hasNonNull);
            if (any && all) return itemTypes.get(o.zoteroType());
        }
        return forCslType(type);
    }

    /** The kind of a CSL 1.0 variable, or empty when the name is not a CSL 1.0 variable. */
    public Optional<Kind> kind(String variable) {
        return Optional.ofNullable(cslVariables.get(variable));
    }

    /** True when the name is a property of the CSL 1.0 input schema (other than {@code id} and {@code type}). */
    public boolean isCslVariable(String variable) {
        return cslVariables.containsKey(variable);
    }

    private static ZoteroItemTypes load() {
        ObjectMapper m = new ObjectMapper();
        JsonNode root;
        try (InputStream in = resource("zotero/item-types.json")) {
            root = m.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled Zotero item types", e);
        }
        Map<String, String> cslTypes = new LinkedHashMap<>();
        root.path("cslTypes").fields().forEachRemaining(e -> cslTypes.put(e.getKey(), e.getValue().asText()));
        List<Override> overrides = new ArrayList<>();
        for (JsonNode o : root.path("typeOverrides")) {
            overrides.add(new Override(o.path("cslType").asText(), strings(o.path("anyOf")), strings(o.path("allOf")),
                    o.path("zoteroType").asText()));
        }
        Map<String, ItemType> types = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("itemTypes").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode t = e.getValue();
            types.put(e.getKey(), new ItemType(e.getKey(), t.path("cslType").asText(), strings(t.path("fields")),
                    strings(t.path("creatorTypes")), t.path("primaryCreatorType").asText("author"),
                    stringMap(t.path("variables")), stringMap(t.path("names"))));
        }
        Map<String, Kind> vars = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(resource("zotero/csl-variables.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                int tab = line.indexOf('\t');
                vars.put(line.substring(0, tab), Kind.valueOf(line.substring(tab + 1).trim().toUpperCase(java.util.Locale.ROOT)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled CSL variable list", e);
        }
        String source = root.path("source").path("schema").asText("zotero-schema");
        java.util.Set<String> importable = new java.util.HashSet<>(strings(root.path("importableCslTypes")));
        return new ZoteroItemTypes(cslTypes, root.path("unknownCslType").asText("document"), overrides, types, vars,
                importable, source);
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = ZoteroItemTypes.class.getResourceAsStream(name);
        if (in == null) throw new IOException("missing resource org/opis/csl/" + name);
        return in;
    }

    private static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Map<String, String> stringMap(JsonNode o) {
        Map<String, String> out = new LinkedHashMap<>();
        o.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }
}
