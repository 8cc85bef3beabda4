package org.opis.lexicon;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Given names of languages that write the family name first without a comma ({@code Kovács János}), from the one table
 * {@code org/opis/lexicon/family-first-given-names.tsv}: a two-word name in reading order whose second word is one of them
 * and whose first is no given name of {@link NameWords} is read family first.
 */
public final class FamilyFirstNames {

    /** The vocabulary's resource path. */
    public static final String RESOURCE = "/org/opis/lexicon/family-first-given-names.tsv";

    private static final Set<String> ALL = load();

    private FamilyFirstNames() {
    }

    /** True when {@code first second} is a family name followed by a given name of the table ({@code Szabó Magdolna}). */
    public static boolean familyFirst(String first, String second) {
        return ALL.contains(second) && !ALL.contains(first) && !NameWords.given(first)
                && Character.isUpperCase(first.codePointAt(0)) && !first.endsWith(".");
    }

    private static Set<String> load() {
        Set<String> out = new LinkedHashSet<>();
        for (Table.Row r : Table.load(RESOURCE, Table.Column.text("name"), Table.Column.text("language")).rows()) {
            if (!out.add(r.text("name"))) {
                throw new IllegalStateException(RESOURCE + ":" + r.line() + ": " + r.text("name") + " is listed twice");
            }
        }
        return java.util.Collections.unmodifiableSet(out);
    }
}
