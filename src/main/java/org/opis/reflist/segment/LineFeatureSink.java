package org.opis.reflist.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Where {@link LineFeatures} puts a line's features, each given as the parts it is made of (the
 * feature is the parts joined, as {@code "p:" + "year=" + "true"}). {@link Strings} joins them, for
 * training and inspection; {@link Scores} adds up a model's weights of them without making any
 * string: the hash of a joined string is computed from its parts' (cached) hashes, the feature found
 * in the model's table by it and checked part by part ({@link LineWeights}).
 */
abstract class LineFeatureSink {

    /** A feature of one part. */
    final void add(String a) {
        n = 0;
        parts[n++] = a;
        feature();
    }

    final void add(String a, String b) {
        n = 0;
        parts[n++] = a;
        parts[n++] = b;
        feature();
    }

    final void add(String a, String b, String c) {
        n = 0;
        parts[n++] = a;
        parts[n++] = b;
        parts[n++] = c;
        feature();
    }

    final void add(String a, String b, String c, String d) {
        n = 0;
        parts[n++] = a;
        parts[n++] = b;
        parts[n++] = c;
        parts[n++] = d;
        feature();
    }

    final void add(String a, String b, String c, String d, String e) {
        n = 0;
        parts[n++] = a;
        parts[n++] = b;
        parts[n++] = c;
        parts[n++] = d;
        parts[n++] = e;
        feature();
    }

    final void add(String a, String b, String c, String d, String e, String f) {
        n = 0;
        parts[n++] = a;
        parts[n++] = b;
        parts[n++] = c;
        parts[n++] = d;
        parts[n++] = e;
        parts[n++] = f;
        feature();
    }

    /** The parts of the feature being added, {@code parts[0..n)}. */
    final String[] parts = new String[6];
    int n;

    /** Takes the feature held in {@link #parts}. */
    abstract void feature();

    /** The features as strings, in order. */
    static final class Strings extends LineFeatureSink {
        final List<String> features = new ArrayList<>(64);

        @Override
        void feature() {
            if (n == 1) {
                features.add(parts[0]);
                return;
            }
            StringBuilder b = new StringBuilder(32);
            for (int i = 0; i < n; i++) b.append(parts[i]);
            features.add(b.toString());
        }
    }

    /** The sum of a model's weight rows of the features, added in order (the same sums as over the strings). */
    static final class Scores extends LineFeatureSink {
        private final LineWeights weights;
        final double[] sum;

        Scores(LineWeights weights, int tags) {
            this.weights = weights;
            this.sum = new double[tags];
        }

        @Override
        void feature() {
            double[] w = weights.find(parts, n);
            if (w == null) return;
            for (int t = 0; t < sum.length; t++) sum[t] += w[t];
        }
    }
}
