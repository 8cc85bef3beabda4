package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether an entry's reading by the rules is sound enough to stand without the tagger: then the tagger and the field
 * chooser are not run, and the record is what the merge gives when it takes nothing from the tagger
 * ({@link HybridReader#rulesAlone}). The decision is made from the rules' reading alone — which fields it filled, whether
 * every word of the entry found a place in it, what its names and title look like, the rules' own findings — by small
 * boosted trees ({@link ChooserTrees}) that give the probability that the tagger and chooser would have read the entry
 * better. They are learned from leave-one-list-out readings ({@code opis evaluate} with {@code -Dopis.evaluate.writeGate=FILE}): for every entry of every
 * list, whether the chooser's record scored better than the rules' record alone, the chooser and the tagger never having
 * seen the list. The gate lets an entry through to the rules alone when that probability is below the threshold written
 * in the file ({@code reader-gate.tsv}); the threshold trades accuracy against speed (README, "Speed and memory").
 */
public final class ReaderGate {
    private static final String RESOURCE = "/org/opis/reflist/reader-gate.tsv";

    private final ChooserTrees trees;
    private final double threshold;
    /** Every cue name the gate writes, with its number among the trees' cues (-1: no tree tests it). */
    private final Map<String, Integer> numbers = new java.util.concurrent.ConcurrentHashMap<>();

    ReaderGate(ChooserTrees trees, double threshold) {
        this.trees = trees;
        this.threshold = threshold;
    }

    /** Where the cues are written: a map (to learn from) or the trees' numbered cues (to decide). */
    interface Sink {
        void put(String cue, double value);
    }

    private static final class Holder {
        static final ReaderGate BUNDLED = load();

        private static ReaderGate load() {
            if (Boolean.getBoolean("opis.gate.off")) return null;
            try (InputStream in = ReaderGate.class.getResourceAsStream(RESOURCE)) {
                if (in == null) return null;
                return read(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")));
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
    }

    /** The gate shipped with opis, or null when its file is missing (then every entry is read by both readers). */
    static ReaderGate bundled() {
        return Holder.BUNDLED;
    }

    /** Reads a gate written by {@link #write}: a line {@code threshold TAB p}, then the trees. */
    static ReaderGate read(List<String> lines) {
        double th = 0;
        List<String> rest = new ArrayList<>();
        for (String l : lines) {
            if (l.startsWith("threshold\t")) th = Double.parseDouble(l.substring(10).strip());
            else rest.add(l);
        }
        return new ReaderGate(ChooserTrees.read(rest), th);
    }

    /** Writes the gate: its threshold, then its trees. */
    public void write(java.io.Writer out) throws IOException {
        out.write("# opis reader gate: the probability that the tagger and the field chooser read an entry better than the rules alone\n");
        out.write(String.format(Locale.ROOT, "threshold\t%.6g%n", threshold));
        trees.write(out);
    }

    /** This gate with another threshold. */
    ReaderGate withThreshold(double t) {
        return new ReaderGate(trees, t);
    }

    double threshold() {
        return threshold;
    }

    /** The probability that the tagger and chooser would read this entry better than the rules alone. */
    double better(Map<String, Double> cues) {
        return 1 / (1 + Math.exp(-trees.logOdds(cues)));
    }

    /**
     * Whether the rules' reading stands alone (the tagger and chooser are not needed): the cues are written straight into
     * the trees' numbered cues (the same values as {@link #cues}, so the same probability; {@code ReaderGateTest}).
     */
    boolean rulesSuffice(CSLItemData rules, String entry, int findings, Map<String, String> extra) {
        if (!mayPass(rules)) return false;
        double[] v = new double[trees.cueCount()];
        write(rules, entry, findings, extra, (cue, value) -> {
            int k = numbers.computeIfAbsent(cue, trees::cueNumber);
            if (k >= 0) v[k] = value;
        });
        return 1 / (1 + Math.exp(-trees.logOdds(v))) < threshold;
    }

    /**
     * Whether the gate may let the entry through at all: not when the rules kept text they could not place in a note
     * ({@code *Hoxha's <i>Albania</i>*}: the title cut short, "Albania" left in the note) — the tagger reads such leftovers.
     */
    static boolean mayPass(CSLItemData rules) {
        return rules.getNote() == null;
    }

    /** Learns a gate from entries' cues and whether the chooser read them better (deterministic). */
    static ReaderGate learn(List<Map<String, Double>> cues, List<Boolean> better, double threshold) {
        List<FieldChooser.Case> cases = new ArrayList<>(cues.size());
        for (int i = 0; i < cues.size(); i++) cases.add(new FieldChooser.Case("", cues.get(i), better.get(i)));
        return new ReaderGate(ChooserTrees.learn(cases, SETTINGS), threshold);
    }

    /** Fewer and shallower trees than the chooser's: the gate is asked of every entry. */
    static final ChooserTrees.Settings SETTINGS = new ChooserTrees.Settings(
            Integer.getInteger("opis.gate.trees", 80), Integer.getInteger("opis.gate.depth", 3), 0.1, 1.0, 2, 16, 1);

    private static final String[] TYPES = {"book", "article-journal", "chapter", "article-newspaper", "article-magazine", "webpage",
            "thesis", "report", "manuscript", "paper-conference", "entry-encyclopedia", "entry-dictionary", "article", "document"};

    /** What the gate sees of the rules' reading of an entry (names to values; a missing cue is 0). */
    static Map<String, Double> cues(CSLItemData r, String entry, int findings, Map<String, String> extra) {
        Map<String, Double> x = new LinkedHashMap<>();
        write(r, entry, findings, extra, x::put);
        return x;
    }

    /** Writes the cues of {@link #cues} into a sink. */
    static void write(CSLItemData r, String entry, int findings, Map<String, String> extra, Sink x) {
        x.put("broken", HybridReader.broken(r) ? 1.0 : 0.0);
        String[] values = {r.getTitle(), r.getContainerTitle(), r.getCollectionTitle(), r.getVolume(), r.getIssue(), r.getPage(),
                r.getEdition(), r.getPublisher(), r.getPublisherPlace(), r.getGenre(), r.getURL(), r.getDOI(), r.getISBN(), r.getNote(),
                r.getAnnote(), r.getArchive(), r.getArchiveLocation(), r.getNumberOfVolumes(), r.getMedium(), r.getStatus()};
        CSLName[][] names = {r.getAuthor(), r.getEditor(), r.getTranslator(), r.getCompiler()};
        int n = 0;
        for (int i = 0; i < FIELD_CUES.length; i++) {
            boolean has = i < 3 ? names[i] != null : i == 15 ? r.getIssued() != null : i == 18 ? r.getArchive() != null : values[i < 15 ? i - 3 : i - 4] != null;
            if (has) {
                x.put(FIELD_CUES[i], 1.0);
                if (i < 17) n++;
            }
        }
        x.put("nfields", n / 10.0);
        String type = r.getType() == null ? "" : r.getType().toString();
        for (int i = 0; i < TYPES.length; i++) if (TYPES[i].equals(type)) x.put(TYPE_CUES[i], 1.0);
        // the entry's words the record does not hold
        Set<String> have = new HashSet<>();
        for (String v : values) if (v != null) words(v, have, null);
        for (CSLName[] ns : names) {
            if (ns == null) continue;
            for (CSLName nm : ns) {
                for (String v : new String[] {nm.getFamily(), nm.getGiven(), nm.getLiteral(), nm.getNonDroppingParticle(), nm.getDroppingParticle(), nm.getSuffix()}) {
                    if (v != null) words(v, have, null);
                }
            }
        }
        if (r.getIssued() != null && r.getIssued().getDateParts() != null) {
            for (int[] p : r.getIssued().getDateParts()) for (int v : p) have.add(Integer.toString(v));
        }
        if (r.getIssued() != null && r.getIssued().getLiteral() != null) words(r.getIssued().getLiteral(), have, null);
        for (String v : extra.values()) if (v != null) words(v, have, null);
        int[] counts = new int[2];
        words(entry, null, w -> {
            counts[0]++;
            if (!have.contains(w)) counts[1]++;
        });
        int words = counts[0];
        int lost = counts[1];
        x.put("words", words / 10.0);
        x.put("lost", (double) lost);
        x.put("lostShare", words == 0 ? 0 : lost / (double) words);
        x.put("len", entry.length() / 100.0);
        x.put("findings", (double) findings);
        x.put("cyr", FieldChooser.cyrillic(entry) ? 1.0 : 0.0);
        x.put("italic", entry.indexOf('*') >= 0 || entry.indexOf('_') >= 0 || entry.contains("<i>") ? 1.0 : 0.0);
        x.put("quoted", entry.indexOf('"') >= 0 || entry.indexOf('\u201C') >= 0 || entry.indexOf('\u00AB') >= 0 ? 1.0 : 0.0);
        x.put("slashes", entry.contains("//") && !entry.contains("://") ? 1.0 : 0.0);
        x.put("link", entry.contains("http") || entry.contains("www.") ? 1.0 : 0.0);
        int years = years(entry);
        x.put("years", (double) years);
        x.put("commas", count(entry, ',') / 10.0);
        x.put("periods", count(entry, '.') / 10.0);
        x.put("colons", (double) count(entry, ':'));
        x.put("parens", (double) count(entry, '('));
        order(x, entry, r.getAuthor());
        if (r.getVolume() != null && years(r.getVolume()) > 0) x.put("volume:year", 1.0);
        if (r.getIssued() == null && years > 0) x.put("yearUnread", 1.0);
        names(x, AUTHOR_CUES, r.getAuthor());
        names(x, EDITOR_CUES, r.getEditor());
        title(x, TITLE_CUES, r.getTitle());
        title(x, CONTAINER_CUES, r.getContainerTitle());
        title(x, PUBLISHER_CUES, r.getPublisher());
        title(x, PLACE_CUES, r.getPublisherPlace());
    }

    /** Presence cues: the three name roles, then the values in the order {@link #write} lists them, the date in between. */
    private static final String[] FIELD_CUES = {"has:author", "has:editor", "has:translator", "has:title", "has:container", "has:collection",
            "has:volume", "has:issue", "has:page", "has:edition", "has:publisher", "has:place", "has:genre", "has:URL", "has:DOI",
            "has:issued", "has:ISBN", "has:note", "has:archive"};
    private static final String[] TYPE_CUES = java.util.Arrays.stream(TYPES).map(t -> "type=" + t).toArray(String[]::new);
    private static final String[] AUTHOR_CUES = nameCues("author");
    private static final String[] EDITOR_CUES = nameCues("editor");
    private static final String[] TITLE_CUES = titleCues("title");
    private static final String[] CONTAINER_CUES = titleCues("container");
    private static final String[] PUBLISHER_CUES = titleCues("publisher");
    private static final String[] PLACE_CUES = titleCues("place");

    private static String[] nameCues(String role) {
        return new String[] {role + ":n", role + ":literal", role + ":noGiven", role + ":longFamily", role + ":odd"};
    }

    private static String[] titleCues(String field) {
        return new String[] {field + ":headComma", field + ":words", field + ":digit", field + ":colon", field + ":punct", field + ":stop"};
    }

    /**
     * The lower-case words (runs of letters and digits) of a text, added to {@code into} or handed to {@code each}. A
     * hand scanner: the gate is asked of every entry.
     */
    static void words(String s, Set<String> into, java.util.function.Consumer<String> each) {
        int i = 0;
        int len = s.length();
        while (i < len) {
            int c = s.codePointAt(i);
            if (!wordChar(c)) {
                i += Character.charCount(c);
                continue;
            }
            int j = i;
            while (j < len) {
                int d = s.codePointAt(j);
                if (!wordChar(d)) break;
                j += Character.charCount(d);
            }
            String w = s.substring(i, j).toLowerCase(Locale.ROOT);
            if (into != null) into.add(w);
            if (each != null) each.accept(w);
            i = j;
        }
    }

    private static boolean wordChar(int c) {
        if (c < 128) return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        return Character.isLetter(c) || Character.isDigit(c) || Character.getType(c) == Character.LETTER_NUMBER
                || Character.getType(c) == Character.OTHER_NUMBER;
    }

    /** Four-digit years 1500–2099 standing alone (no digit either side). */
    static int years(String s) {
        int c = 0;
        for (int i = 0; i + 4 <= s.length(); i++) {
            char a = s.charAt(i);
            if (a != '1' && a != '2' || i > 0 && Character.isDigit(s.charAt(i - 1))) continue;
            char b = s.charAt(i + 1);
            boolean head = a == '1' ? b >= '5' && b <= '9' : b == '0';
            if (!head || !isAsciiDigit(s.charAt(i + 2)) || !isAsciiDigit(s.charAt(i + 3))) continue;
            if (i + 4 < s.length() && Character.isDigit(s.charAt(i + 4))) continue;
            c++;
            i += 3;
        }
        return c;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int count(String s, char c) {
        int k = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) k++;
        return k;
    }

    /**
     * How the entry writes the first name: its family followed by a comma ({@code Weinberg, Gerhard}), by a given name
     * the rules read ({@code Henry A. Kissinger} read as family Henry), or standing first.
     */
    private static void order(Sink x, String entry, CSLName[] ns) {
        if (ns == null || ns.length == 0 || ns[0].getFamily() == null) return;
        String f = ns[0].getFamily();
        int at = entry.indexOf(f);
        if (at < 0) {
            x.put("author:familyUnseen", 1.0);
            return;
        }
        int end = at + f.length();
        if (end < entry.length() && entry.charAt(end) == ',') x.put("author:familyComma", 1.0);
        if (at <= 2) x.put("author:familyFirst", 1.0);
        String g = ns[0].getGiven();
        if (g != null) {
            int ga = entry.indexOf(g);
            if (ga > at) x.put("author:givenAfter", 1.0);
            if (initials(g)) x.put("author:initials", 1.0);
        }
    }

    /** Whether a given name is initials only: no run of two letters ({@code A.}, {@code J.-P.}). */
    private static boolean initials(String g) {
        for (int i = 0; i + 1 < g.length(); i++) if (Character.isLetter(g.charAt(i)) && Character.isLetter(g.charAt(i + 1))) return false;
        return true;
    }

    private static void names(Sink x, String[] cue, CSLName[] ns) {
        if (ns == null) return;
        x.put(cue[0], (double) ns.length);
        int literal = 0;
        int noGiven = 0;
        int longFamily = 0;
        int odd = 0;
        for (CSLName n : ns) {
            if (n.getLiteral() != null) literal++;
            else if (n.getGiven() == null) noGiven++;
            String f = n.getFamily() != null ? n.getFamily() : n.getLiteral() != null ? n.getLiteral() : "";
            if (count(f, ' ') >= 2) longFamily++;
            for (int i = 0; i < f.length(); i++) {
                char c = f.charAt(i);
                if (Character.isDigit(c) || c == ':' || c == '"' || c == '*' || c == '(' || c == '.') {
                    odd++;
                    break;
                }
            }
        }
        x.put(cue[1], (double) literal);
        x.put(cue[2], (double) noGiven);
        x.put(cue[3], (double) longFamily);
        x.put(cue[4], (double) odd);
    }

    private static void title(Sink x, String[] cue, String t) {
        if (t == null) return;
        int comma = t.indexOf(',');
        if (comma > 0 && comma < 20 && t.lastIndexOf(' ', comma) < 0) x.put(cue[0], 1.0);
        int words = 1;
        boolean digit = false;
        boolean colon = false;
        boolean punct = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ' ') words++;
            if (Character.isDigit(c)) digit = true;
            if (c == ':') colon = true;
            if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '(' || c == '*' || c == '/' || c == ';') punct = true;
        }
        x.put(cue[1], (double) words);
        if (digit) x.put(cue[2], 1.0);
        if (colon) x.put(cue[3], 1.0);
        if (punct) x.put(cue[4], 1.0);
        if (t.endsWith(".") || t.endsWith(",")) x.put(cue[5], 1.0);
    }
}
