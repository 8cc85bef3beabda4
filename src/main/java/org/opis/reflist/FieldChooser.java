package org.opis.reflist;

import com.fasterxml.jackson.databind.JsonNode;
import de.undercouch.citeproc.csl.CSLItemData;
import org.opis.reflist.tagger.Evaluation;
import org.opis.reflist.tagger.Field;
import org.opis.reflist.tagger.Label;
import org.opis.reflist.tagger.Tagger;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the rule parser and the tagger read a field differently, which reading to keep: boosted decision trees
 * ({@link ChooserTrees}; before round 19 a logistic regression) over what both readings show — the field, whether
 * either left it empty, the tagger's confidence in it and in the whole entry, how probable the tagger's model finds
 * each reading's value ({@link SpanBelief}), how many other fields the two agree on, whether the rules' record is
 * visibly broken, whether one reading's value sits in another field of the other, what each value looks like
 * ({@link ValueShapes}), the entry's script. The trees ({@code chooser.tsv}) are learned by {@code opis evaluate
 * --write-chooser} from leave-one-list-out readings (the tagger never saw the list it read), so the
 * choice is learned from how both readers do on lists they were not made for.
 */
public final class FieldChooser {
    /** The fields chosen one by one (those {@code opis evaluate} scores). */
    public static final List<String> FIELDS = Evaluation.FIELDS;
    private static final String RESOURCE = "/org/opis/reflist/chooser.tsv";

    private final Map<String, Double> w;
    /** The boosted trees, when the chooser was learned as trees (then {@link #w} is empty). */
    private final ChooserTrees trees;

    private FieldChooser(Map<String, Double> w) {
        this.w = w;
        this.trees = null;
    }

    private FieldChooser(ChooserTrees trees) {
        this.w = Map.of();
        this.trees = trees;
    }

    /** One disagreement: the features, and (when learned from gold) whether the tagger's value was the right one. */
    public record Case(String field, Map<String, Double> x, boolean taggerRight) {
    }

    /** Both readings of one entry, as the chooser sees them. */
    public record Readings(Map<String, String> rules, Map<String, String> tagger, Map<String, Double> base,
                           Map<String, String> rulesText, Map<String, String> taggerText) {
        /** Readings without the values' texts (no shape cues). */
        public Readings(Map<String, String> rules, Map<String, String> tagger, Map<String, Double> base) {
            this(rules, tagger, base, Map.of(), Map.of());
        }

        /** These readings with one more cue of the readings (e.g. a cue of the whole list). */
        public Readings with(String cue, double value) {
            Map<String, Double> b = new LinkedHashMap<>(base);
            b.put(cue, value);
            return new Readings(rules, tagger, b, rulesText, taggerText);
        }
    }

    /** The cue of a list's readings: the mean of its entries' agreement of the two readings ({@code agree}). */
    public static final String LIST_AGREE = "listagree";

    /** The mean agreement of the two readings over a list's entries (1 for none). */
    public static double listAgreement(List<Readings> entries) {
        if (entries.isEmpty()) return 1;
        double s = 0;
        for (Readings r : entries) s += r.base().getOrDefault("agree", 1.0);
        return s / entries.size();
    }

    private static final class Holder {
        static final FieldChooser BUNDLED = load();

        private static FieldChooser load() {
            Map<String, Double> w = new TreeMap<>();
            try (InputStream in = FieldChooser.class.getResourceAsStream(RESOURCE)) {
                if (in == null) return null;
                List<String> lines = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
                if (lines.stream().anyMatch(l -> l.startsWith("base\t"))) return new FieldChooser(ChooserTrees.read(lines));
                for (String line : lines) {
                    if (line.isBlank() || line.startsWith("#")) continue;
                    String[] f = line.split("\t");
                    if (f.length == 2) w.put(f[0], Double.parseDouble(f[1]));
                }
            } catch (IOException | NumberFormatException e) {
                return null;
            }
            return new FieldChooser(w);
        }
    }

    /** The chooser shipped with opis, or null when its weights are missing. */
    public static FieldChooser bundled() {
        return Holder.BUNDLED;
    }

    /** The comparable values (as scored) of every field of a record. */
    public static Map<String, String> values(CSLItemData d) {
        return Evaluation.comparable(json(d));
    }

    static JsonNode json(CSLItemData d) {
        return ItemTrees.of(d);  // the tree the record's CSL-JSON text parses to, without the text
    }

