package org.opis.reflist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Grows one tree of {@link ChooserTrees} depth-first on the cases' gradients and hessians: at each node the split of one
 * cue at one of its thresholds with the greatest gain (sums of the gradients and hessians per cue and threshold bin,
 * gathered over the cases' non-zero cues; a cue's zero bin takes the rest), down to the depth or the minimum weight.
 */
final class TreeGrower {

    final ChooserTrees.Settings s;
    final List<String> names;
    final double[][] cut;
    final int[] offset;
    final int[] zeroBin;
    final int[][] fi;
    final int[][] bin;
    final double[] g;
    final double[] h;
    final double[] gs;
    final double[] hs;
    final double[] leafOf;
    final List<String> cue = new ArrayList<>();
    final List<Double> threshold = new ArrayList<>();
    final List<Integer> left = new ArrayList<>();
    final List<Integer> right = new ArrayList<>();
    final List<Double> leaf = new ArrayList<>();
    /** Per node, the cue's index and the first bin sent right (-1 at a leaf): to route rows the tree was not grown on. */
    private final List<int[]> split = new ArrayList<>();

    TreeGrower(ChooserTrees.Settings s, List<String> names, double[][] cut, int[] offset, int[] zeroBin, int[][] fi, int[][] bin,
            double[] g, double[] h, double[] gs, double[] hs) {
        this.s = s;
        this.names = names;
        this.cut = cut;
        this.offset = offset;
        this.zeroBin = zeroBin;
        this.fi = fi;
        this.bin = bin;
        this.g = g;
        this.h = h;
        this.gs = gs;
        this.hs = hs;
        this.leafOf = new double[g.length];
    }

    int grow(int[] rows, int depth) {
        int node = cue.size();
        cue.add(null);
        threshold.add(0.0);
        left.add(-1);
        right.add(-1);
        split.add(new int[] {-1, -1});
        double gt = 0;
        double ht = 0;
        for (int i : rows) {
            gt += g[i];
            ht += h[i];
        }
        double value = -gt / (ht + s.lambda()) * s.rate();
        leaf.add(value);
        if (depth >= s.depth() || ht < 2 * s.minWeight()) {
            for (int i : rows) leafOf[i] = value;
            return node;
        }
        // sums of g and h per (cue, bin) over the rows' non-zero cues; each cue's zero bin gets the rest
        List<Integer> touched = new ArrayList<>();
        boolean[] seen = new boolean[names.size()];
        for (int i : rows) {
            for (int k = 0; k < fi[i].length; k++) {
                int f = fi[i][k];
                if (!seen[f]) {
                    seen[f] = true;
                    touched.add(f);
                }
                gs[offset[f] + bin[i][k]] += g[i];
                hs[offset[f] + bin[i][k]] += h[i];
            }
        }
        double parent = gt * gt / (ht + s.lambda());
        double best = 1e-9;
        int bestF = -1;
        int bestBin = -1;
        for (int f : touched) {
            int o = offset[f];
            int m = cut[f].length;
            double gn = 0;
            double hn = 0;
            for (int j = 0; j < m; j++) {
                gn += gs[o + j];
                hn += hs[o + j];
            }
            gs[o + zeroBin[f]] += gt - gn;
            hs[o + zeroBin[f]] += ht - hn;
            double gl = 0;
            double hl = 0;
            for (int j = 0; j < m - 1; j++) { // left: bins 0..j; right: bins j+1.. (cue >= cut[j+1])
                gl += gs[o + j];
                hl += hs[o + j];
                double gr = gt - gl;
                double hr = ht - hl;
                if (hl < s.minWeight() || hr < s.minWeight()) continue;
                double gain = gl * gl / (hl + s.lambda()) + gr * gr / (hr + s.lambda()) - parent;
                if (gain > best) {
                    best = gain;
                    bestF = f;
                    bestBin = j + 1;
                }
            }
            Arrays.fill(gs, o, o + m, 0);
            Arrays.fill(hs, o, o + m, 0);
        }
        if (bestF < 0) {
            for (int i : rows) leafOf[i] = value;
            return node;
        }
        int f = bestF;
        int cutBin = bestBin;
        int[] r = Arrays.stream(rows).filter(i -> binFor(i, f) >= cutBin).toArray();
        int[] l = Arrays.stream(rows).filter(i -> binFor(i, f) < cutBin).toArray();
        cue.set(node, names.get(f));
        threshold.set(node, cut[f][cutBin]);
        split.set(node, new int[] {f, cutBin});
        int ln = grow(l, depth + 1);
        int rn = grow(r, depth + 1);
        left.set(node, ln);
        right.set(node, rn);
        return node;
    }

    /** The value of the leaf row {@code i} falls in (for a row the tree was grown on, what {@link #leafOf} holds). */
    double route(int i) {
        int n = 0;
        while (split.get(n)[0] >= 0) n = binFor(i, split.get(n)[0]) >= split.get(n)[1] ? right.get(n) : left.get(n);
        return leaf.get(n);
    }

    private int binFor(int i, int f) {
        for (int k = 0; k < fi[i].length; k++) if (fi[i][k] == f) return bin[i][k];
        return zeroBin[f];
    }

    ChooserTrees.Tree tree() {
        int m = cue.size();
        double[] th = new double[m];
        int[] l = new int[m];
        int[] r = new int[m];
        double[] lf = new double[m];
        for (int i = 0; i < m; i++) {
            th[i] = threshold.get(i);
            l[i] = left.get(i);
            r[i] = right.get(i);
            lf[i] = leaf.get(i);
        }
        return new ChooserTrees.Tree(cue.toArray(new String[0]), th, l, r, lf);
    }
}
