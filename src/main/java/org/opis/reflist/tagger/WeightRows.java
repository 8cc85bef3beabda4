package org.opis.reflist.tagger;

/**
 * A loaded model's feature weights packed by row: only the hashed features with a non-zero weight
 * keep their {@link Model#L} weights, side by side, and an index says where each feature's row is
 * (or that it has none). The emission scores are the same floats summed in the same order as over
 * the full table (a feature without a row would only add zeros, which changes no sum), but an
 * entry's features touch a 10 MB table instead of a 24 MB one and skip the rows of features the
 * training never saw. Built once when a model is read ({@link ModelFile}), from its stored non-zero weights; a model
 * being trained keeps using its full table.
 */
final class WeightRows {
    private final int[] rowOf; // feature -> offset of its row in weights, or -1
    private final float[] weights;
    /**
     * The offsets of the most read features' rows ({@link HotRows}) as {feature, offset} pairs in an
     * open-addressed table (feature -1: an empty place), or null: ~128 KB that stay cached, read
     * before the 1 MB {@code rowOf}, which only the other features then touch. Gives the same
     * offset as {@code rowOf} for every feature ({@code HotRowsTest}).
     */
    private final int[] hotIndex;

    /** {@code rowOf[feature]}: the offset of the feature's row in {@code weights}, or -1 when it has none. */
    WeightRows(int[] rowOf, float[] weights) {
        this(rowOf, weights, null);
    }

    private WeightRows(int[] rowOf, float[] weights, int[] hotIndex) {
        this.rowOf = rowOf;
        this.weights = weights;
        this.hotIndex = hotIndex;
    }

    /** These rows with the offsets of {@code hot}'s features (those with a row) also in a small table read first. */
    WeightRows withHotIndex(int[] hot) {
        int count = 0;
        for (int f : hot) if (hasRow(f)) count++;
        if (count == 0) return new WeightRows(rowOf, weights);
        int pairs = Integer.highestOneBit(count * 2 - 1) << 1; // at most half full
        int[] t = new int[pairs * 2];
        java.util.Arrays.fill(t, -1);
        int mask = t.length - 1;
        for (int f : hot) {
            if (!hasRow(f)) continue;
            int at = (f & (pairs - 1)) << 1;
            while (t[at] != -1 && t[at] != f) at = (at + 2) & mask;
            t[at] = f;
            t[at + 1] = rowOf[f];
        }
        return new WeightRows(rowOf, weights, t);
    }

    /** Where feature {@code f}'s row starts, read as {@link #emissions} reads it (through the hot table when there is one). */
    int lookup(int f) {
        int[] t = hotIndex;
        if (t == null) return rowOf[f];
        int mask = t.length - 1;
        int at = (f << 1) & mask;
        int k;
        while ((k = t[at]) != f && k != -1) at = (at + 2) & mask;
        return k == f ? t[at + 1] : rowOf[f];
    }

    /** The full table ({@code [feature * L + label]}) these rows were packed from, to write the model again. */
    float[] full(int bits) {
        int L = Model.L;
        float[] w = new float[(1 << bits) * L];
        for (int f = 0; f < rowOf.length; f++) if (rowOf[f] >= 0) System.arraycopy(weights, rowOf[f], w, f * L, L);
        return w;
    }

    /** Whether feature {@code f} has a row (a non-zero weight). */
    boolean hasRow(int f) {
        return f >= 0 && f < rowOf.length && rowOf[f] >= 0;
    }

    /** Where feature {@code f}'s row starts in the packed weights, or -1 when it has none. */
    int offset(int f) {
        return hasRow(f) ? rowOf[f] : -1;
    }

    /**
     * The same rows laid out again: those of {@code hot} first, in its order, then the others in
     * feature order. Each feature keeps its weights, so {@link #emissions} gives the same floats
     * ({@code HotRowsTest} compares layouts with it; {@link ModelFile} lays a model out so as it reads it).
     */
    WeightRows hotFirst(int[] hot) {
        int L = Model.L;
        int rows = 0;
        for (int r : rowOf) if (r >= 0) rows++;
        int[] to = new int[rowOf.length];
        java.util.Arrays.fill(to, -1);
        float[] w = new float[rows * L];
        int pos = 0;
        for (int f : hot) {
            if (!hasRow(f) || to[f] >= 0) continue;
            System.arraycopy(weights, rowOf[f], w, pos, L);
            to[f] = pos;
            pos += L;
        }
        for (int f = 0; f < rowOf.length; f++) {
            if (rowOf[f] < 0 || to[f] >= 0) continue;
            System.arraycopy(weights, rowOf[f], w, pos, L);
            to[f] = pos;
            pos += L;
        }
        return new WeightRows(to, w);
    }

    /** The scores of every label at every token, as {@link Model#emissions} sums them. */
    float[][] emissions(int[][] feats) {
        int L = Model.L;
        float[][] e = new float[feats.length][L];
        float[] w = weights;
        int[] bases = new int[64];
        for (int i = 0; i < feats.length; i++) {
            float[] row = e[i];
            int[] fs = feats[i];
            if (bases.length < fs.length) bases = new int[fs.length];
            // the rows' places first (independent loads the processor overlaps), then the sums in order
            int n = 0;
            for (int f : fs) {
                int base = lookup(f);
                if (base >= 0) bases[n++] = base;
            }
            for (int k = 0; k < n; k++) {
                int base = bases[k];
                for (int y = 0; y < L; y++) row[y] += w[base + y];
            }
        }
        return e;
    }
}
