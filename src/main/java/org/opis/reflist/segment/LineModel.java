package org.opis.reflist.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A linear sequence model over lines: a weight per (feature, tag) and per (previous tag, tag),
 * decoded with Viterbi. Stored as gzipped text, one feature a line ({@code feature TAB wBegin TAB
 * wInside TAB wOutside}), so a model can be read and compared by eye.
 */
public final class LineModel {
    static final int T = LineTag.ALL.length;
    /** Transition weights: rows are the previous tag, row {@code T} is the start. */
    final double[][] trans = new double[T + 1][T];
    final Map<String, double[]> weights = new HashMap<>();

    /** The tag of every line of {@code lines}. */
    public LineTag[] tag(Lines lines) {
        int n = lines.size();
        LineTag[] out = new LineTag[n];
        if (n == 0) return out;
        // each line's features are scored and dropped at once: a list of 250,000 lines never holds
        // its ~16 million feature strings together, only the scores
        int[] widths = LineFeatures.widths(lines);
        String[] sections = LineFeatures.sections(lines);
        int[][] blocks = LineFeatures.blocks(lines);
        double[][] emit = new double[n][];
        LineWeights index = this.index;
        for (int i = 0; i < n; i++) {
            if (index == null) {
                emit[i] = score(LineFeatures.of(lines, i, widths, sections, blocks));
                continue;
            }
            // a model read from a file: the features are scored from their parts, no string is made
            LineFeatureSink.Scores s = new LineFeatureSink.Scores(index, T);
            LineFeatures.of(s, lines, i, widths, sections, blocks);
            emit[i] = s.sum;
        }
        return viterbi(emit);
    }

    /**
     * The weights by their features' hashes, for scoring features by their parts ({@link LineWeights});
     * made when a model is read (its weights are not changed after), null in a model being trained.
     */
    LineWeights index;

    /** The features of every line. */
    static List<List<String>> features(Lines lines) {
        int[] widths = LineFeatures.widths(lines);
        String[] sections = LineFeatures.sections(lines);
        int[][] blocks = LineFeatures.blocks(lines);
        List<List<String>> out = new java.util.ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) out.add(LineFeatures.of(lines, i, widths, sections, blocks));
        return out;
    }

    /** The best tags for lines with these features (Viterbi). */
    LineTag[] decode(List<List<String>> features) {
        int n = features.size();
        LineTag[] out = new LineTag[n];
        if (n == 0) return out;
        double[][] emit = new double[n][];
        for (int i = 0; i < n; i++) emit[i] = score(features.get(i));
        return viterbi(emit);
    }

    /** The best tags for lines with these scores of each tag (Viterbi). */
    private LineTag[] viterbi(double[][] emit) {
        int n = emit.length;
        LineTag[] out = new LineTag[n];
        double[][] best = new double[n][T];
        int[][] back = new int[n][T];
        for (int t = 0; t < T; t++) best[0][t] = trans[T][t] + emit[0][t];
        for (int i = 1; i < n; i++) {
            for (int t = 0; t < T; t++) {
                double b = Double.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < T; p++) {
                    double v = best[i - 1][p] + trans[p][t];
                    if (v > b) {
                        b = v;
                        arg = p;
                    }
                }
                best[i][t] = b + emit[i][t];
                back[i][t] = arg;
            }
        }
        int t = 0;
        for (int k = 1; k < T; k++) if (best[n - 1][k] > best[n - 1][t]) t = k;
        for (int i = n - 1; i >= 0; i--) {
            out[i] = LineTag.ALL[t];
            t = back[i][t];
        }
        return out;
    }

    double[] score(List<String> features) {
        double[] s = new double[T];
        for (String f : features) {
            double[] w = weights.get(f);
            if (w == null) continue;
            for (int t = 0; t < T; t++) s[t] += w[t];
        }
        return s;
    }

    /** Writes the model as gzipped text, features in sorted order (the same model gives the same bytes). */
    public void write(OutputStream os) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(os) {
            {
                def.setLevel(9);
            }
        };
        PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(gz, StandardCharsets.UTF_8));
        w.println("# opis line segmenter: feature\tBEGIN\tINSIDE\tOUTSIDE; rows @prev=TAG are transitions");
        for (int p = 0; p <= T; p++) {
            w.println("@prev=" + (p == T ? "START" : LineTag.ALL[p].name()) + "\t" + row(trans[p]));
        }
        for (Map.Entry<String, double[]> e : new TreeMap<>(weights).entrySet()) {
            if (isZero(e.getValue())) continue;
            w.println(e.getKey() + "\t" + row(e.getValue()));
        }
        w.flush();
        gz.finish();
    }

    private static boolean isZero(double[] v) {
        for (double x : v) if (Math.abs(x) > 1e-9) return false;
        return true;
    }

    private static String row(double[] v) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            if (i > 0) b.append('\t');
            b.append(String.format(java.util.Locale.ROOT, "%.4f", v[i]));
        }
        return b.toString();
    }

    /** Reads a model written by {@link #write}; a malformed file is an {@link IOException} naming the line. */
    public static LineModel read(InputStream is) throws IOException {
        LineModel m = new LineModel();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(is), StandardCharsets.UTF_8))) {
            String l;
            int no = 0;
            while ((l = r.readLine()) != null) {
                no++;
                if (l.startsWith("#") || l.isBlank()) continue;
                String[] c = l.split("\t");
                if (c.length != T + 1) throw new IOException("line " + no + ": expected a feature and " + T + " weights");
                double[] v = new double[T];
                try {
                    for (int t = 0; t < T; t++) v[t] = Double.parseDouble(c[t + 1]);
                } catch (NumberFormatException e) {
                    throw new IOException("line " + no + ": not a number", e);
                }
                if (c[0].startsWith("@prev=")) {
                    String p = c[0].substring(6);
                    int row = p.equals("START") ? T : LineTag.valueOf(p).ordinal();
                    m.trans[row] = v;
                } else {
                    m.weights.put(c[0], v);
                }
            }
        } catch (IllegalArgumentException e) {
            throw new IOException("not a line-segmenter model: " + e.getMessage(), e);
        }
        m.index = new LineWeights(m.weights);
        return m;
    }
}
