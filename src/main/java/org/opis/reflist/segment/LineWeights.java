package org.opis.reflist.segment;

import java.util.Map;

/**
 * A line model's feature weights in an open-addressed table keyed by the features' {@link
 * String#hashCode}, looked up by a feature's parts without joining them: the hash of a joined string
 * follows from its parts' hashes ({@code h(a + b) = h(a) * 31^|b| + h(b)}, in {@code int}
 * arithmetic, as {@code String.hashCode} computes it), and a candidate key is compared with the
 * parts character by character, so a feature finds exactly the row the joined string finds in the
 * model's map ({@code LineWeightsTest}). The rows are the map's own arrays.
 */
final class LineWeights {
    private final int[] hashes;
    private final String[] keys;
    private final double[][] rows;
    private final int mask;
    /** 31 to the power of a length, for lengths below its size. */
    private static final int[] POW = new int[64];

    static {
        POW[0] = 1;
        for (int i = 1; i < POW.length; i++) POW[i] = POW[i - 1] * 31;
    }

    LineWeights(Map<String, double[]> weights) {
        int cap = Integer.highestOneBit(Math.max(4, weights.size() * 2 + 1)) << 1;
        hashes = new int[cap];
        keys = new String[cap];
        rows = new double[cap][];
        mask = cap - 1;
        for (Map.Entry<String, double[]> e : weights.entrySet()) {
            int h = e.getKey().hashCode();
            int at = spread(h) & mask;
            while (keys[at] != null) at = (at + 1) & mask;
            hashes[at] = h;
            keys[at] = e.getKey();
            rows[at] = e.getValue();
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    private static int pow31(int len) {
        if (len < POW.length) return POW[len];
        int x = 1;
        for (int i = 0; i < len; i++) x *= 31;
        return x;
    }

    /** The row of the feature made of {@code parts[0..n)} joined, or null when the model has none. */
    double[] find(String[] parts, int n) {
        int h = 0;
        int len = 0;
        for (int i = 0; i < n; i++) {
            String p = parts[i];
            h = h * pow31(p.length()) + p.hashCode();
            len += p.length();
        }
        for (int at = spread(h) & mask; keys[at] != null; at = (at + 1) & mask) {
            if (hashes[at] == h && matches(keys[at], len, parts, n)) return rows[at];
        }
        return null;
    }

    /** Whether {@code key} is the parts joined. */
    private static boolean matches(String key, int len, String[] parts, int n) {
        if (key.length() != len) return false;
        int off = 0;
        for (int i = 0; i < n; i++) {
            String p = parts[i];
            if (!key.regionMatches(off, p, 0, p.length())) return false;
            off += p.length();
        }
        return true;
    }
}
