package org.opis.names;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Matching keys for names and short titles, so that one name spelt in two romanization systems
 * or with and without diacritics is recognised as the same (Bukharkin ↔ Buharkin, Mosyakov ↔
 * Mosjakov, Harutyun ↔ Arutyun, Ognětov ↔ Ognetov), and the reason for a loose match can be told.
 *
 * <p>A key is built in three steps: ICU transliteration to Latin without diacritics
 * ({@code Any-Latin; Latin-ASCII}, after NFKD), lower case with soft signs and punctuation
 * dropped, and then the folding rules of {@code romanization-folding.tsv} (data, not code).
 * Instances are immutable and safe to share between threads (each thread gets its own ICU
 * transliterator). Transliteration is the costly step: callers that compare the same names
 * many times prepare them once ({@link #prepare}) or keep a {@link Memo} for one run.
 */
public final class MatchKey {

    /** How closely two names agree. */
    public enum Closeness {
        /** The same spelling (ignoring case and Unicode normalization). */
        EXACT,
        /** The same letters once diacritics are removed (Ognětov / Ognetov). */
        DIACRITICS,
        /** The same name in another romanization (Bukharkin / Buharkin). */
        TRANSLITERATION,
        /** Different names. */
        NONE;

        /** True for every closeness except {@link #NONE}. */
        public boolean matches() {
            return this != NONE;
        }
    }

    /**
     * The outcome of comparing two names.
     *
     * @param closeness how closely they agree
     * @param reason    plain words saying why a loose match was accepted (empty for exact or none)
     */
    public record Comparison(Closeness closeness, String reason) {
        public Comparison {
            Objects.requireNonNull(closeness, "closeness");
            reason = reason == null ? "" : reason;
        }

        public boolean matches() {
            return closeness.matches();
        }
    }

    private record Rule(String from, String to, boolean wordStart, boolean wordEnd, String why) {
    }

    /**
     * A name (or short title) with every form that comparing it needs, computed once: the name
     * as written (stripped), its exact form (case folded, NFC, apostrophes unified), its ASCII
     * form, its folded key and the folding rules that fired on the way (in order). Immutable.
     *
     * @param written the name as written, without leading or trailing spaces
     * @param exact   the form compared for an exact match
     * @param ascii   see {@link MatchKey#ascii(String)}
     * @param key     see {@link MatchKey#key(String)}
     * @param fired   the reasons of the folding rules that changed the ASCII form, in order
     */
    public record Prepared(String written, String exact, String ascii, String key, List<String> fired) {
        public Prepared {
            Objects.requireNonNull(written, "written");
            Objects.requireNonNull(exact, "exact");
            Objects.requireNonNull(ascii, "ascii");
            Objects.requireNonNull(key, "key");
            fired = List.copyOf(fired);
        }
    }

    private static final String RESOURCE = "romanization-folding.tsv";
    private static final MatchKey STANDARD = load();

    private final List<Rule> rules;
    private final boolean collapseDoubles;
    private final String doublesWhy;
    /** ICU transliterators are not thread-safe: one per thread (created on first use). */
    private final ThreadLocal<Transliterator> toAscii =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));
    private final Normalizer2 nfkd = Normalizer2.getNFKDInstance();
    private final Normalizer2 nfc = Normalizer2.getNFCInstance();

    private MatchKey(List<Rule> rules, boolean collapseDoubles, String doublesWhy) {
        this.rules = List.copyOf(rules);
        this.collapseDoubles = collapseDoubles;
        this.doublesWhy = doublesWhy;
        toAscii.get(); // fail early if ICU lacks the transform
    }

    /** The shared key builder with the bundled folding table. */
    public static MatchKey standard() {
        return STANDARD;
    }

    private static MatchKey load() {
        List<Rule> rules = new ArrayList<>();
        boolean doubles = false;
        String doublesWhy = "";
        try (InputStream in = MatchKey.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f[0].equals("!double")) {
                    doubles = true;
                    doublesWhy = f.length > 2 ? f[2] : "doubled letter";
                    continue;
                }
                String from = f[0];
                boolean start = from.startsWith("^");
                boolean end = from.endsWith("$");
                if (start) from = from.substring(1);
                if (end) from = from.substring(0, from.length() - 1);
                rules.add(new Rule(from, f.length > 1 ? f[1] : "", start, end, f.length > 2 ? f[2] : from));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MatchKey(rules, doubles, doublesWhy);
    }

    /** The name in Latin letters, lower case, without diacritics, soft signs or punctuation (words kept apart by one space). */
    public String ascii(String name) {
        return ascii(name, false);
    }

    /**
     * As {@link #ascii(String)}; with {@code alwaysIcu} false, text that is plain Latin once
     * decomposed skips ICU, whose answer it is known to give (see {@link #plainLatin}).
     */
    String ascii(String name, boolean alwaysIcu) {
        String s = nfkd.normalize(name == null ? "" : name);
        String latin = !alwaysIcu && plainLatin(s) ? s : toAscii.get().transliterate(s);
        latin = UCharacter.foldCase(latin, true);
        StringBuilder sb = new StringBuilder(latin.length());
        boolean space = false;
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (space && sb.length() > 0) sb.append(' ');
                space = false;
                sb.append(c);
            } else if (c == '\'' || c == '\u2019' || c == '\u02B9' || c == '\u02BA' || c == '"' || c == '`'
                    || c == '\u02BC' || c == '\u2018' || c == '\u201C' || c == '\u201D'
                    || Character.getType(c) == Character.NON_SPACING_MARK) {
                // soft / hard signs and apostrophes inside a word: dropped, the word goes on
            } else {
                space = true;
            }
        }
        return sb.toString();
    }

    /**
     * True when decomposed text holds only ASCII, combining accents (U+0300–U+036F but U+0345),
     * apostrophes and soft signs ({@code ʹ ʺ ʼ ’ ‘}), curly double quotes, guillemets and dashes.
     * ICU leaves ASCII as it is, takes accents off, makes the apostrophes and quotes {@code '} or
     * {@code "} (dropped below), guillemets {@code << >>} and dashes {@code -} (word breaks), so
     * the key is the same without it — and transliteration is by far the slowest step.
     */
    private static boolean plainLatin(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) continue;
            if (c >= '\u0300' && c <= '\u036F' && c != '\u0345') continue;
            switch (c) {
                case '\u02B9', '\u02BA', '\u02BC', '\u2018', '\u2019', '\u201C', '\u201D', '\u00AB', '\u00BB', '\u2013', '\u2014' -> {
                }
                default -> {
                    return false;
                }
            }
        }
        return true;
    }

    /** The folded matching key of a name or short title. */
    public String key(String name) {
        return fold(ascii(name), null);
    }

    private String fold(String ascii, Set<String> fired) {
        String s = ascii;
        for (Rule r : rules) {
            String t = apply(s, r);
            if (!t.equals(s) && fired != null) fired.add(r.why());
            s = t;
        }
        if (collapseDoubles) {
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (i > 0 && c == s.charAt(i - 1) && c != ' ') {
                    if (fired != null) fired.add(doublesWhy);
                    continue;
                }
                sb.append(c);
            }
            s = sb.toString();
        }
        return s;
    }

    private static String apply(String s, Rule r) {
        if (r.from().isEmpty() || !s.contains(r.from())) return s;
        StringBuilder sb = new StringBuilder(s.length() + 8);
        int i = 0;
        int n = s.length();
        int len = r.from().length();
        while (i < n) {
            if (s.startsWith(r.from(), i)
                    && (!r.wordStart() || i == 0 || s.charAt(i - 1) == ' ')
                    && (!r.wordEnd() || i + len == n || s.charAt(i + len) == ' ')) {
                sb.append(r.to());
                i += len;
            } else {
                sb.append(s.charAt(i++));
            }
        }
        return sb.toString();
    }

    /** Prepares a name for many comparisons: {@code compare(prepare(a), prepare(b))} equals {@code compare(a, b)}. */
    public Prepared prepare(String name) {
        String n = name == null ? "" : name;
        String written = n.strip();
        String exact = normalizeQuotes(UCharacter.foldCase(nfc.normalize(written), true));
        String ascii = ascii(n);
        Set<String> fired = new LinkedHashSet<>();
        String key = fold(ascii, fired);
        return new Prepared(written, exact, ascii, key, new ArrayList<>(fired));
    }

    /** Compares two names (for example a cited surname and a surname in the reference list). */
    public Comparison compare(String a, String b) {
        return compare(prepare(a), prepare(b));
    }

    /** Compares two prepared names; the same answer as comparing the names they were prepared from. */
    public Comparison compare(Prepared a, Prepared b) {
        if (a.exact().equals(b.exact())) return new Comparison(Closeness.EXACT, "");
        String aa = a.ascii();
        String ab = b.ascii();
        if (aa.isEmpty() || ab.isEmpty()) return new Comparison(Closeness.NONE, "");
        if (aa.equals(ab)) {
            return new Comparison(Closeness.DIACRITICS,
                    "spelling differs only in diacritics or soft signs (" + a.written() + " / " + b.written() + ")");
        }
        if (!a.key().equals(b.key())) return new Comparison(Closeness.NONE, "");
        Set<String> diff = new LinkedHashSet<>(a.fired());
        b.fired().forEach(diff::remove);
        Set<String> other = new LinkedHashSet<>(b.fired());
        a.fired().forEach(other::remove);
        diff.addAll(other);
        if (diff.isEmpty()) diff.addAll(a.fired());
        return new Comparison(Closeness.TRANSLITERATION,
                "transliteration variant (" + a.written() + " / " + b.written() + ": " + String.join("; ", diff) + ")");
    }

    private static String normalizeQuotes(String s) {
        return s.replace('\u2019', '\'').replace('\u02BC', '\'').replace('\u02B9', '\'');
    }

    /** Edit distance between the keys of two names (a measure of how near a misspelt name is). */
    public int distance(String a, String b) {
        return editDistance(key(a), key(b));
    }

    /** Edit distance between two keys. */
    static int editDistance(String x, String y) {
        int[] prev = new int[y.length() + 1];
        int[] cur = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) prev[j] = j;
        for (int i = 1; i <= x.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.length()];
    }

    /** A memo of prepared names for one run (one check of a note); see {@link Memo}. */
    public Memo memo() {
        return new Memo(this);
    }

    /**
     * Remembers prepared names so that a run which compares the same names again and again
     * (every citation against every entry of a reference list) transliterates each only once.
     * Safe to use from several threads. It holds at most {@value #MEMO_LIMIT} names; past that,
     * names are prepared afresh on each call, so memory stays bounded on any input.
     */
    public static final class Memo {
        private final MatchKey keys;
        private final java.util.concurrent.ConcurrentHashMap<String, Prepared> prepared =
                new java.util.concurrent.ConcurrentHashMap<>();

        private Memo(MatchKey keys) {
            this.keys = keys;
        }

        /** The prepared form of a name (remembered). */
        public Prepared prepare(String name) {
            String n = name == null ? "" : name;
            Prepared p = prepared.get(n);
            if (p != null) return p;
            p = keys.prepare(n);
            if (prepared.size() < MEMO_LIMIT) prepared.putIfAbsent(n, p);
            return p;
        }

        /** As {@link MatchKey#ascii(String)}. */
        public String ascii(String name) {
            return prepare(name).ascii();
        }

        /** As {@link MatchKey#key(String)}. */
        public String key(String name) {
            return prepare(name).key();
        }

        /** As {@link MatchKey#compare(String, String)}. */
        public Comparison compare(String a, String b) {
            return keys.compare(prepare(a), prepare(b));
        }

        /** As {@link MatchKey#distance(String, String)}. */
        public int distance(String a, String b) {
            return editDistance(key(a), key(b));
        }
    }

    /** How many names a {@link Memo} remembers at most. */
    public static final int MEMO_LIMIT = 50_000;
}
