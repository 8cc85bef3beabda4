package org.opis.lexicon;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Words common in personal names ("robert", "sergei", "nguyen"), lower case, from the one table {@code org/opis/lexicon/name-words.tsv}. */
public final class NameWords {

    /** The vocabulary's resource path. */
    public static final String RESOURCE = "/org/opis/lexicon/name-words.tsv";

    private static final Map<String, String> KIND = load();

    private NameWords() {
    }

    /** Every word, lower case, with its kind ({@code given} or {@code family}), in file order. */
    public static Map<String, String> all() {
        return KIND;
    }

    /** Whether the word (any case) is a given name of the table. */
    public static boolean given(String word) {
        return "given".equals(KIND.get(word.toLowerCase(Locale.ROOT)));
    }

    private static Map<String, String> load() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Table.Row r : Table.load(RESOURCE, Table.Column.text("word"), Table.Column.oneOf("kind", "given", "family")).rows()) {
            if (out.put(r.text("word").toLowerCase(Locale.ROOT), r.text("kind")) != null) {
                throw new IllegalStateException(RESOURCE + ":" + r.line() + ": " + r.text("word") + " is listed twice");
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
