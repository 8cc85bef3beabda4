package org.opis.lexicon;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Month and season words, from the one table {@code org/opis/lexicon/months.tsv}: "July", "jul.",
 * "июля", "juillet", "korrik" → 7; "Winter" → 24 (CSL season). Loaded once, read-only.
 */
public final class Months {

    /** The vocabulary's resource path. */
    public static final String RESOURCE = "/org/opis/lexicon/months.tsv";

    private static final Map<String, Integer> WORDS = load();

    private Months() {
    }

    /** The month (1–12) or CSL season (21–24) a word names, ignoring case and a final period. */
    public static OptionalInt of(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) w = w.substring(0, w.length() - 1);
        Integer n = WORDS.get(w);
        return n == null ? OptionalInt.empty() : OptionalInt.of(n);
    }

    /** Every word, lower case, with its number. */
    public static Map<String, Integer> words() {
        return WORDS;
    }

    private static Map<String, Integer> load() {
        Map<String, Integer> m = new LinkedHashMap<>();
        Table t = Table.load(RESOURCE, Table.Column.text("word"), Table.Column.integer("month", 1, 24),
                Table.Column.text("languages"));
        for (Table.Row r : t.rows()) {
            int n = r.integer("month");
            if (n > 12 && n < 21) throw new IllegalStateException(RESOURCE + ":" + r.line() + ": months are 1–12, seasons 21–24");
            if (m.putIfAbsent(r.text("word"), n) != null) {
                throw new IllegalStateException(RESOURCE + ":" + r.line() + ": " + r.text("word") + " is listed twice");
            }
        }
        return Collections.unmodifiableMap(m);
    }
}
