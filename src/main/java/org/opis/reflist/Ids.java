package org.opis.reflist;

import com.ibm.icu.text.Transliterator;
import de.undercouch.citeproc.csl.CSLName;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Makes stable, readable ids for entries: ASCII family name + year + first significant title word
 * ({@code hoxha1981ditar}); an archive gets its acronym ({@code rgaspi}). Names and titles in any
 * script are made ASCII with ICU transliteration. A second entry with the same id gets {@code a},
 * the next {@code b}, and so on. One instance serves one list.
 */
public final class Ids {

    private static final Set<String> STOPWORDS = Data.set("title-stopwords.txt");

    private Transliterator ascii; // made on first non-ASCII text: creating it is costly
    private final Map<String, Integer> seen = new HashMap<>();

    /** Lower-case ASCII of {@code s}; ASCII text needs no ICU (which would only lower its case). */
    private String toAscii(String s) {
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) plain = s.charAt(i) < 128;
        if (plain) return s.toLowerCase(Locale.ROOT);
        if (ascii == null) ascii = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");
        return ascii.transliterate(s);
    }

    /** The next id for a record with these names (possibly empty), first year (0 when none), title and archive acronym. */
    public String next(List<CSLName> names, int year, String title, String acronym, boolean archive) {
        String base;
        if (archive && acronym != null) {
            base = word(acronym.replace(" ", ""));
        } else {
            String name = names.isEmpty() ? "" : nameKey(names.get(0));
            String[] words = significantWords(title == null ? "" : title);
            int w = 0;
            if (name.isEmpty() && words.length > 0) name = words[w++];
            String tw = w < words.length ? words[w] : "";
            base = (name.isEmpty() ? "anon" : name) + (year > 0 ? Integer.toString(year) : "") + tw;
        }
        if (base.isEmpty()) base = "ref";
        int n = seen.merge(base, 1, Integer::sum);
        if (n == 1) return base;
        // a, b, … then aa, ab, …
        StringBuilder suf = new StringBuilder();
        int k = n - 2;
        do {
            suf.insert(0, (char) ('a' + k % 26));
            k = k / 26 - 1;
        } while (k >= 0);
        String id = base + suf;
        while (seen.containsKey(id)) id = id + "x";
        seen.put(id, 1);
        return id;
    }

    private String nameKey(CSLName n) {
        if (n.getFamily() != null) return word(n.getFamily());
        if (n.getLiteral() != null) {
            for (String w : toAscii(n.getLiteral()).split("[^a-z0-9]+")) {
                if (!w.isEmpty() && !STOPWORDS.contains(w)) return w;
            }
            return "";
        }
        return "";
    }

    private String[] significantWords(String s) {
        String t = toAscii(s.replace("'", "").replace("’", "").replace("ʹ", ""));
        return java.util.Arrays.stream(t.split("[^a-z0-9]+"))
                .filter(w -> !w.isEmpty() && !STOPWORDS.contains(w) && !w.chars().allMatch(Character::isDigit))
                .filter(w -> w.length() > 2 && !isRoman(w))
                .toArray(String[]::new);
    }

    private static boolean isRoman(String w) {
        return w.chars().allMatch(c -> "ivxlc".indexOf(c) >= 0);
    }

    private String word(String s) {
        return toAscii(s).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