    /** What the chooser sees of an entry's two readings. */
    public static Readings readings(String entry, CSLItemData rules, Tagger.Tagged tagged) {
        JsonNode rj = json(rules);
        JsonNode tj = json(tagged.item("x"));
        Map<String, String> r = Evaluation.comparable(rj);
        Map<String, String> t = Evaluation.comparable(tj);
        Map<String, Double> base = new LinkedHashMap<>();
        int union = 0;
        int agree = 0;
        for (String f : FIELDS) {
            if (r.containsKey(f) || t.containsKey(f)) union++;
            if (r.containsKey(f) && r.get(f).equals(t.get(f))) agree++;
        }
        base.put("agree", union == 0 ? 1 : agree / (double) union);
        double min = 1;
        for (Field f : tagged.fields()) if (f.label() != Label.NOTE && f.label() != Label.LOCATOR) min = Math.min(min, f.confidence());
        base.put("tmin", min);
        base.put("tmin<0.9", min < 0.9 ? 1.0 : 0.0);
        base.put("broken", HybridReader.broken(rules) ? 1.0 : 0.0);
        base.put("cyr", cyrillic(entry) ? 1.0 : 0.0);
        base.put("italic", entry.indexOf('*') >= 0 || entry.indexOf('_') >= 0 || entry.contains("<i>") ? 1.0 : 0.0);
        base.put("quoted", entry.indexOf('"') >= 0 || entry.indexOf('\u201C') >= 0 || entry.indexOf('\u00AB') >= 0 ? 1.0 : 0.0);
        base.put("rfields", r.size() / 10.0);
        base.put("tfields", t.size() / 10.0);
        return new Readings(r, t, base, ValueShapes.raw(rj), ValueShapes.raw(tj));
    }

