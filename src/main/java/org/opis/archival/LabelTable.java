package org.opis.archival;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.opis.model.Severity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The level labels of one citation scheme (f. / Ф. → fond, op. / Оп. → opis, …), read from
 * {@code labels.json}: which level each written label stands for, which are known typos and
 * their fixes, the labels of the normal forms, and the canonical order of levels.
 */
public final class LabelTable {

    /** One written form of a label. */
    public record Label(String form, String level, String kind, Map<String, String> fix) {
        public Label {
            fix = Map.copyOf(fix);
        }

        public boolean typo() {
            return "typo".equals(kind);
        }
    }

    private final String scheme;
    private final Map<String, Label> byForm;
    private final Map<String, String> english;
    private final Map<String, String> gost;
    private final Map<String, Integer> order;
    private final Severity orderSeverity;
    private final boolean pagesAllowed;
    private final Map<String, String> render;
    private final Map<String, String> join;
    private final Map<String, Integer> depth;
    private final java.util.Set<String> verbatim;
    private final java.util.Set<String> valueSuffixes;
    private final boolean compactForm;
    private final List<String> versoMarks;
    private final List<String> rectoMarks;
    private final List<String> ibidWords;
    private final List<String> fondMarks;

    private LabelTable(String scheme, Map<String, Label> byForm, Map<String, String> english, Map<String, String> gost,
                       Map<String, Integer> order, Severity orderSeverity, boolean pagesAllowed,
                       Map<String, String> render, Map<String, String> join, Map<String, Integer> depth,
                       java.util.Set<String> verbatim, java.util.Set<String> valueSuffixes, boolean compactForm,
                       List<String> versoMarks, List<String> rectoMarks, List<String> ibidWords, List<String> fondMarks) {
        this.scheme = scheme;
        this.byForm = Collections.unmodifiableMap(byForm);
        this.english = Map.copyOf(english);
        this.gost = Map.copyOf(gost);
        this.order = Map.copyOf(order);
        this.orderSeverity = orderSeverity;
        this.pagesAllowed = pagesAllowed;
        this.render = Map.copyOf(render);
        this.join = Map.copyOf(join);
        this.depth = Map.copyOf(depth);
        this.valueSuffixes = java.util.Set.copyOf(valueSuffixes);
        this.compactForm = compactForm;
        this.verbatim = java.util.Set.copyOf(verbatim);
        this.versoMarks = List.copyOf(versoMarks);
        this.rectoMarks = List.copyOf(rectoMarks);
        this.ibidWords = List.copyOf(ibidWords);
        this.fondMarks = List.copyOf(fondMarks);
    }

    /**
     * How a level is written in the English normal form of a scheme read from a catalogue reference
     * ("RG {v}", "Box {v}", "{v} fond"); empty for the Russian-style schemes, which use {@link #english}.
     */
    public Optional<String> render(String level) {
        return Optional.ofNullable(render.get(level));
    }

    /** What joins a level to the one before it instead of ", " ("-" in "109-00871-01", "/" in "B 136/59748"). */
    public Optional<String> join(String level) {
        return Optional.ofNullable(join.get(level));
    }

    /**
     * How deep a level lies in the hierarchy, for ibid. continuations ("Ibid., Box 6" keeps the record
     * group and lot of the citation it continues): the "depth" map of the scheme, else the canonical rank.
     */
    public Optional<Integer> depth(String level) {
        Integer d = depth.get(level);
        return d != null ? Optional.of(d) : rank(level);
    }

    /** True when a level's value is an identifier kept exactly as written ("Bild-F038812-0014": no en dash for its hyphen). */
    public boolean verbatim(String level) {
        return verbatim.contains(level);
    }

    /** What follows the archive in the English normal form: ", " (the default) or " " ("PRCFMA 109-00871-01"). */
    public String archiveJoin() {
        return render.getOrDefault("@archive", ", ");
    }

    /** True when the scheme writes its normal form from "render"/"join" templates (the catalogue-reference schemes). */
    public boolean templated() {
        return !render.isEmpty() || !join.isEmpty();
    }

    /** True when pages are a proper locator in this scheme (TNA), so p./pp. are not a defect. */
    public boolean pagesAllowed() {
        return pagesAllowed;
    }

    /** Reads the table of one scheme from {@code labels.json} (or another resource of the same shape). */
    public static LabelTable load(String scheme) {
        return load(LabelTable.class, "labels.json", scheme);
    }

