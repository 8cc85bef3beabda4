package org.opis.reflist;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import de.undercouch.citeproc.csl.CSLName;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes stable, readable ids for entries: ASCII family name + year + first significant title word
 * ({@code hoxha1981ditar}); an archive gets its acronym ({@code rgaspi}). Names and titles in any
 * script are made ASCII with ICU transliteration. A second entry with the same id gets {@code a},
 * the next {@code b}, and so on. One instance serves one list.
 */
public final class Ids {

    private static final Set<String> STOPWORDS = Data.set("title-stopwords.txt");

    /** ICU transliterators are not thread-safe and costly to build: one per thread, reused by every list it parses. */
    private static final ThreadLocal<Transliterator> ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final ThreadLocal<Transliterator> LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Latin-ASCII; Lower"));
    private final Map<String, Integer> seen = new HashMap<>();

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
            for (String w : NON_ALNUM.split(ascii(n.getLiteral()))) {
                if (!w.isEmpty() && !STOPWORDS.contains(w)) return w;
            }
            return "";
        }
        return "";
    }

    /** The first two significant words of a title, transliterated word by word (only as far as needed). */
    private String[] significantWords(String s) {
        String clean = s.replace("'", "").replace("’", "").replace("ʹ", "");
        List<String> out = new ArrayList<>(2);
        for (String raw : SPACES.split(clean)) {
            if (raw.isEmpty()) continue;
            for (String w : NON_ALNUM.split(ascii(raw))) {
                if (!w.isEmpty() && !STOPWORDS.contains(w) && !w.chars().allMatch(Character::isDigit) && w.length() > 2 && !isRoman(w)) {
                    out.add(w);
                    if (out.size() == 2) return out.toArray(new String[0]);
                }
            }
        }
        return out.toArray(new String[0]);
    }

    private static boolean isRoman(String w) {
        return w.chars().allMatch(c -> "ivxlc".indexOf(c) >= 0);
    }

    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^a-z0-9]");

    private String word(String s) {
        return NOT_WORD.matcher(ascii(s).toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /**
     * The last transliterated spellings of this thread (text to spelling, least recently used dropped past
     * {@link #MEMO_SIZE}): a transliteration is a pure function of its text and costs 10-300 µs, and a list repeats its
     * words (places, publishers, authors, series), so each is transliterated once while it is in use.
     */
    private static final int MEMO_SIZE = 4096;
    private static final ThreadLocal<Map<String, String>> MEMO = ThreadLocal.withInitial(() -> new java.util.LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> e) {
            return size() > MEMO_SIZE;
        }
    });

    /** Lower-case ASCII spelling; plain ASCII text skips the (slow) transliterators, Latin text skips Any-Latin. */
    private static String ascii(String s) {
        boolean plain = true;
        boolean latin = true;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128) continue;
            plain = false;
            int sc = UScript.getScript(c);
            if (sc != UScript.LATIN && sc != UScript.COMMON && sc != UScript.INHERITED) {
                latin = false;
                break;
            }
        }
        if (plain) return s.toLowerCase(Locale.ROOT);
        Map<String, String> memo = MEMO.get();
        String known = memo.get(s);
        if (known != null) return known;
        String out = transliterated(s, latin);
        memo.put(s, out);
        return out;
    }

    /** The ASCII spelling of a text that is not plain ASCII ({@code latin}: every letter of it is of the Latin script). */
    private static String transliterated(String s, boolean latin) {
        if (latin) {
            // accents only (ố, ë, č): decomposing and dropping the marks gives what Latin-ASCII gives, much faster
            String bare = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
            boolean ascii = true;
            for (int i = 0; i < bare.length() && ascii; i++) ascii = bare.charAt(i) < 128;
            return ascii ? bare.toLowerCase(Locale.ROOT) : LATIN.get().transliterate(s);
        }
        return ASCII.get().transliterate(s);
    }
}