    /**
     * Whether a text holds a Cyrillic letter (a loop over its code points, as {@code codePoints().anyMatch} read them). The
     * script is looked up (a binary search) only from the first code point of the Cyrillic script on ({@link #FIRST_CYRILLIC}).
     */
    static boolean cyrillic(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (c >= FIRST_CYRILLIC && Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC) return true;
            i += Character.charCount(c);
        }
        return false;
    }

    /** The smallest code point of the Cyrillic script (U+0400): no code point below it is Cyrillic. */
    static final int FIRST_CYRILLIC = firstCyrillic();

    private static int firstCyrillic() {
        int c = 0;
        while (c <= Character.MAX_CODE_POINT && Character.UnicodeScript.of(c) != Character.UnicodeScript.CYRILLIC) c++;
        return c;
    }

    /** The features of one field on which the two readings differ. */
    public static Map<String, Double> features(String field, Readings rd, Tagger.Tagged tagged) {
        Map<String, Double> x = new LinkedHashMap<>();
        FieldCues.write(field, rd, tagged, ChooserCues.into(x, field));
        return x;
    }

    /** Whether the texts, taken out of the value longest first, leave nothing of it. */
    static boolean covered(String v, java.util.Collection<String> texts) {
        List<String> by = new ArrayList<>(texts);
        by.sort((a, b) -> b.length() - a.length());
        String rest = v;
        for (String t : by) {
            if (t.isEmpty()) continue;
            if (rest.contains(t)) rest = rest.replace(t, "");
            if (rest.isEmpty()) return true;
        }
        return rest.isEmpty();
    }

    /** The tagger's confidence in its reading of a field (0 when it read none). */
    static double confidence(String field, Tagger.Tagged tagged) {
        double c = -1;
        for (Field f : tagged.fields()) {
            String k = f.label() == Label.IDENTIFIER ? identifierField(f.text()) : f.label().field();
            if (k.equals(field)) c = c < 0 ? f.confidence() : Math.min(c, f.confidence());
        }
        return Math.max(c, 0);
    }

    private static String identifierField(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.contains("10.") && t.indexOf('/') > 0) return "DOI";
        return t.startsWith("issn") ? "ISSN" : "ISBN";
    }

    /** The probability that the tagger's value of a field is the right one, where the two differ. */
    public double taggerRight(Map<String, Double> x) {
        if (trees != null) return 1 / (1 + Math.exp(-trees.logOdds(x)));
        double z = 0;
        for (var e : x.entrySet()) z += w.getOrDefault(e.getKey(), 0.0) * e.getValue();
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * {@link #taggerRight(Map)} of {@link #features}: with trees, the cues are written straight into the trees' numbered
     * cues ({@link ChooserCues.Numbered}) — the same values, so the same sum ({@code FieldChooserCuesTest}).
     */
    double taggerRight(String field, Readings rd, Tagger.Tagged tagged) {
        if (trees == null) return taggerRight(features(field, rd, tagged));
        ChooserCues.Numbered x = trees.cues(FIELD_AT.get(field));
        FieldCues.write(field, rd, tagged, x);
        return 1 / (1 + Math.exp(-trees.logOdds(x.v)));
    }

    /** Each scored field by its place in {@link #FIELDS}. */
    private static final Map<String, Integer> FIELD_AT = FieldCues.placesOf(FIELDS);

    /** The fields (scored names) on which the tagger's reading is to be taken over the rules'. */
    public List<String> taggerFields(String entry, CSLItemData rules, Tagger.Tagged tagged) {
        return taggerFields(readings(entry, rules, tagged), tagged);
    }

    /** The fields (scored names) on which the tagger's reading is to be taken, from the readings already made. */
    public List<String> taggerFields(Readings rd, Tagger.Tagged tagged) {
        List<String> out = new ArrayList<>();
        for (String f : FIELDS) {
            String rv = rd.rules().get(f);
            String tv = rd.tagger().get(f);
            if (rv == null && tv == null || rv != null && rv.equals(tv)) continue;
            if (taggerRight(f, rd, tagged) > 0.5) out.add(f);
        }
        return out;
    }

    /** Learns the chooser {@code opis evaluate} ships: boosted trees ({@link ChooserTrees}; deterministic). */
    public static FieldChooser learn(List<Case> cases) {
        return new FieldChooser(ChooserTrees.learn(cases, ChooserTrees.Settings.DEFAULT));
    }

    /**
     * Learns a logistic-regression chooser (L2-regularised, full-batch gradient descent; deterministic) — the form shipped
     * before round 19, kept to compare with; a weights file of this form is still read.
     */
    public static FieldChooser learn(List<Case> cases, double l2, int iterations) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (Case c : cases) for (String k : c.x().keySet()) index.putIfAbsent(k, index.size());
        int d = index.size();
        double[] wt = new double[d];
        int[][] fi = new int[cases.size()][];
        double[][] fv = new double[cases.size()][];
        for (int i = 0; i < cases.size(); i++) {
            Map<String, Double> x = cases.get(i).x();
            fi[i] = new int[x.size()];
            fv[i] = new double[x.size()];
            int k = 0;
            for (var e : x.entrySet()) {
                fi[i][k] = index.get(e.getKey());
                fv[i][k++] = e.getValue();
            }
        }
        double[] g2 = new double[d];
        double rate = 0.5;
        for (int it = 0; it < iterations; it++) {
            double[] g = new double[d];
            for (int i = 0; i < cases.size(); i++) {
                double z = 0;
                for (int k = 0; k < fi[i].length; k++) z += wt[fi[i][k]] * fv[i][k];
                double p = 1 / (1 + Math.exp(-z));
                double err = p - (cases.get(i).taggerRight() ? 1 : 0);
                for (int k = 0; k < fi[i].length; k++) g[fi[i][k]] += err * fv[i][k];
            }
            for (int j = 0; j < d; j++) {
                double gj = g[j] / Math.max(1, cases.size()) + l2 * wt[j];
                g2[j] += gj * gj;
                wt[j] -= rate * gj / (Math.sqrt(g2[j]) + 1e-8);
            }
        }
        Map<String, Double> w = new TreeMap<>();
        index.forEach((k, j) -> {
            if (Math.abs(wt[j]) > 1e-6) w.put(k, wt[j]);
        });
        return new FieldChooser(w);
    }

    /** Writes the weights (name TAB weight, one a line). */
    public void write(Writer out) throws IOException {
        if (trees != null) {
            out.write("# boosted trees of the field chooser (FieldChooser, ChooserTrees), learned by opis evaluate --write-chooser\n");
            trees.write(out);
            return;
        }
        out.write("# weights of the field chooser (FieldChooser), learned by opis evaluate --write-chooser\n");
        for (var e : new TreeMap<>(w).entrySet()) out.write(e.getKey() + "\t" + String.format(Locale.ROOT, "%.6f", e.getValue()) + "\n");
    }
}
