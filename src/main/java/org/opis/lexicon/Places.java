package org.opis.lexicon;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Places of publication ("São Paulo", "Kraków", "Chapel Hill"), from the one table {@code
 * org/opis/lexicon/places.tsv}: the words of each place, lower case, for asking whether a short
 * imprint statement names a place.
 */
public final class Places {

    /** The vocabulary's resource path. */
    public static final String RESOURCE = "/org/opis/lexicon/places.tsv";

    private static final Set<String> WORDS = load();

    private Places() {
    }

    /** Every word of every place, lower case ({@link Locale#ROOT}), without a closing full stop. */
    public static Set<String> words() {
        return WORDS;
    }

    private static Set<String> load() {
        Set<String> out = new LinkedHashSet<>();
        for (Table.Row r : Table.load(RESOURCE, Table.Column.text("place"), Table.Column.text("country")).rows()) {
            for (String w : r.text("place").toLowerCase(Locale.ROOT).split("[\\s,/-]+")) {
                if (!w.isEmpty()) out.add(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
            }
        }
        return java.util.Collections.unmodifiableSet(out);
    }
}
