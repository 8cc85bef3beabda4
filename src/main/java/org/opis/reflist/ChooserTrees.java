package org.opis.reflist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Gradient-boosted decision trees over the field chooser's cues: the log-odds that the tagger's value of a field is the
 * right one is a sum of small trees, each splitting on one cue at a time ({@code title:tconf >= 0.93}, {@code
 * rnull&tLost}, a value's shape …), so that how much one cue counts can depend on others without every pair being
 * written out as a feature. Learned by Newton boosting on the logistic loss (second-order leaf values, L2 on leaves,
 * a minimum weight per leaf), deterministic: no sampling. A cue missing from a case has the value 0.
 */
final class ChooserTrees {
    /** The learning settings: trees, depth, shrinkage, leaf L2, minimum hessian per leaf, thresholds per cue. */
    record Settings(int trees, int depth, double rate, double lambda, double minWeight, int bins, double subsample) {
        static final Settings DEFAULT = new Settings(
                Integer.getInteger("opis.chooser.trees.n", 300), Integer.getInteger("opis.chooser.trees.depth", 4),
                Double.parseDouble(System.getProperty("opis.chooser.trees.rate", "0.1")), 1.0,
                Double.parseDouble(System.getProperty("opis.chooser.trees.minWeight", "2")), 16,
                Double.parseDouble(System.getProperty("opis.chooser.trees.subsample", "1")));
    }

    /** One tree, as arrays: an inner node tests {@code cue >= threshold} (right when true); a leaf has cue null. */
    record Tree(String[] cue, double[] threshold, int[] left, int[] right, double[] leaf) {
    }

    private final double base;
    private final List<Tree> trees;
    /** The cues the trees test, numbered; and every tree's nodes with their cue's number (-1 at a leaf). */
    private final Map<String, Integer> cues = new HashMap<>();
    private final int[][] cueOf;
    /** The cues by name, and crossed names by field, for writing a field's cues straight into their numbers. */
    private final ChooserCues.Index index;

    private ChooserTrees(double base, List<Tree> trees) {
        this.base = base;
        this.trees = trees;
        this.cueOf = new int[trees.size()][];
        for (int t = 0; t < trees.size(); t++) {
            String[] c = trees.get(t).cue();
            cueOf[t] = new int[c.length];
            for (int i = 0; i < c.length; i++) cueOf[t][i] = c[i] == null ? -1 : cues.computeIfAbsent(c[i], k -> cues.size());
        }
        this.index = new ChooserCues.Index(cues);
        int nodes = 0;
        for (Tree t : trees) nodes += t.cue().length;
        this.roots = new int[trees.size()];
        this.nodeCue = new int[nodes];
        this.nodeThreshold = new double[nodes];
        this.nodeLeft = new int[nodes];
        this.nodeRight = new int[nodes];
        this.nodeLeaf = new double[nodes];
        int at = 0;
        for (int t = 0; t < trees.size(); t++) {
            Tree tree = trees.get(t);
            roots[t] = at;
            for (int i = 0; i < tree.cue().length; i++) {
                nodeCue[at + i] = cueOf[t][i];
                nodeThreshold[at + i] = tree.threshold()[i];
                nodeLeft[at + i] = at + tree.left()[i];
                nodeRight[at + i] = at + tree.right()[i];
                nodeLeaf[at + i] = tree.leaf()[i];
            }
            at += tree.cue().length;
        }
    }

    /**
     * Every tree's nodes side by side in one array per part (read by {@link #logOdds(double[])}): tree t's root at
     * {@code roots[t]}, a node's children at their place in these arrays, its cue's number (-1 at a leaf), threshold and
     * leaf value.
     */
    private final int[] roots;
    private final int[] nodeCue;
    private final double[] nodeThreshold;
    private final int[] nodeLeft;
    private final int[] nodeRight;
    private final double[] nodeLeaf;

    /** An empty array of this chooser's numbered cues, for the field at this place of {@link FieldChooser#FIELDS}. */
    ChooserCues.Numbered cues(int field) {
        return new ChooserCues.Numbered(index, field);
    }

    /** The number of a cue the trees test, or -1 when they test none of that name. */
    int cueNumber(String name) {
        Integer k = cues.get(name);
        return k == null ? -1 : k;
    }

    /** The trees, in their order, and the starting log-odds (for tests that sum them tree by tree). */
    List<Tree> trees() {
        return trees;
    }

    double base() {
        return base;
    }

    /** How many cues the trees test ({@link #logOdds(double[])} reads that many values). */
    int cueCount() {
        return cues.size();
    }

    /** The log-odds that the tagger's value is the right one. */
    double logOdds(Map<String, Double> x) {
        double[] v = new double[cues.size()];
        for (var e : x.entrySet()) {
            Integer k = cues.get(e.getKey());
            if (k != null) v[k] = e.getValue();
        }
        return logOdds(v);
    }

    /** The log-odds from the cues' values by their numbers ({@code v[k]}: the cue numbered k, 0 when absent). */
    double logOdds(double[] v) {
        // the trees in their order, each from its root to a leaf: the same tests and the same sum as tree by tree
        double z = base;
        int[] c = nodeCue;
        for (int root : roots) {
            int n = root;
            while (c[n] >= 0) n = v[c[n]] >= nodeThreshold[n] ? nodeRight[n] : nodeLeft[n];
            z += nodeLeaf[n];
        }
        return z;
    }

    /** Learns the trees from the chooser's cases. */
    static ChooserTrees learn(List<FieldChooser.Case> cases, Settings s) {
        int n = cases.size();
        Map<String, Integer> index = new HashMap<>();
        List<String> names = new ArrayList<>();
        List<TreeSet<Double>> values = new ArrayList<>();
        for (FieldChooser.Case c : cases) {
            for (var e : c.x().entrySet()) {
                Integer f = index.get(e.getKey());
                if (f == null) {
                    f = names.size();
                    index.put(e.getKey(), f);
                    names.add(e.getKey());
                    values.add(new TreeSet<>());
                }
                values.get(f).add(e.getValue());
            }
        }
        int d = names.size();
        // candidate thresholds per cue: its distinct values and 0, thinned to at most `bins` by quantile
        double[][] cut = new double[d][];
        int[] offset = new int[d + 1];
        for (int f = 0; f < d; f++) {
            TreeSet<Double> v = values.get(f);
            v.add(0.0);
            double[] all = v.stream().mapToDouble(Double::doubleValue).toArray();
            if (all.length > s.bins()) {
                double[] q = new double[s.bins()];
                for (int i = 0; i < q.length; i++) q[i] = all[(int) ((long) i * (all.length - 1) / (q.length - 1))];
                all = Arrays.stream(q).distinct().toArray();
            }
            cut[f] = all;
            offset[f + 1] = offset[f] + all.length;
        }
        int[][] fi = new int[n][];
        int[][] bin = new int[n][];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            Map<String, Double> x = cases.get(i).x();
            fi[i] = new int[x.size()];
            bin[i] = new int[x.size()];
            int k = 0;
            for (var e : x.entrySet()) {
                int f = index.get(e.getKey());
                fi[i][k] = f;
                bin[i][k++] = binOf(cut[f], e.getValue());
            }
            y[i] = cases.get(i).taggerRight() ? 1 : 0;
        }
        int[] zeroBin = new int[d];
        for (int f = 0; f < d; f++) zeroBin[f] = binOf(cut[f], 0.0);
        double pos = Arrays.stream(y).sum();
        double base = Math.log((pos + 1) / (n - pos + 1));
        double[] z = new double[n];
        Arrays.fill(z, base);
        double[] g = new double[n];
        double[] h = new double[n];
        double[] gs = new double[offset[d]];
        double[] hs = new double[offset[d]];
        List<Tree> trees = new ArrayList<>();
        java.util.Random draw = new java.util.Random(20261207L);
        for (int t = 0; t < s.trees(); t++) {
            for (int i = 0; i < n; i++) {
                double p = 1 / (1 + Math.exp(-z[i]));
                g[i] = p - y[i];
                h[i] = Math.max(p * (1 - p), 1e-6);
            }
            TreeGrower b = new TreeGrower(s, names, cut, offset, zeroBin, fi, bin, g, h, gs, hs);
            b.grow(rows(n, s.subsample(), draw), 0);
            Tree tree = b.tree();
            trees.add(tree);
            for (int i = 0; i < n; i++) z[i] += s.subsample() < 1 ? b.route(i) : b.leafOf[i];
        }
        return new ChooserTrees(base, trees);
    }

    /** The rows a tree is grown on: all, or (stochastic boosting) each with probability {@code share}, drawn from a fixed seed. */
    private static int[] rows(int n, double share, java.util.Random draw) {
        if (share >= 1) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) all[i] = i;
            return all;
        }
        return java.util.stream.IntStream.range(0, n).filter(i -> draw.nextDouble() < share).toArray();
    }

    private static int binOf(double[] cut, double v) {
        int j = Arrays.binarySearch(cut, v);
        return j >= 0 ? j : Math.max(0, -j - 2);
    }

    /** Writes the trees: a line {@code base TAB value}, then per tree a line {@code tree}, then one line per node
     * ({@code node TAB cue TAB threshold TAB left TAB right} or {@code leaf TAB value}). */
    void write(java.io.Writer out) throws java.io.IOException {
        out.write(String.format(Locale.ROOT, "base\t%.9g%n", base));
        for (Tree t : trees) {
            out.write("tree\n");
            for (int i = 0; i < t.cue().length; i++) {
                if (t.cue()[i] == null) out.write(String.format(Locale.ROOT, "leaf\t%.9g%n", t.leaf()[i]));
                else out.write(String.format(Locale.ROOT, "node\t%s\t%.9g\t%d\t%d%n", t.cue()[i], t.threshold()[i], t.left()[i], t.right()[i]));
            }
        }
    }

    /** Reads trees written by {@link #write}. */
    static ChooserTrees read(List<String> lines) {
        double base = 0;
        List<Tree> trees = new ArrayList<>();
        List<String[]> nodes = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            switch (f[0]) {
                case "base" -> base = Double.parseDouble(f[1]);
                case "tree" -> {
                    if (!nodes.isEmpty()) trees.add(tree(nodes));
                    nodes.clear();
                }
                default -> nodes.add(f);
            }
        }
        if (!nodes.isEmpty()) trees.add(tree(nodes));
        return new ChooserTrees(base, trees);
    }

    private static Tree tree(List<String[]> nodes) {
        int m = nodes.size();
        String[] cue = new String[m];
        double[] th = new double[m];
        int[] l = new int[m];
        int[] r = new int[m];
        double[] lf = new double[m];
        for (int i = 0; i < m; i++) {
            String[] f = nodes.get(i);
            if (f[0].equals("leaf")) {
                lf[i] = Double.parseDouble(f[1]);
            } else {
                cue[i] = f[1];
                th[i] = Double.parseDouble(f[2]);
                l[i] = Integer.parseInt(f[3]);
                r[i] = Integer.parseInt(f[4]);
            }
        }
        return new Tree(cue, th, l, r, lf);
    }
}