    /** Reads the table of one scheme from a resource next to {@code anchor}. */
    public static LabelTable load(Class<?> anchor, String resource, String scheme) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            JsonNode s = new ObjectMapper().readTree(in).path("schemes").path(scheme);
            Map<String, Label> forms = new LinkedHashMap<>();
            for (JsonNode l : s.path("labels")) {
                Map<String, String> fix = new HashMap<>();
                l.path("fix").fields().forEachRemaining(e -> fix.put(e.getKey(), e.getValue().asText()));
                for (JsonNode f : l.path("forms")) {
                    String form = f.asText();
                    forms.putIfAbsent(normal(form), new Label(form, l.path("level").asText(), l.path("kind").asText("abbr"), fix));
                }
            }
            Map<String, String> en = new HashMap<>();
            s.path("english").fields().forEachRemaining(e -> en.put(e.getKey(), e.getValue().asText()));
            Map<String, String> go = new HashMap<>();
            s.path("gost").fields().forEachRemaining(e -> go.put(e.getKey(), e.getValue().asText()));
            Map<String, Integer> ord = new HashMap<>();
            s.path("order").fields().forEachRemaining(e -> ord.put(e.getKey(), e.getValue().asInt()));
            Map<String, String> ren = new HashMap<>();
            s.path("render").fields().forEachRemaining(e -> ren.put(e.getKey(), e.getValue().asText()));
            Map<String, String> jn = new HashMap<>();
            s.path("join").fields().forEachRemaining(e -> jn.put(e.getKey(), e.getValue().asText()));
            Map<String, Integer> dep = new HashMap<>();
            s.path("depth").fields().forEachRemaining(e -> dep.put(e.getKey(), e.getValue().asInt()));
            Severity sev = "warning".equals(s.path("orderSeverity").asText("error")) ? Severity.WARNING : Severity.ERROR;
            java.util.Set<String> verb = new java.util.HashSet<>();
            for (JsonNode v : s.path("verbatim")) verb.add(v.asText());
            java.util.Set<String> suf = new java.util.HashSet<>();
            for (JsonNode v : s.path("valueSuffixes")) suf.add(v.asText().toLowerCase(Locale.ROOT));
            return new LabelTable(scheme, forms, en, go, ord, sev, s.path("pagesAllowed").asBoolean(false), ren, jn, dep, verb, suf,
                    s.path("compactForm").asBoolean(false), strings(s.path("leafSides").path("verso")),
                    strings(s.path("leafSides").path("recto")), strings(s.path("ibid")), strings(s.path("fondAfterName")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        for (JsonNode v : array) out.add(v.asText());
        return out;
    }

    /**
     * The marks written after a leaf number that make it the verso (labels.json "leafSides"."verso": the Armenian letter
     * "բ" in "29 բ", "22ա-բ"; the Azerbaijani word "arxa" in "3arxa"), beside the Russian/Ukrainian "ob."/"зв." the scanner
     * knows.
     */
    public List<String> versoMarks() {
        return versoMarks;
    }

    /** The marks written after a leaf number that only say it is the recto ("recto": the Armenian letter "ա" in "29ա"). */
    public List<String> rectoMarks() {
        return rectoMarks;
    }

    /**
     * The fond label written after the fond's name or fused to its creator's initials (labels.json "fondAfterName": the
     * Armenian "ֆ" of "Սայաթ-Նովայի ֆ", "Թֆ"), so that the name is the fond.
     */
    public List<String> fondMarks() {
        return fondMarks;
    }

    /** The words that open an ibid. continuation in this scheme beside "Ibid."/"Там же" ("ibid": "նույն տեղում"). */
    public List<String> ibidWords() {
        return ibidWords;
    }

    /** Whether a letter suffix written after a number belongs to the value in this scheme (labels.json "valueSuffixes": "пф", "ос"). */
    public boolean valueSuffix(String word) {
        return valueSuffixes.contains(word);
    }

    /**
     * Whether the scheme has a compact form (labels.json "compactForm"): a label letter fused to its number with no
     * period and a slash between the levels ("F14/ L14/ D7/ Viti 1962", the Albanian archives' signature).
     */
    public boolean compactForm() {
        return compactForm;
    }

    /** A written label reduced for lookup: lower case, spaces removed, typographic apostrophes unified. */
    static String normal(String written) {
        String l = written.toLowerCase(Locale.ROOT);
        if (alreadyNormal(l)) return l; // most labels as written: no copy
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') continue;
            if (c == '’' || c == 'ʼ' || c == 'ʹ' || c == '`') c = '\'';
            sb.append(c);
        }
        return sb.toString();
    }

    private static boolean alreadyNormal(String l) {
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '’' || c == 'ʼ' || c == 'ʹ' || c == '`') return false;
        }
        return true;
    }

    /** The label written so (e.g. "Оп.", "ed. khr.", "дело."), if the scheme knows it. */
    public Optional<Label> find(String written) {
        Label l = byForm.get(normal(written));
        if (l != null) return Optional.of(l);
        // a label typed with a look-alike letter of the other script ("Oп." with a Latin O) is that label
        String one = Values.oneScript(written);
        return one == null ? Optional.empty() : Optional.ofNullable(byForm.get(normal(one)));
    }

    public String scheme() {
        return scheme;
    }

    /** The label of a level in the English normal form ("f.", "op.", …; key "list+" for several leaves). */
    public Optional<String> english(String level) {
        return Optional.ofNullable(english.get(level));
    }

    /** The label of a level in the GOST normal form ("Ф.", "Оп.", …). */
    public Optional<String> gost(String level) {
        return Optional.ofNullable(gost.get(level));
    }

    /** True when this scheme has a GOST (Russian) normal form. */
    public boolean hasGost() {
        return !gost.isEmpty();
    }

    /** Rank of a level in the canonical order (lower comes first); empty for levels outside the order. */
    public Optional<Integer> rank(String level) {
        return Optional.ofNullable(order.get(level));
    }

    /** How serious an out-of-order level is in this scheme. */
    public Severity orderSeverity() {
        return orderSeverity;
    }
}
