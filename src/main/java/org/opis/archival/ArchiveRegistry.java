package org.opis.archival;

import org.opis.model.CslRecords;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.undercouch.citeproc.csl.CSLItemData;
import org.opis.model.Reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The archives opis knows, read once from {@code archives.json}: finds an archive from an acronym
 * as written (Latin or Cyrillic, with or without spaces and periods), from an old acronym, or from
 * a full name in any transliteration. Immutable and safe to share.
 */
public final class ArchiveRegistry {

    /** What a lookup found: the candidate archives (several when the acronym is ambiguous) and,
     *  when an earlier name was used, that name. */
    public record Match(List<ArchiveEntry> candidates, Optional<ArchiveEntry.FormerName> former) {
        public Match {
            candidates = List.copyOf(candidates);
            former = former == null ? Optional.empty() : former;
        }

        static final Match NONE = new Match(List.of(), Optional.empty());

        public boolean found() {
            return !candidates.isEmpty();
        }

        public boolean ambiguous() {
            return candidates.size() > 1;
        }
    }

    private record Hit(ArchiveEntry entry, Optional<ArchiveEntry.FormerName> former) {
    }

    private final List<ArchiveEntry> entries;
    private final NameKey nameKey;
    private final Map<String, List<Hit>> byAcronym;
    private final Map<String, List<Hit>> byName;
    /** A quick exact "no" for texts that cannot have a registered name's key. */
    private final NameSkeletons skeletons;

    private ArchiveRegistry(List<ArchiveEntry> entries, NameKey nameKey) {
        this.entries = List.copyOf(entries);
        this.nameKey = nameKey;
        Map<String, List<Hit>> acr = new HashMap<>();
        Map<String, List<Hit>> nam = new HashMap<>();
        for (ArchiveEntry e : this.entries) {
            Hit current = new Hit(e, Optional.empty());
            for (String a : e.latin()) put(acr, acronymKey(a), current);
            for (String a : e.cyrillic()) put(acr, acronymKey(a), current);
            put(acr, acronymKey(e.id()), current);
            for (String n : e.names()) put(nam, nameKey.key(n), current);
            if (!e.english().isBlank()) put(nam, nameKey.key(e.english()), current);
            for (ArchiveEntry.FormerName f : e.former()) {
                Hit old = new Hit(e, Optional.of(f));
                for (String a : f.latin()) put(acr, acronymKey(a), old);
                for (String a : f.cyrillic()) put(acr, acronymKey(a), old);
                if (!f.name().isBlank()) put(nam, nameKey.key(f.name()), old);
            }
        }
        this.byAcronym = freeze(acr);
        this.byName = freeze(nam);
        this.skeletons = new NameSkeletons(nameKey, this.byName.keySet());
        List<Keyed> keyed = new ArrayList<>();
        for (Map.Entry<String, List<Hit>> x : this.byAcronym.entrySet()) for (Hit h : x.getValue()) keyed.add(new Keyed(x.getKey(), h.entry(), false, null));
        for (Map.Entry<String, List<Hit>> x : this.byName.entrySet()) for (Hit h : x.getValue()) keyed.add(new Keyed(x.getKey(), h.entry(), true, trigrams(x.getKey())));
        keyed.sort(java.util.Comparator.comparing(Keyed::key).thenComparing(k -> k.entry().id()));
        this.keyed = List.copyOf(keyed);
    }

    /** A precomputed comparison key (acronym key or name key) of an entry, built once at load, with
     *  the letter trigrams of a name key (sorted, distinct; null for an acronym key). */
    private record Keyed(String key, ArchiveEntry entry, boolean name, long[] grams) {
    }

    private final List<Keyed> keyed;

