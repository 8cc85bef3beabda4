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

    /** {@code rowOf[feature]}: the offset of the feature's row in {@code weights}, or -1 when it has none. */
    WeightRows(int[] rowOf, float[] weights) {
        this.rowOf = rowOf;
        this.weights = weights;
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
                int base = rowOf[f];
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
