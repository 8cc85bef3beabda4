package org.opis.reflist;

import com.fasterxml.jackson.databind.JsonNode;
import org.opis.reflist.tagger.Evaluation;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@link ReaderGate} scored leave-one-list-out: for every list, a gate learned from the other lists' entries decides
 * which of the list's entries the rules read alone; those entries are scored by the rules' record alone, the rest by the
 * chooser's. What an entry teaches the gate: whether the chooser's record had fewer wrong fields than the rules' alone.
 */
final class GateFolds {
    /** One entry: its list, what the gate sees, the gold record, the chooser's record and the rules' record alone. */
    record Row(String list, Map<String, Double> cues, JsonNode gold, JsonNode learned, JsonNode alone, boolean mayPass) {
        /** Wrong fields of the chooser's record less those of the rules' alone (positive: the chooser read it better). */
        int gain() {
            return wrong(gold, alone) - wrong(gold, learned);
        }
    }

    /** Pooled scores at one threshold: F1, all-right share, the share of entries the gate let through to the rules alone. */
    record Point(double threshold, double f1, double allRight, double gated, int entries) {
    }

    private GateFolds() {
    }

    /** The probability, for every row, that the chooser reads it better, by a gate learned without the row's list. */
    static double[] foldProbabilities(List<Row> rows) {
        Map<String, List<Integer>> byList = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) byList.computeIfAbsent(rows.get(i).list(), k -> new ArrayList<>()).add(i);
        int[] gain = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) gain[i] = rows.get(i).gain();
        double[] p = new double[rows.size()];
        for (var e : byList.entrySet()) {
            List<Map<String, Double>> x = new ArrayList<>();
            List<Boolean> y = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).list().equals(e.getKey())) continue;
                x.add(rows.get(i).cues());
                y.add(gain[i] > 0);
            }
            ReaderGate g = ReaderGate.learn(x, y, 0);
            for (int i : e.getValue()) p[i] = g.better(rows.get(i).cues());
        }
        return p;
    }

    /** The gate learned from every row (to ship). */
    static ReaderGate learnAll(List<Row> rows, double threshold) {
        List<Map<String, Double>> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (Row r : rows) {
            x.add(r.cues());
            y.add(r.gain() > 0);
        }
        return ReaderGate.learn(x, y, threshold);
    }

    /** Pooled scores with the rows whose probability is below {@code threshold} read by the rules alone. */
    static Point score(List<Row> rows, double[] p, double threshold) {
        int[] c = new int[3];
        int allRight = 0;
        int gated = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            boolean alone = r.mayPass() && p[i] < threshold;
            if (alone) gated++;
            JsonNode pred = alone ? r.alone() : r.learned();
            if (add(c, r.gold(), pred)) allRight++;
        }
        double prec = c[0] + c[1] == 0 ? 0 : c[0] / (double) (c[0] + c[1]);
        double rec = c[0] + c[2] == 0 ? 0 : c[0] / (double) (c[0] + c[2]);
        double f1 = prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec);
        return new Point(threshold, f1, allRight / (double) Math.max(1, rows.size()), gated / (double) Math.max(1, rows.size()), rows.size());
    }

    /** Writes the scores at several thresholds. */
    static void report(List<Row> rows, double[] p, PrintWriter out) {
        for (double t : new double[] {0, 0.02, 0.05, 0.08, 0.1, 0.11, 0.12, 0.13, 0.14, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 1.01}) {
            Point s = score(rows, p, t);
            out.printf(java.util.Locale.ROOT, "gate threshold %.2f: F1 %.4f all-right %.4f rules alone on %.1f%% of %d entries%n",
                    t, s.f1(), s.allRight(), 100 * s.gated(), s.entries());
        }
        out.flush();
    }

    /** Adds an entry's counts (right, wrong or extra, missed) as {@link Evaluation#score} counts them; whether every field is right. */
    private static boolean add(int[] c, JsonNode gold, JsonNode pred) {
        Map<String, String> g = Evaluation.comparable(gold);
        Map<String, String> p = pred == null ? Map.of() : Evaluation.comparable(pred);
        boolean ok = true;
        for (String f : Evaluation.FIELDS) {
            String gv = g.get(f);
            String pv = p.get(f);
            if (gv == null && pv == null) continue;
            if (gv != null && gv.equals(pv)) c[0]++;
            else {
                ok = false;
                if (pv != null) c[1]++;
                if (gv != null) c[2]++;
            }
        }
        return ok;
    }

    private static int wrong(JsonNode gold, JsonNode pred) {
        Map<String, String> g = Evaluation.comparable(gold);
        Map<String, String> p = pred == null ? Map.of() : Evaluation.comparable(pred);
        int w = 0;
        for (String f : Evaluation.FIELDS) {
            String gv = g.get(f);
            String pv = p.get(f);
            if (gv == null && pv == null) continue;
            if (!Objects.equals(gv, pv)) w++;
        }
        return w;
    }
}
