package org.opis.lexicon;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Role markers ("ed.", "(eds.)", "пер.", "hrsg.", "сост.") and the CSL name variable each makes the
 * names beside it (editor, translator, compiler), from the one table {@code org/opis/lexicon/roles.tsv}.
 */
public final class Roles {

    /** The vocabulary's resource path. */
    public static final String RESOURCE = "/org/opis/lexicon/roles.tsv";

    /** After a name list in a reference list entry ("Getty, J. A., ed."). */
    public static final String LIST = "list";
    /** Between a note's author and its title ("…, eds., *Istoriia stalinskogo Gulaga*"). */
    public static final String NOTE = "note";

    /** Before the names it applies to in a reference list entry ("Edited by …", "Под ред. …"). */
    public static final String BEFORE = "before";

    private static final Map<String, Map<String, String>> BY_CONTEXT = load();

    private Roles() {
    }

    /** The markers read in {@code context}, lower case ({@link Locale#ROOT}), with their role, in file order. */
    public static Map<String, String> in(String context) {
        return BY_CONTEXT.getOrDefault(context, Map.of());
    }

    /** The markers read in {@code context} that give one of {@code roles}, lower case, in file order. */
    public static java.util.List<String> in(String context, String... roles) {
        java.util.List<String> wanted = java.util.List.of(roles);
        return in(context).entrySet().stream().filter(e -> wanted.contains(e.getValue())).map(Map.Entry::getKey).toList();
    }

    private static Map<String, Map<String, String>> load() {
        Table t = Table.load(RESOURCE, Table.Column.text("marker"),
                Table.Column.oneOf("role", "editor", "translator", "compiler"), Table.Column.text("contexts"));
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        out.put(LIST, new LinkedHashMap<>());
        out.put(NOTE, new LinkedHashMap<>());
        out.put(BEFORE, new LinkedHashMap<>());
        for (Table.Row r : t.rows()) {
            for (String c : Table.words(t, r, "contexts", LIST, NOTE, BEFORE)) {
                if (out.get(c).putIfAbsent(r.text("marker").toLowerCase(Locale.ROOT), r.text("role")) != null) {
                    throw new IllegalStateException(RESOURCE + ":" + r.line() + ": " + r.text("marker") + " is listed twice");
                }
            }
        }
        out.replaceAll((k, v) -> Collections.unmodifiableMap(v));
        return Collections.unmodifiableMap(out);
    }
}
