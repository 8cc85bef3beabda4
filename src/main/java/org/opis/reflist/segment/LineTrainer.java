package org.opis.reflist.segment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains a {@link LineModel} with the averaged structured perceptron (Collins 2002): decode each
 * sequence, and where the best tags differ from the gold ones, move the weights toward the gold;
 * the model kept is the average of the weights over all steps, which generalises better than the
 * last. Deterministic for a given seed.
 */
public final class LineTrainer {

    /** One labelled sequence of lines. */
    public record Example(Lines lines, LineTag[] tags) {
    }

    private LineTrainer() {
    }

    public static LineModel train(List<Example> data, int epochs, long seed) {
        LineModel m = new LineModel();
        Map<String, double[]> sums = new HashMap<>();
        double[][] transSums = new double[LineModel.T + 1][LineModel.T];
        List<List<List<String>>> feats = new ArrayList<>(data.size());
        List<Integer> order = new ArrayList<>(data.size());
        for (Example e : data) {
            order.add(feats.size());
            feats.add(LineModel.features(e.lines()));
        }
        Random rnd = new Random(seed);
        int step = 1;
        for (int ep = 0; ep < epochs; ep++) {
            Collections.shuffle(order, rnd);
            for (int x : order) {
                Example e = data.get(x);
                List<List<String>> fs = feats.get(x);
                LineTag[] got = m.decode(fs);
                for (int i = 0; i < got.length; i++) {
                    int g = e.tags()[i].ordinal();
                    int p = got[i].ordinal();
                    int gPrev = i == 0 ? LineModel.T : e.tags()[i - 1].ordinal();
                    int pPrev = i == 0 ? LineModel.T : got[i - 1].ordinal();
                    if (g != p) {
                        for (String f : fs.get(i)) {
                            double[] w = m.weights.computeIfAbsent(f, k -> new double[LineModel.T]);
                            double[] s = sums.computeIfAbsent(f, k -> new double[LineModel.T]);
                            w[g] += 1;
                            w[p] -= 1;
                            s[g] += step;
                            s[p] -= step;
                        }
                    }
                    if (g != p || gPrev != pPrev) {
                        m.trans[gPrev][g] += 1;
                        m.trans[pPrev][p] -= 1;
                        transSums[gPrev][g] += step;
                        transSums[pPrev][p] -= step;
                    }
                }
                step++;
            }
        }
        // averaged weights: w - sums / step
        for (Map.Entry<String, double[]> e : m.weights.entrySet()) {
            double[] s = sums.get(e.getKey());
            for (int t = 0; t < LineModel.T; t++) e.getValue()[t] -= s[t] / step;
        }
        for (int p = 0; p <= LineModel.T; p++) for (int t = 0; t < LineModel.T; t++) m.trans[p][t] -= transSums[p][t] / step;
        return m;
    }
}
