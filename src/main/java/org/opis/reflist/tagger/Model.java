package org.opis.reflist.tagger;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A linear-chain model over {@link Label}s: hashed feature weights per label and label-to-label
 * transition weights, decoded by Viterbi; token confidences are the forward–backward marginals of
 * the scores read as log-potentials (scaled by a temperature fitted on held-out training data).
 * Stored as a gzip stream of the non-zero weights.
 */
public final class Model {
    private static final int MAGIC = 0x4F505447; // "OPTG"
    private static final int VERSION = 1;
    static final int L = Label.ALL.length;

    final int bits;
    final float[] w;      // [feature * L + label]; null in a model read from a file (it has rows)
    final float[] trans;  // [(prev + 1) * L + label], prev = -1 for the start
    float temperature = 1f;
    /** The non-zero rows of the weights packed, for a model read from a file (never changed after); null while training. */
    final WeightRows rows;

    Model(int bits) {
        this.bits = bits;
        this.w = new float[(1 << bits) * L];
        this.trans = new float[(L + 1) * L];
        this.rows = null;
    }

    /** A model read from a file: its weights only as packed rows (the 24 MB full table is never allocated). */
    Model(int bits, float[] trans, float temperature, WeightRows rows) {
        this.bits = bits;
        this.w = null;
        this.trans = trans;
        this.temperature = temperature;
        this.rows = rows;
    }

    /** The scores of every label at every token. */
    float[][] emissions(int[][] feats) {
        if (rows != null) return rows.emissions(feats);
        float[][] e = new float[feats.length][L];
        for (int i = 0; i < feats.length; i++) {
            float[] row = e[i];
            for (int f : feats[i]) {
                int base = f * L;
                for (int y = 0; y < L; y++) row[y] += w[base + y];
            }
        }
        return e;
    }

    /** The best label sequence (Viterbi). */
    int[] viterbi(float[][] e) {
        int n = e.length;
        int[] best = new int[n];
        if (n == 0) return best;
        float[][] score = new float[n][L];
        int[][] back = new int[n][L];
        for (int y = 0; y < L; y++) score[0][y] = e[0][y] + trans[y];
        for (int i = 1; i < n; i++) {
            // the same sums prev[p] + trans[(p + 1) * L + y], taken by predecessor p (the row of p is
            // contiguous): for each label the first p with the greatest sum is kept (a later one must be
            // strictly greater), as a scan over p keeping only a strictly greater sum finds; a NaN sum
            // is never taken, and a label with no finite sum keeps p = 0 and -infinity
            float[] prev = score[i - 1];
            float[] cur = score[i];
            int[] bk = back[i];
            java.util.Arrays.fill(cur, Float.NEGATIVE_INFINITY);
            for (int p = 0; p < L; p++) {
                float pp = prev[p];
                int base = (p + 1) * L;
                for (int y = 0; y < L; y++) {
                    float v = pp + trans[base + y];
                    if (v > cur[y]) {
                        cur[y] = v;
                        bk[y] = p;
                    }
                }
            }
            float[] ei = e[i];
            for (int y = 0; y < L; y++) cur[y] += ei[y];
        }
        int arg = 0;
        for (int y = 1; y < L; y++) if (score[n - 1][y] > score[n - 1][arg]) arg = y;
        best[n - 1] = arg;
        for (int i = n - 1; i > 0; i--) best[i - 1] = back[i][best[i]];
        return best;
    }

    private double[] expTrans;
    private float expTransT = Float.NaN;

    /**
     * The marginal probability of every label at every token: forward–backward over the scores
     * divided by the temperature, in scaled probability space (each step normalised).
     */
    double[][] marginals(float[][] e) {
        int n = e.length;
        double[][] m = new double[n][L];
        if (n == 0) return m;
        double t = temperature;
        double[] et = expTrans;
        if (et == null || expTransT != temperature) {
            et = new double[trans.length];
            float top = Float.NEGATIVE_INFINITY;
            for (float x : trans) top = Math.max(top, x);
            for (int i = 0; i < et.length; i++) et[i] = Math.exp((trans[i] - top) / t);
            expTrans = et;
            expTransT = temperature;
        }
        double[][] p = new double[n][L];
        for (int i = 0; i < n; i++) {
            float mx = Float.NEGATIVE_INFINITY;
            for (int y = 0; y < L; y++) mx = Math.max(mx, e[i][y]);
            for (int y = 0; y < L; y++) p[i][y] = Math.exp((e[i][y] - mx) / t);
        }
        double[][] a = new double[n][L];
        double[][] b = new double[n][L];
        for (int y = 0; y < L; y++) a[0][y] = p[0][y] * et[y];
        normalise(a[0]);
        for (int i = 1; i < n; i++) {
            double[] ai = a[i];
            double[] prev = a[i - 1];
            for (int q = 0; q < L; q++) {
                double pq = prev[q];
                if (pq == 0) continue;
                int base = (q + 1) * L;
                for (int y = 0; y < L; y++) ai[y] += pq * et[base + y];
            }
            for (int y = 0; y < L; y++) ai[y] *= p[i][y];
            normalise(ai);
        }
        java.util.Arrays.fill(b[n - 1], 1.0);
        for (int i = n - 2; i >= 0; i--) {
            double[] bi = b[i];
            double[] next = b[i + 1];
            double[] pn = p[i + 1];
            for (int q = 0; q < L; q++) {
                int base = (q + 1) * L;
                double s = 0;
                for (int y = 0; y < L; y++) s += et[base + y] * pn[y] * next[y];
                bi[q] = s;
            }
            normalise(bi);
        }
        for (int i = 0; i < n; i++) {
            double z = 0;
            for (int y = 0; y < L; y++) z += (m[i][y] = a[i][y] * b[i][y]);
            if (z > 0) for (int y = 0; y < L; y++) m[i][y] /= z;
        }
        return m;
    }

    private static void normalise(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        if (s > 0 && Double.isFinite(s)) for (int i = 0; i < v.length; i++) v[i] /= s;
    }

    /** Writes the model (gzip, non-zero weights only). */
    public void write(OutputStream os) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(os), 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(bits);
        out.writeInt(L);
        for (Label l : Label.ALL) out.writeUTF(l.name());
        out.writeFloat(temperature);
        for (float x : trans) out.writeFloat(x);
        float[] w = this.w != null ? this.w : rows.full(bits);
        int nz = 0;
        for (float x : w) if (x != 0f) nz++;
        out.writeInt(nz);
        int last = 0;
        for (int i = 0; i < w.length; i++) {
            if (w[i] == 0f) continue;
            writeVarInt(out, i - last);
            last = i;
            out.writeFloat(w[i]);
        }
        out.flush();
        out.close();
    }

    /**
     * Reads a model written by {@link #write}.
     *
     * @throws IOException when the stream is not a model of this version or is cut short
     */
    public static Model read(InputStream is) throws IOException {
        return ModelFile.read(is, MAGIC, VERSION);
    }

    private static void writeVarInt(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }
}
