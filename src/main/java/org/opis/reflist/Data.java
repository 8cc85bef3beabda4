package org.opis.reflist;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Loads the reference-list conventions kept as data files in {@code org/opis/reflist/} (the one table loader of the reference-list reader and its tagger). */
public final class Data {
    private Data() {
    }

    public static List<String> lines(String file) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Data.class.getResourceAsStream(file)) {
            if (in == null) throw new IOException("missing resource org/opis/reflist/" + file);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(line.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    /**
     * The first word of each line of a file of phrases or phrase patterns, letters only, lower case, each once: words an
     * entry must hold (case ignored) for one of the phrases to match it, so a reader can skip an entry holding none.
     */
    public static List<String> firstWords(String file) {
        return lines(file).stream().map(l -> l.split(" ")[0].replaceAll("[^\\p{L}]", "").toLowerCase(java.util.Locale.ROOT))
                .filter(w -> !w.isEmpty()).distinct().toList();
    }

    public static Set<String> set(String file) {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(lines(file)));
    }

    public static Map<String, String> map(String file) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String l : lines(file)) {
            String[] f = l.split("\t");
            if (f.length >= 2) m.putIfAbsent(f[0], f[1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * Month and season words (lower case, no full stop) with their number as text ("july" → "7",
     * "winter" → "24"), from the lexicon's one month table ({@link org.opis.lexicon.Months}).
     */
    public static Map<String, String> months() {
        Map<String, String> m = new LinkedHashMap<>();
        org.opis.lexicon.Months.words().forEach((w, n) -> m.put(w, String.valueOf(n)));
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Season words with their CSL season as text (1 spring … 4 winter), the months 21–24 of the lexicon's month table. */
    public static Map<String, String> seasons() {
        Map<String, String> m = new LinkedHashMap<>();
        org.opis.lexicon.Months.words().forEach((w, n) -> {
            if (n > 20) m.put(w, String.valueOf(n - 20));
        });
        return java.util.Collections.unmodifiableMap(m);
    }
}