    /**
     * The registry entries nearest to an archive the registry does not know (at most {@code max}):
     * by edit distance between acronym keys for an acronym, by shared letter trigrams between name
     * keys for a full name. Only the written text is keyed here; the registry's keys were built at
     * load, so this costs one key and a linear scan, and runs only for unknown archives.
     */
    public List<ArchiveEntry> nearest(String written, int max) {
        String t = written == null ? "" : written.strip();
        if (t.isEmpty() || max <= 0) return List.of();
        boolean asName = t.length() > 14 && t.indexOf(' ') > 0;
        String k = asName ? nameKey.key(t) : acronymKey(t);
        if (k.isEmpty()) return List.of();
        String memoKey = (asName ? "n" : "a") + max + ':' + k;
        List<ArchiveEntry> known = nearestMade.get(memoKey);
        if (known != null) return known;
        List<ArchiveEntry> found = List.copyOf(rankNearest(k, asName, max));
        if (nearestMade.size() < NEAREST_REMEMBERED) nearestMade.putIfAbsent(memoKey, found);
        return found;
    }

    /**
     * Nearest entries already ranked, by key: an unregistered archive is usually cited many times,
     * and ranking compares its key with every registry key. Bounded, so memory stays flat.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, List<ArchiveEntry>> nearestMade = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int NEAREST_REMEMBERED = 10_000;

    private List<ArchiveEntry> rankNearest(String k, boolean asName, int max) {
        Map<String, Double> best = new java.util.LinkedHashMap<>();
        Map<String, ArchiveEntry> byId = new HashMap<>();
        long[] grams = asName ? trigrams(k) : null;
        double floor = asName ? 0.25 : 0.34;
        for (Keyed x : keyed) {
            if (x.name() != asName) continue;
            // both scores are at most the shorter size over the longer (shared trigrams over all; one
            // minus the distance, at least the difference of lengths, over the longer length): a key
            // that cannot reach the floor is never scored (it would be dropped below)
            int mine = asName ? grams.length : k.length(), theirs = asName ? x.grams().length : x.key().length();
            if (Math.max(mine, theirs) > 0 && (double) Math.min(mine, theirs) / Math.max(mine, theirs) < floor - 1e-9) continue;
            double score = asName ? trigramSimilarity(grams, x.grams()) : 1.0 - (double) editDistance(k, x.key()) / Math.max(k.length(), x.key().length());
            String id = x.entry().id();
            if (score > best.getOrDefault(id, -1.0)) {
                best.put(id, score);
                byId.put(id, x.entry());
            }
        }
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(best.entrySet());
        ranked.removeIf(e -> e.getValue() < floor);
        ranked.sort((a, b) -> {
            int c = Double.compare(b.getValue(), a.getValue());
            return c != 0 ? c : a.getKey().compareTo(b.getKey());
        });
        List<ArchiveEntry> out = new ArrayList<>();
        for (Map.Entry<String, Double> e : ranked) {
            if (out.size() >= max) break;
            out.add(byId.get(e.getKey()));
        }
        return out;
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] sw = prev;
            prev = cur;
            cur = sw;
        }
        return prev[b.length()];
    }

    static double trigramSimilarity(String a, String b) {
        return trigramSimilarity(trigrams(a), trigrams(b));
    }

    /** Shared distinct trigrams over all distinct trigrams (Jaccard), of two sets made by {@link #trigrams}. */
    private static double trigramSimilarity(long[] x, long[] y) {
        if (x.length == 0 || y.length == 0) return 0;
        int common = 0;
        for (int i = 0, j = 0; i < x.length && j < y.length; ) {
            if (x[i] == y[j]) {
                common++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (x.length + y.length - common);
    }

    /** The distinct three-character substrings of a key, each packed in a long, sorted (none under 3 characters). */
    static long[] trigrams(String a) {
        if (a.length() < 3) return new long[0];
        long[] g = new long[a.length() - 2];
        for (int i = 0; i + 3 <= a.length(); i++) g[i] = (long) a.charAt(i) << 32 | (long) a.charAt(i + 1) << 16 | a.charAt(i + 2);
        java.util.Arrays.sort(g);
        int n = 0;
        for (int i = 0; i < g.length; i++) if (i == 0 || g[i] != g[i - 1]) g[n++] = g[i];
        return n == g.length ? g : java.util.Arrays.copyOf(g, n);
    }

    private static void put(Map<String, List<Hit>> m, String key, Hit h) {
        if (key.isEmpty()) return;
        List<Hit> l = m.computeIfAbsent(key, k -> new ArrayList<>());
        for (Hit x : l) if (x.entry().id().equals(h.entry().id())) return;
        l.add(h);
    }

    private static Map<String, List<Hit>> freeze(Map<String, List<Hit>> m) {
        Map<String, List<Hit>> r = new HashMap<>();
        m.forEach((k, v) -> r.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(r);
    }

    /** The city of each built-in archive that gives one ({@code place} in archives.json), by id: CSL archive-place. */
    private static final class Places {
        static final Map<String, String> BY_ID = read();

        private static Map<String, String> read() {
            try (InputStream in = ArchiveRegistry.class.getResourceAsStream("archives.json")) {
                Map<String, String> m = new HashMap<>();
                for (JsonNode a : new ObjectMapper().readTree(in).path("archives")) {
                    String place = a.path("place").asText("");
                    if (!place.isBlank()) m.put(a.path("id").asText(), place);
                }
                return Collections.unmodifiableMap(m);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read archives.json", e);
            }
        }
    }

    /** The city of a built-in archive, when the registry gives one. */
    public static Optional<String> place(String id) {
        return Optional.ofNullable(id == null ? null : Places.BY_ID.get(id));
    }

    /** Reads the built-in registry. */
    static ArchiveRegistry load() {
        NameKey key = NameKey.load();
        try (InputStream in = ArchiveRegistry.class.getResourceAsStream("archives.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<ArchiveEntry> list = new ArrayList<>();
            for (JsonNode a : root.path("archives")) list.add(entry(a));
            return new ArchiveRegistry(RegionalArchives.extend(list), key);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read archives.json", e);
        }
    }

    private static ArchiveEntry entry(JsonNode a) {
        List<ArchiveEntry.FormerName> former = new ArrayList<>();
        for (JsonNode f : a.path("former")) {
            former.add(new ArchiveEntry.FormerName(strings(f.path("latin")), strings(f.path("cyrillic")),
                    f.path("name").asText(""), f.path("english").asText(""), f.path("status").asText("U")));
        }
        List<ArchiveEntry.NotableFond> fonds = new ArrayList<>();
        for (JsonNode f : a.path("fonds")) {
            fonds.add(new ArchiveEntry.NotableFond(f.path("fond").asText(""), f.path("name").asText(""), f.path("status").asText("U")));
        }
        return new ArchiveEntry(a.path("id").asText(), strings(a.path("latin")), strings(a.path("cyrillic")),
                strings(a.path("names")), a.path("english").asText(""), former, a.path("country").asText(""),
                a.path("scheme").asText("ru"), a.path("papka").asBoolean(false), fonds, a.path("status").asText("U"), false);
    }

    private static List<String> strings(JsonNode n) {
        List<String> l = new ArrayList<>();
        for (JsonNode x : n) l.add(x.asText());
        return l;
    }

    /** Every archive, in registry order. */
    public List<ArchiveEntry> entries() {
        return entries;
    }

    /** The archive with this id. */
    public Optional<ArchiveEntry> byId(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The name key used to compare full names. */
    public NameKey nameKey() {
        return nameKey;
    }

    /**
     * Finds the archive named by a citation's archive part: an acronym ({@code AVP RF}, {@code АВП РФ},
     * {@code AVPRF}, {@code TsKhSD}), a full name, or a full name followed by the acronym in brackets
     * ({@code Russian State Archive of Socio-Political History [RGASPI]}).
     */
    /** The words that declare a short form in brackets after a name ("dalej:", "henceforth", "cyt."). */
    static final java.util.regex.Pattern DEFINES = java.util.regex.Pattern.compile(
            "^\\s*(?:(?:henceforth|hereafter|hereinafter|dalej|далее|dále jen|în continuare|im Folgenden|a továbbiakban)\\b|cyt\\.)[:\\s]*");

    public Match lookup(String written) {
        String t = written.strip();
        if (t.isEmpty()) return Match.NONE;
        Match m = byAcronym(t);
        if (m.found()) return m;
        // "Name [ACR]" or "Name (ACR)": the acronym in the last bracket decides
        int close = t.length() - 1;
        char cl = t.charAt(close);
        if (cl == ']' || cl == ')') {
            char op = cl == ']' ? '[' : '(';
            int open = t.lastIndexOf(op);
            Match whole = open >= 0 ? byName(t) : Match.NONE; // a full name with its bracket: "National Archives (UK)"
            if (whole.found()) return whole;
            if (open >= 0) {
                // "Name (dalej: ACR)", "Name (henceforth ACR)": the short form a note declares is the acronym
                Match inner = byAcronym(DEFINES.matcher(t.substring(open + 1, close)).replaceFirst(""));
                if (inner.found()) return inner;
                String name = t.substring(0, open).strip();
                if (!name.isEmpty()) {
                    Match byN = byName(name);
                    if (byN.found()) return byN;
                    Match byA = byAcronym(name); // "GARF (formerly TsGAOR)"
                    if (byA.found() && byA.ambiguous()) {
                        // "ГАВО (State Archive of Vologda Oblast)": a gloss naming one of the archives the acronym may mean decides
                        Match gloss = byName(t.substring(open + 1, close));
                        if (gloss.found() && !gloss.ambiguous() && byA.candidates().contains(gloss.candidates().get(0))) return gloss;
                    }
                    if (byA.found()) return byA;
                }
            }
        }
        return byName(t);
    }

    /**
     * The candidates of an ambiguous match that a scheme reads ("AA" read by the Australian scheme: the National
     * Archives of Australia, under its former name); the match unchanged unless exactly one candidate is of that scheme.
     */
    public Match narrow(Match m, String written, String scheme) {
        if (!m.ambiguous()) return m;
        ArchiveEntry only = null;
        for (ArchiveEntry c : m.candidates()) {
            if (!c.scheme().equals(scheme)) continue;
            if (only != null) return m;
            only = c;
        }
        if (only == null) return m;
        String key = acronymKey(written.strip());
        String nkey = nameKey.key(written.strip());
        Optional<ArchiveEntry.FormerName> former = Optional.empty();
        for (ArchiveEntry.FormerName f : only.former()) {
            boolean hit = !f.name().isBlank() && nameKey.key(f.name()).equals(nkey);
            for (String a : f.latin()) hit |= acronymKey(a).equals(key);
            for (String a : f.cyrillic()) hit |= acronymKey(a).equals(key);
            if (hit) former = Optional.of(f);
        }
        return new Match(List.of(only), former);
    }

    /** Lookup by acronym only. */
    public Match byAcronym(String acronym) {
        List<Hit> hits = byAcronym.get(acronymKey(acronym));
        return toMatch(hits);
    }

    /** Lookup by full name only (any transliteration). */
    public Match byName(String name) {
        if (!skeletons.mayMatch(name)) return Match.NONE;
        String k = nameKey.key(name);
        if (k.length() < 4) return Match.NONE;
        return toMatch(byName.get(k));
    }

    private static Match toMatch(List<Hit> hits) {
        if (hits == null || hits.isEmpty()) return Match.NONE;
        List<ArchiveEntry> c = new ArrayList<>();
        for (Hit h : hits) c.add(h.entry());
        Optional<ArchiveEntry.FormerName> former = hits.size() == 1 ? hits.get(0).former() : Optional.empty();
        return new Match(c, former);
    }

    /** The comparison key of an acronym: upper case, letters and digits only, Cyrillic look-alikes folded to Latin. */
    public static String acronymKey(String s) {
        String plain = asciiAcronymKey(s);
        if (plain != null) return plain;
        StringBuilder sb = new StringBuilder();
        String u = s.toUpperCase(Locale.ROOT);
        for (int i = 0; i < u.length(); ) {
            int cp = u.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) sb.appendCodePoint(Values.foldHomoglyph(cp));
        }
        return sb.toString();
    }

    /** {@link #acronymKey} of plain ASCII text without a detour through upper-casing the whole text (null when not ASCII). */
    private static String asciiAcronymKey(String s) {
        int n = s.length();
        char[] out = new char[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) return null;
            if (c >= 'a' && c <= 'z') out[k++] = (char) (c - 32);
            else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) out[k++] = c;
        }
        return new String(out, 0, k);
    }

    /**
     * This registry extended by the archives a note declares in its reference list. A declared
     * archive whose acronym (or name) is known adds its spellings to the known entry; an unknown one
     * becomes a new entry for this note.
     */
    public ArchiveRegistry withDeclared(List<Reference> declared) {
        if (declared.isEmpty()) return this;
        Map<String, ArchiveEntry> byId = new LinkedHashMap<>();
        for (ArchiveEntry e : entries) byId.put(e.id(), e);
        List<ArchiveEntry> added = new ArrayList<>();
        for (Reference r : declared) {
            if (!r.archive()) continue;
            Declared d = Declared.of(r);
            if (d.acronym().isEmpty() && d.name().isEmpty()) continue;
            Match m = d.acronym().isEmpty() ? Match.NONE : byAcronym(d.acronym());
            if (!m.found() && !d.name().isEmpty()) m = byName(d.name());
            if (!m.found() && !d.english().isEmpty()) m = byName(d.english());
            if (m.found() && !m.ambiguous()) {
                ArchiveEntry e = byId.get(m.candidates().get(0).id());
                List<String> names = new ArrayList<>(e.names());
                if (!d.name().isEmpty() && !names.contains(d.name())) names.add(d.name());
                byId.put(e.id(), new ArchiveEntry(e.id(), e.latin(), e.cyrillic(), names, e.english(), e.former(),
                        e.country(), e.scheme(), e.papka(), e.fonds(), e.status(), e.declared()));
            } else {
                String acr = d.acronym().isEmpty() ? d.name() : d.acronym();
                boolean cyr = Values.hasCyrillic(acr);
                String scheme = nameKey.key(d.name() + " " + acr).contains("arkivi") ? "aqsh" : "ru";
                added.add(new ArchiveEntry(acr, cyr ? List.of() : List.of(acr), cyr ? List.of(acr) : List.of(),
                        d.name().isEmpty() ? List.of() : List.of(d.name()), d.english(), List.of(), "", scheme,
                        false, List.of(), "O", true));
            }
        }
        List<ArchiveEntry> all = new ArrayList<>(byId.values());
        all.addAll(added);
        return new ArchiveRegistry(all, nameKey);
    }

    /**
     * The registry entry a declared archive of a reference list stands for (matched by its acronym,
     * then its name in any transliteration, then its English name), if the registry knows it.
     */
    public Optional<ArchiveEntry> matchDeclared(Reference r) {
        Declared d = Declared.of(r);
        Match m = d.acronym().isEmpty() ? Match.NONE : byAcronym(d.acronym());
        if (!m.found() && !d.name().isEmpty()) m = byName(d.name());
        if (!m.found() && !d.english().isEmpty()) m = byName(d.english());
        return m.found() && !m.ambiguous() ? Optional.of(m.candidates().get(0)) : Optional.empty();
    }

    /** What a declared archive entry of a reference list says: acronym, transliterated name, English name. */
    record Declared(String acronym, String name, String english) {
        static Declared of(Reference r) {
            CSLItemData c = CslRecords.csl(r);
            String raw = r.raw();
            String acronym = firstNonBlank(r.extra().get("acronym"), lastBracket(raw, '(', ')'),
                    c.getTitleShort(), c.getCitationLabel());
            String english = firstNonBlank(r.extra().get("english-name"), r.extra().get("english"), lastBracket(raw, '[', ']'), c.getOriginalTitle());
            String title = firstNonBlank(c.getTitle(), c.getArchive(), c.getPublisher());
            String name = title;
            // the title may hold the whole entry: cut at the first bracket
            int cut = indexOfAny(name, "[(");
            if (cut > 0) name = name.substring(0, cut);
            name = name.strip();
            if (name.endsWith(".")) name = name.substring(0, name.length() - 1).strip();
            if (name.equals(acronym)) name = "";
            if (acronym.length() > 20) acronym = "";
            return new Declared(acronym.strip(), name, english.strip());
        }

        private static int indexOfAny(String s, String chars) {
            for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
            return -1;
        }

        private static String lastBracket(String raw, char open, char close) {
            if (raw == null) return "";
            int c = raw.lastIndexOf(close);
            if (c < 0) return "";
            int o = raw.lastIndexOf(open, c);
            if (o < 0) return "";
            return raw.substring(o + 1, c).strip();
        }

        private static String firstNonBlank(String... ss) {
            for (String s : ss) if (s != null && !s.isBlank()) return s.strip();
            return "";
        }
    }
}
