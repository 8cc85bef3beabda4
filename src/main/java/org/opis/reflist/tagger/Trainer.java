package org.opis.reflist.tagger;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Trains a {@link Model} as an averaged structured perceptron (Collins 2002): for each training
 * sequence in a seeded shuffled order, decode with Viterbi and move the weights toward the gold
 * labels and away from the predicted ones; the model keeps the average of all weight vectors.
 * Deterministic for a given seed and data.
 */
public final class Trainer {
    /** One training sequence: the tokens' features and their gold labels. */
    record Example(int[][] feats, int[] gold) {
    }

    private Trainer() {
    }

    static Example example(List<Token> tokens, Label[] labels, int bits) {
        int[] g = new int[labels.length];
        for (int i = 0; i < g.length; i++) g[i] = labels[i].ordinal();
        return new Example(Features.of(tokens, bits), g);
    }

    static Model train(List<Example> data, int bits, int epochs, long seed, java.io.PrintWriter log) {
        Model m = new Model(bits);
        int L = Model.L;
        float[] uw = new float[m.w.length];
        float[] ut = new float[m.trans.length];
        Random rnd = new Random(seed);
        List<Example> held = new ArrayList<>();
        List<Example> train = new ArrayList<>(data);
        java.util.Collections.shuffle(train, rnd);
        int nHeld = Math.min(train.size() / 20, 500);
        for (int i = 0; i < nHeld; i++) held.add(train.remove(train.size() - 1));
        long c = 1;
        for (int ep = 0; ep < epochs; ep++) {
            java.util.Collections.shuffle(train, rnd);
            int wrong = 0;
            int total = 0;
            for (Example ex : train) {
                int[] pred = m.viterbi(m.emissions(ex.feats()));
                int n = pred.length;
                for (int i = 0; i < n; i++) {
                    total++;
                    int g = ex.gold()[i];
                    int p = pred[i];
                    if (g != p) {
                        wrong++;
                        for (int f : ex.feats()[i]) {
                            m.w[f * L + g] += 1f;
                            uw[f * L + g] += c;
                            m.w[f * L + p] -= 1f;
                            uw[f * L + p] -= c;
                        }
                    }
                    int gp = i == 0 ? 0 : ex.gold()[i - 1] + 1;
                    int pp = i == 0 ? 0 : pred[i - 1] + 1;
                    if (g != p || gp != pp) {
                        m.trans[gp * L + g] += 1f;
                        ut[gp * L + g] += c;
                        m.trans[pp * L + p] -= 1f;
                        ut[pp * L + p] -= c;
                    }
                }
                c++;
            }
            if (log != null) {
                log.printf("epoch %d: %d sequences, token error %.4f%n", ep + 1, train.size(), total == 0 ? 0 : wrong / (double) total);
                log.flush();
            }
        }
        for (int i = 0; i < m.w.length; i++) if (m.w[i] != 0f || uw[i] != 0f) m.w[i] -= uw[i] / c;
        for (int i = 0; i < m.trans.length; i++) m.trans[i] -= ut[i] / c;
        // prune near-zero averaged weights: a smaller model, no measurable loss
        for (int i = 0; i < m.w.length; i++) if (Math.abs(m.w[i]) < 1e-3f) m.w[i] = 0f;
        m.temperature = fitTemperature(m, held);
        return m;
    }

    /** The temperature that gives the held-out gold labels the highest likelihood. */
    private static float fitTemperature(Model m, List<Example> held) {
        if (held.isEmpty()) return 1f;
        float best = 1f;
        double bestLl = Double.NEGATIVE_INFINITY;
        for (float t : new float[]{0.25f, 0.5f, 1f, 2f, 3f, 4f, 6f, 8f, 12f, 16f}) {
            m.temperature = t;
            double ll = 0;
            for (Example ex : held) {
                double[][] mg = m.marginals(m.emissions(ex.feats()));
                for (int i = 0; i < mg.length; i++) ll += Math.log(Math.max(mg[i][ex.gold()[i]], 1e-9));
            }
            if (ll > bestLl) {
                bestLl = ll;
                best = t;
            }
        }
        return best;
    }
}
