package org.opis.reflist.tagger;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * {@link Model#viterbi} against the textbook recurrence written out plainly (for each token and
 * label, scan the predecessors in order and keep a strictly greater sum): the same labels on the
 * bundled model's scores of real entries, and on random scores with ties, infinities and NaNs.
 */
class ViterbiTest {

    private static int[] plain(float[] trans, float[][] e) {
        int L = Model.L, n = e.length;
        int[] best = new int[n];
        if (n == 0) return best;
        float[][] score = new float[n][L];
        int[][] back = new int[n][L];
        for (int y = 0; y < L; y++) score[0][y] = e[0][y] + trans[y];
        for (int i = 1; i < n; i++) {
            for (int y = 0; y < L; y++) {
                float m = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < L; p++) {
                    float v = score[i - 1][p] + trans[(p + 1) * L + y];
                    if (v > m) {
                        m = v;
                        arg = p;
                    }
                }
                score[i][y] = m + e[i][y];
                back[i][y] = arg;
            }
        }
        int arg = 0;
        for (int y = 1; y < L; y++) if (score[n - 1][y] > score[n - 1][arg]) arg = y;
        best[n - 1] = arg;
        for (int i = n - 1; i > 0; i--) best[i - 1] = back[i][best[i]];
        return best;
    }

    @Test
    void sameLabelsOnRealEntries() throws Exception {
        Model m = (Model) field(Tagger.bundled());
        String[] entries = {
                "Ivanov, P., The Soviet Navy in the Pacific (1975).",
                "Moser, Karl: Lenin. Eine Biographie, Berlin: Aufbau 2011, 512 S.",
                "Smith, Anna. 2012. “On Rumours.” *Kritika* 14 (2): 301–35.",
                "Белов, И. П., и С. Н. Ершов. «Торговля и кредит в уезде». Сибирский исторический журнал, т. 4, вып. 2 (2009): 15–29.",
                "A History of the Comintern. By Jane Doe. [Ithaca, NY: Press, 1998.]",
                "Li,Wei (2003):Title of the Book,Beijing.",
                "… Slavic Review, Vol. 41, No. 2 (Jun., 1982), pp. 210–232."};
        for (String s : entries) {
            float[][] e = m.emissions(Features.of(Tokenizer.tokens(s), m.bits));
            assertArrayEquals(plain(m.trans, e), m.viterbi(e), s);
        }
    }

    @Test
    void sameLabelsOnRandomScoresWithTiesAndNaNs() throws Exception {
        Model m = (Model) field(Tagger.bundled());
        Random r = new Random(5);
        float[] specials = {0f, -0f, 1f, -1f, Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY, Float.NaN};
        float[] trans = m.trans.clone();
        for (int round = 0; round < 3000; round++) {
            int n = r.nextInt(12);
            float[][] e = new float[n][Model.L];
            boolean coarse = round % 2 == 0;
            for (float[] row : e) for (int y = 0; y < row.length; y++) {
                row[y] = r.nextInt(40) == 0 ? specials[r.nextInt(specials.length)] : coarse ? r.nextInt(3) : (float) r.nextGaussian();
            }
            if (round % 3 == 0) for (int i = 0; i < trans.length; i++) trans[i] = coarse ? r.nextInt(2) : m.trans[i];
            Model t = new Model(m.bits, trans.clone(), 1f, null);
            assertArrayEquals(plain(t.trans, e), t.viterbi(e), "round " + round);
        }
    }

    private static Object field(Tagger t) throws Exception {
        java.lang.reflect.Field f = Tagger.class.getDeclaredField("model");
        f.setAccessible(true);
        return f.get(t);
    }
}
