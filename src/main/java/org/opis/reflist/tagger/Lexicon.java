package org.opis.reflist.tagger;

import org.opis.reflist.Data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tagger's dictionaries, all data files read through {@link Data}: {@code tagger/lexicon.tsv}
 * (label words, places, publisher words, GOST markers, Russian surname endings …),
 * the month names of {@code org/opis/lexicon/months.tsv}, the words of personal names of {@code org/opis/lexicon/name-words.tsv} (class {@code given}) and the name particles of {@code org/opis/lexicon/particles.tsv}.
 */
public final class Lexicon {
    private static final Map<String, String[]> WORDS;
    private static final List<String> ENDINGS;
    /** The endings by their last char ({@code ENDING_LASTS[k]} ends every one of {@code BY_LAST[k]}), an empty ending aside. */
    private static final char[] ENDING_LASTS;
    private static final String[][] BY_LAST;
    private static final boolean EMPTY_ENDING;

    static {
        Map<String, List<String>> m = new HashMap<>();
        List<String> endings = new ArrayList<>();
        for (String line : Data.lines("tagger/lexicon.tsv")) {
            String[] f = line.split("\t");
            if (f.length < 2) continue;
            if (f[1].equals("rusend")) endings.add(f[0]);
            else m.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[1]);
        }
        for (String k : org.opis.lexicon.Months.words().keySet()) m.computeIfAbsent(k.toLowerCase(Locale.ROOT).replace(".", ""), x -> new ArrayList<>()).add("month");
        for (String p : org.opis.lexicon.Particles.all()) m.computeIfAbsent(p.toLowerCase(Locale.ROOT), x -> new ArrayList<>()).add("particle");
        for (String w : org.opis.lexicon.NameWords.all().keySet()) m.computeIfAbsent(w, x -> new ArrayList<>()).add("given");
        Map<String, String[]> frozen = new HashMap<>();
        m.forEach((k, v) -> frozen.put(k, v.stream().distinct().toArray(String[]::new)));
        WORDS = frozen;
        ENDINGS = List.copyOf(endings);
        Map<Character, List<String>> byLast = new java.util.LinkedHashMap<>();
        boolean empty = false;
        for (String e : ENDINGS) {
            if (e.isEmpty()) empty = true;
            else byLast.computeIfAbsent(e.charAt(e.length() - 1), c -> new ArrayList<>()).add(e);
        }
        ENDING_LASTS = new char[byLast.size()];
        BY_LAST = new String[byLast.size()][];
        int k = 0;
        for (Map.Entry<Character, List<String>> e : byLast.entrySet()) {
            ENDING_LASTS[k] = e.getKey();
            BY_LAST[k++] = e.getValue().toArray(new String[0]);
        }
        EMPTY_ENDING = empty;
    }

    private static final String[] NONE = new String[0];

    private Lexicon() {
    }

    /** The dictionary classes of a lower-case word (empty when none). */
    public static String[] classes(String lower) {
        return WORDS.getOrDefault(lower, NONE);
    }

    /** Whether a lower-case word has this dictionary class ({@code month}, {@code conj}, {@code in}, {@code vol} …). */
    static boolean is(String lower, String cls) {
        for (String c : classes(lower)) if (c.equals(cls)) return true;
        return false;
    }

    static boolean isMonth(String lower) {
        return is(lower, "month");
    }

    /** Whether a word ends like a Russian surname (Cyrillic or transliterated). */
    static boolean russianEnding(String lower) {
        if (lower.length() < 4) return false;
        if (EMPTY_ENDING) return true;
        // an ending can only match a word with its last char: only those endings are tried
        char last = lower.charAt(lower.length() - 1);
        for (int k = 0; k < ENDING_LASTS.length; k++) {
            if (ENDING_LASTS[k] != last) continue;
            for (String e : BY_LAST[k]) if (lower.endsWith(e)) return true;
            return false;
        }
        return false;
    }
}
