package org.opis.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A record as CSL data in opis's own immutable form: the CSL-JSON object of one item (the shape
 * {@code opis export --format csl-json} writes for it), as maps, lists, strings and numbers. It is
 * what a program using opis reads a reference's fields from, so that no citeproc-java type appears in
 * opis's API.
 *
 * <pre>{@code
 * CslItem item = reference.item();
 * item.type();                 // "book"
 * item.text("title");          // Optional["Magnetic Mountain"]
 * item.names("author");        // [{family=Kotkin, given=Stephen}]
 * item.dateParts("issued");    // [[1995]]
 * }</pre>
 *
 * @param fields the CSL-JSON object: variable name → string, number, list of name objects, or date object
 */
public record CslItem(Map<String, Object> fields) {

    public CslItem {
        fields = frozenMap(fields == null ? Map.of() : fields);
    }

    /** The CSL item type ({@code book}, {@code article-journal}, {@code chapter} …), or "" when none is set. */
    public String type() {
        return text("type").orElse("");
    }

    /** A standard or number variable as text ({@code title}, {@code container-title}, {@code volume}, {@code page} …). */
    public Optional<String> text(String variable) {
        Object v = fields.get(variable);
        return v instanceof String || v instanceof Number ? Optional.of(v.toString()) : Optional.empty();
    }

    /** The names of a name variable ({@code author}, {@code editor}, {@code translator} …): each a CSL name object ({@code family}, {@code given}, {@code literal}, particles). */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> names(String variable) {
        Object v = fields.get(variable);
        if (!(v instanceof List<?> l)) return List.of();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object o : l) if (o instanceof Map<?, ?> m) out.add((Map<String, Object>) m);
        return List.copyOf(out);
    }

    /** The {@code date-parts} of a date variable ({@code issued}, {@code accessed} …): one list of year, month, day per date (two for a range). */
    @SuppressWarnings("unchecked")
    public List<List<Object>> dateParts(String variable) {
        if (fields.get(variable) instanceof Map<?, ?> m && m.get("date-parts") instanceof List<?> parts) {
            List<List<Object>> out = new ArrayList<>();
            for (Object p : parts) if (p instanceof List<?> l) out.add((List<Object>) l);
            return List.copyOf(out);
        }
        return List.of();
    }

    private static Map<String, Object> frozenMap(Map<?, ?> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            Object v = frozen(e.getValue());
            if (v != null) out.put(String.valueOf(e.getKey()), v);
        }
        return Collections.unmodifiableMap(out);
    }

    private static Object frozen(Object v) {
        if (v instanceof Map<?, ?> m) return frozenMap(m);
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object o : l) {
                Object f = frozen(o);
                if (f != null) out.add(f);
            }
            return Collections.unmodifiableList(out);
        }
        if (v instanceof Object[] a) return frozen(java.util.Arrays.asList(a));
        if (v instanceof int[] a) return java.util.Arrays.stream(a).boxed().toList();
        if (v instanceof Iterable<?> it) {
            List<Object> l = new ArrayList<>();
            it.forEach(l::add);
            return frozen(l);
        }
        if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean) return v;
        return v.toString(); // a CSL enumeration (the item type): its CSL name
    }
}
