package org.opis.reflist;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link ChooserTrees#logOdds(double[])} reads every tree's nodes from arrays laid side by side; it gives the same double,
 * bit for bit, as walking each {@link ChooserTrees.Tree} from its root and summing the leaves in tree order, for the bundled
 * chooser's and reader gate's trees on 20,000 cue vectors each: values drawn from the trees' own thresholds (so every
 * branch is taken, ties included), zeros, and NaN.
 */
class ChooserTreesFlatTest {
    private static ChooserTrees bundled(String resource) throws IOException {
        try (InputStream in = ChooserTrees.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            List<String> lines = new ArrayList<>(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")));
            lines.removeIf(l -> l.startsWith("threshold\t")); // the gate's own line (ReaderGate.read)
            return ChooserTrees.read(lines);
        }
    }

    private static double treeByTree(ChooserTrees t, double[] v) {
        double z = t.base();
        for (ChooserTrees.Tree tree : t.trees()) {
            int n = 0;
            while (tree.cue()[n] != null) n = v[t.cueNumber(tree.cue()[n])] >= tree.threshold()[n] ? tree.right()[n] : tree.left()[n];
            z += tree.leaf()[n];
        }
        return z;
    }

    @Test
    void sameSumsAsTreeByTree() throws IOException {
        for (String r : List.of("/org/opis/reflist/chooser.tsv", "/org/opis/reflist/reader-gate.tsv")) {
            ChooserTrees t = bundled(r);
            assertTrue(t.trees().size() > 10, r);
            List<Double> thresholds = new ArrayList<>();
            for (ChooserTrees.Tree tree : t.trees()) for (double x : tree.threshold()) thresholds.add(x);
            Random rnd = new Random(19);
            for (int i = 0; i < 20_000; i++) {
                double[] v = new double[t.cueCount()];
                for (int k = 0; k < v.length; k++) {
                    int pick = rnd.nextInt(10);
                    v[k] = pick == 0 ? 0 : pick == 1 ? Double.NaN : thresholds.get(rnd.nextInt(thresholds.size())) + (pick < 5 ? 0 : rnd.nextGaussian());
                }
                assertEquals(Double.doubleToRawLongBits(treeByTree(t, v)), Double.doubleToRawLongBits(t.logOdds(v)), r);
            }
        }
    }
}
