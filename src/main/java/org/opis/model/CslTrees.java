package org.opis.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.JsonBuilder;
import de.undercouch.citeproc.helper.json.JsonBuilderFactory;
import de.undercouch.citeproc.helper.json.JsonObject;
import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;

import java.io.IOException;
import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Map;

/**
 * A citeproc-java record as a Jackson tree (the chooser's and the JSON output's), built directly from the values citeproc-java hands its
 * JSON builder, instead of printing the record as JSON text and parsing it back (14% of list parsing
 * went there). The tree is the one the text would parse to: strings, whole numbers, booleans, arrays,
 * lists, maps with string keys, nested records and other values (an enum, as its string) become the same
 * nodes; for a value that could differ (a float, a non-finite double, a big number, a map with other keys) the record takes the old way through the
 * text, so the result never differs. {@code ItemTreesTest} (org.opis.reflist) compares both ways on every list's records.
 */
public final class CslTrees {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonBuilderFactory TREES = TreeBuilder::new;

    private CslTrees() {
    }

    /** The record as the tree its CSL-JSON text parses to; an empty object when it cannot be read. */
    public static JsonNode of(CSLItemData d) {
        JsonNode n = direct(d);
        return n != null ? n : viaText(d);
    }

    /** The record's tree built directly, or null when only its text can make it (then parse the text). */
    public static JsonNode direct(CSLItemData d) {
        try {
            Object built = d.toJson(TREES.createJsonBuilder());
            if (built instanceof JsonNode n) return n;
        } catch (RuntimeException e) {
            // Unsupported: a value the tree does not make as the text would; the text's way
        }
        return null;
    }

    /** The old way: the record printed by citeproc-java's string builder and parsed back. */
    public static JsonNode viaText(CSLItemData d) {
        try {
            return MAPPER.readTree(String.valueOf(d.toJson(new StringJsonBuilderFactory().createJsonBuilder())));
        } catch (IOException | RuntimeException e) {
            return MAPPER.createObjectNode();
        }
    }

    /** Thrown for a value whose tree could differ from its text's. */
    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private static final class TreeBuilder implements JsonBuilder {
        private final ObjectNode node = NODES.objectNode();

        @Override
        public JsonBuilder add(String name, Object o) {
            node.set(name, tree(o));
            return this;
        }

        @Override
        public Object build() {
            return node;
        }

        @Override
        public Object toJson(Object o) {
            return tree(o);
        }
    }

    private static JsonNode tree(Object o) {
        if (o == null) throw new Unsupported();
        if (o instanceof JsonObject j) {
            Object built = j.toJson(TREES.createJsonBuilder());
            if (built instanceof JsonNode n) return n;
            throw new Unsupported();
        }
        if (o instanceof String s) return NODES.textNode(s);
        if (o instanceof Boolean b) return NODES.booleanNode(b);
        if (o instanceof Integer || o instanceof Short || o instanceof Byte) return NODES.numberNode(((Number) o).intValue());
        if (o instanceof Long l) {
            return l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE ? NODES.numberNode(l.intValue()) : NODES.numberNode(l.longValue());
        }
        if (o instanceof Double d && Double.isFinite(d) && Double.parseDouble(String.valueOf(d)) == d) return NODES.numberNode(d.doubleValue());
        if (o.getClass().isArray()) {
            ArrayNode a = NODES.arrayNode();
            int n = Array.getLength(o);
            for (int i = 0; i < n; i++) a.add(tree(Array.get(o, i)));
            return a;
        }
        if (o instanceof Collection<?> c) {
            ArrayNode a = NODES.arrayNode();
            for (Object e : c) a.add(tree(e));
            return a;
        }
        if (o instanceof Map<?, ?> m) {
            ObjectNode on = NODES.objectNode();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!(e.getKey() instanceof String k)) throw new Unsupported();
                on.set(k, tree(e.getValue()));
            }
            return on;
        }
        if (o instanceof Number) throw new Unsupported();
        // anything else (a string, an enum such as the item's type) is written as its string, quoted
        return NODES.textNode(String.valueOf(o));
    }
}
