package org.opis.lexicon;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Lower-case name particles ("van", "von", "de", "ibn", "al-"), from the one table {@code org/opis/lexicon/particles.tsv}. */
public final class Particles {

    /** The vocabulary's resource path. */
    public static final String RESOURCE = "/org/opis/lexicon/particles.tsv";

    private static final Set<String> ALL = load();

    private Particles() {
    }

    /** Every particle, lower case ({@link Locale#ROOT}), in file order. */
    public static Set<String> all() {
        return ALL;
    }

    private static Set<String> load() {
        Set<String> out = new LinkedHashSet<>();
        for (Table.Row r : Table.load(RESOURCE, Table.Column.text("particle"), Table.Column.text("languages")).rows()) {
            if (!out.add(r.text("particle").toLowerCase(Locale.ROOT))) {
                throw new IllegalStateException(RESOURCE + ":" + r.line() + ": " + r.text("particle") + " is listed twice");
            }
        }
        return java.util.Collections.unmodifiableSet(out);
    }
}
