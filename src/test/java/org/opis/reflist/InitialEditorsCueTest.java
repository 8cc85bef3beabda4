package org.opis.reflist;

import org.junit.jupiter.api.Test;
import org.opis.testing.GoldTexts;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link InitialEditors#mayEndInPages} holds wherever the shape matches the flattened entry: gold entries, their prefixes, random texts. */
class InitialEditorsCueTest {

    @Test
    void everyShapeHasItsCue() {
        List<String> texts = new ArrayList<>(GoldTexts.all());
        for (String e : GoldTexts.all()) for (int i = 1; i < e.length(); i += 10) texts.add(e.substring(0, e.length() - i));
        String[] pieces = {"In ", "in: ", "J. ", "A.B. ", "Smith. ", "The Book of Things. ", "chap. 3. ", "Ch. IV ", "pp. ", "p.", "12",
                "-", "\u2013", " ", ".", "\n", "\u0085", "\u2028", "\u00A0", "\t", "x", "5"};
        Random r = new Random(31);
        for (int n = 0; n < 60_000; n++) {
            StringBuilder b = new StringBuilder();
            int k = 3 + r.nextInt(12);
            for (int i = 0; i < k; i++) b.append(pieces[r.nextInt(pieces.length)]);
            texts.add(b.toString());
        }
        int matched = 0;
        int ruledOut = 0;
        for (String t : texts) {
            boolean cue = InitialEditors.mayEndInPages(t);
            if (InitialEditors.SHAPE.matcher(InitialEditors.WHITE.matcher(t.strip()).replaceAll(" ")).find()) {
                matched++;
                assertTrue(cue, "shape without its cue: [" + t + "]");
            }
            if (!cue) ruledOut++;
        }
        assertTrue(matched > 10, "shapes: " + matched);
        assertTrue(ruledOut > 10_000, "ruled out: " + ruledOut);
    }
}
