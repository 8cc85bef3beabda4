package org.opis.reflist.tagger;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.PrintWriter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Field-level scores of a reader against hand-checked lists: for every scored field, a predicted
 * value equal to the gold one (compared lower-cased, without punctuation, spaces or diacritics; an edition that is only an ordinal by its number;
 * names by family name and first initial, in order; dates by their parts) is a true positive, a
 * predicted value that is wrong or not in the gold a false positive, a gold value missed or wrong
 * a false negative. An entry is all-fields-right when it has neither.
 */
public final class Evaluation {
    private static final java.util.regex.Pattern SPACE = java.util.regex.Pattern.compile("[\\s]");
    private static final java.util.regex.Pattern DASHES = java.util.regex.Pattern.compile("[–—‐-]+");
    /** The fields scored. */
    public static final List<String> FIELDS = List.of("author", "editor", "translator", "title", "container-title",
            "collection-title", "volume", "number-of-volumes", "issue", "page", "edition", "publisher", "publisher-place",
            "issued", "genre", "URL", "DOI", "ISBN");

    /** Counts for one reader on one list (or pooled). */
    public static final class Score {
        final Map<String, int[]> byField = new TreeMap<>(); // tp, fp, fn
        int entries;
        int allRight;

        public void add(Score o) {
            entries += o.entries;
            allRight += o.allRight;
            o.byField.forEach((k, v) -> {
                int[] c = byField.computeIfAbsent(k, x -> new int[3]);
                for (int i = 0; i < 3; i++) c[i] += v[i];
            });
        }

        int[] total() {
            int[] t = new int[3];
            for (int[] v : byField.values()) for (int i = 0; i < 3; i++) t[i] += v[i];
            return t;
        }

        public double f1() {
            return f1(total());
        }

        public double allRightRate() {
            return entries == 0 ? 0 : allRight / (double) entries;
        }

        public int entries() {
            return entries;
        }

        /** Entries with every scored field right. */
        public int allRight() {
            return allRight;
        }

        /** Per field, its counts: right, wrong or extra (false positive), missed (false negative). */
        public Map<String, int[]> counts() {
            Map<String, int[]> m = new TreeMap<>();
            byField.forEach((k, v) -> m.put(k, v.clone()));
            return m;
        }

        static double p(int[] c) {
            return c[0] + c[1] == 0 ? 0 : c[0] / (double) (c[0] + c[1]);
        }

        static double r(int[] c) {
            return c[0] + c[2] == 0 ? 0 : c[0] / (double) (c[0] + c[2]);
        }

        static double f1(int[] c) {
            double p = p(c);
            double r = r(c);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private Evaluation() {
    }

    /** Scores a reader (entry text → CSL-JSON record) on a list. */
    public static Score score(Corpus.GoldList list, Function<String, JsonNode> reader) {
        Score s = new Score();
        for (Corpus.Entry e : list.entries()) {
            JsonNode pred;
            try {
                pred = reader.apply(e.text());
            } catch (RuntimeException ex) {
                pred = null;
            }
            Map<String, String> g = values(e.csl());
            Map<String, String> p = pred == null ? Map.of() : values(pred);
            boolean ok = true;
            for (String f : FIELDS) {
                String gv = g.get(f);
                String pv = p.get(f);
                if (gv == null && pv == null) continue;
                int[] c = s.byField.computeIfAbsent(f, k -> new int[3]);
                boolean same = gv != null && gv.equals(pv);
                if (same) c[0]++;
                else {
                    ok = false;
                    if (pv != null) c[1]++;
                    if (gv != null) c[2]++;
                }
            }
            s.entries++;
            if (ok) s.allRight++;
        }
        return s;
    }

    /** The comparable value of every scored field of a record (as scored: lower-cased, no punctuation; names by family and first initial). */
    public static Map<String, String> comparable(JsonNode csl) {
        return values(csl);
    }

    /** The comparable value of every scored field of a record. */
    static Map<String, String> values(JsonNode csl) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String f : FIELDS) {
            JsonNode v = csl.get(f);
            if (v == null || v.isNull()) continue;
            String k;
            if (v.isArray()) k = names(v);
            else if (v.isObject()) k = date(v);
            else if (f.equals("edition")) k = norm(Editions.normal(v.asText()));
            else if (f.equals("page")) k = norm(DASHES.matcher(SPACE.matcher(v.asText()).replaceAll("")).replaceAll("-"));
            else k = norm(v.asText());
            if (k != null && !k.isEmpty()) out.put(f, k);
        }
        return out;
    }

    private static String names(JsonNode arr) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : arr) {
            String lit = n.path("literal").asText("");
            if (!lit.isEmpty()) {
                out.add(norm(lit));
                continue;
            }
            String fam = norm(n.path("non-dropping-particle").asText("") + n.path("family").asText(""));
            String giv = norm(n.path("given").asText(""));
            out.add(fam + (giv.isEmpty() ? "" : "," + giv.charAt(0)));
        }
        return String.join("|", out);
    }

    private static String date(JsonNode d) {
        JsonNode parts = d.get("date-parts");
        if (parts != null && parts.isArray() && !parts.isEmpty()) {
            List<String> out = new ArrayList<>();
            for (JsonNode p : parts) {
                List<String> x = new ArrayList<>();
                for (JsonNode q : p) x.add(String.valueOf(q.asInt()));
                out.add(String.join("-", x));
            }
            return String.join("/", out);
        }
        String lit = d.path("literal").asText(d.path("raw").asText(""));
        return lit.isEmpty() ? null : norm(lit);
    }

    /** A text as values are compared: lower-cased, letters and digits only (and hyphens), no diacritics. */
    public static String comparableText(String s) {
        return norm(s);
    }

    static String norm(String s) {
        String n = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (Character.isLetterOrDigit(c) || c == '-') b.append(c == 'ё' ? 'е' : c);
        }
        return b.toString();
    }

    /** Prints one reader's per-field table. */
    public static void printFields(PrintWriter out, String title, Score s) {
        out.printf("%n%s: field precision / recall / F1 (tp fp fn)%n", title);
        for (Map.Entry<String, int[]> e : s.byField.entrySet()) {
            int[] c = e.getValue();
            out.printf("  %-18s %.3f  %.3f  %.3f   (%d %d %d)%n", e.getKey(), Score.p(c), Score.r(c), Score.f1(c), c[0], c[1], c[2]);
        }
        int[] t = s.total();
        out.printf("  %-18s %.3f  %.3f  %.3f   (%d %d %d)%n", "all fields", Score.p(t), Score.r(t), Score.f1(t), t[0], t[1], t[2]);
        out.printf("  all-fields-right: %d of %d entries (%.3f)%n", s.allRight, s.entries, s.allRightRate());
    }
}
