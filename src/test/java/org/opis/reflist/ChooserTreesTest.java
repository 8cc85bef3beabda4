package org.opis.reflist;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChooserTreesTest {

    private static final ChooserTrees.Settings SMALL = new ChooserTrees.Settings(60, 3, 0.3, 1.0, 1.0, 32, 1.0);

    /**
     * Which reading is right depends on two cues together: the tagger is right when its confidence is high and the rules
     * left the field empty, or when its confidence is low and the rules' value is in another field of its reading; wrong
     * otherwise. No weighted sum of the two cues and the confidence separates these; trees do. (The rules leave the field
     * empty in seven cases of ten, so the first split, on the confidence, already gains: a greedy tree cannot start
     * on an exactly balanced exclusive or.)
     */
    private static List<FieldChooser.Case> interacting() {
        List<FieldChooser.Case> cases = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            double conf = (i % 20) / 20.0 + 0.025;
            boolean rnull = (i / 20) % 10 < 7;
            boolean high = conf > 0.5;
            boolean right = high == rnull;
            cases.add(new FieldChooser.Case("title", rnull ? Map.of("tconf", conf, "rnull", 1.0) : Map.of("tconf", conf), right));
        }
        return cases;
    }

    @Test
    void learnsARuleThatDependsOnTwoCuesTogether() {
        List<FieldChooser.Case> cases = interacting();
        ChooserTrees t = ChooserTrees.learn(cases, SMALL);
        int right = 0;
        for (FieldChooser.Case c : cases) if (t.logOdds(c.x()) > 0 == c.taggerRight()) right++;
        assertEquals(cases.size(), right);
        // and the logistic chooser, with the same cues, cannot (here 340 of 400)
        FieldChooser lr = FieldChooser.learn(cases, 1e-3, 1000);
        int lrRight = 0;
        for (FieldChooser.Case c : cases) if (lr.taggerRight(c.x()) > 0.5 == c.taggerRight()) lrRight++;
        assertTrue(lrRight <= cases.size() * 9 / 10, lrRight + " of " + cases.size());
    }

    @Test
    void writtenTreesReadBackScoreTheSame() throws Exception {
        List<FieldChooser.Case> cases = interacting();
        ChooserTrees t = ChooserTrees.learn(cases, SMALL);
        StringWriter out = new StringWriter();
        t.write(out);
        ChooserTrees back = ChooserTrees.read(List.of(out.toString().split("\n")));
        for (FieldChooser.Case c : cases) assertEquals(t.logOdds(c.x()), back.logOdds(c.x()), 1e-6);
    }

    @Test
    void aCueMissingFromACaseCountsAsZero() {
        List<FieldChooser.Case> cases = interacting();
        ChooserTrees t = ChooserTrees.learn(cases, SMALL);
        // a high confidence without rnull: the rules had a value, so the tagger is wrong in this made-up rule
        assertTrue(t.logOdds(Map.of("tconf", 0.9)) < 0);
        assertTrue(t.logOdds(Map.of("tconf", 0.9, "rnull", 1.0)) > 0);
        assertTrue(t.logOdds(Map.of("tconf", 0.9, "rnull", 0.0)) < 0);
    }

    @Test
    void treesGrownOnHalfTheRowsRouteTheOtherHalfAndAreTheSameEachTime() throws Exception {
        List<FieldChooser.Case> cases = interacting();
        ChooserTrees.Settings half = new ChooserTrees.Settings(120, 3, 0.3, 1.0, 1.0, 32, 0.5);
        ChooserTrees a = ChooserTrees.learn(cases, half);
        ChooserTrees b = ChooserTrees.learn(cases, half);
        StringWriter wa = new StringWriter();
        StringWriter wb = new StringWriter();
        a.write(wa);
        b.write(wb);
        assertEquals(wa.toString(), wb.toString(), "the rows are drawn from a fixed seed");
        int right = 0;
        for (FieldChooser.Case c : cases) if (a.logOdds(c.x()) > 0 == c.taggerRight()) right++;
        // each tree saw about half the cases; the rows left out were scored through the trees, so boosting went on for all
        assertTrue(right >= cases.size() * 95 / 100, right + " of " + cases.size());
        StringWriter full = new StringWriter();
        ChooserTrees.learn(cases, SMALL).write(full);
        assertTrue(!full.toString().equals(wa.toString()), "subsampling grows other trees");
    }
}
