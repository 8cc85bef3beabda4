package org.opis.reflist.tagger;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundled model's weight rows laid out with the most read features first ({@link HotRows}) give
 * the same emission floats, bit for bit, as the full weight table summed feature by feature (the
 * training model's own sum) and as the rows in the model file's order, at every token of every gold
 * entry: the layout changes where a row lies, never what is added or in which order.
 */
class HotRowsTest {

    @Test
    void theLayoutChangesNoEmission() throws Exception {
        Model loaded = Tagger.bundled().model();
        int[] hot = HotRows.bundled();
        assertTrue(hot.length >= 1000, "hot features: " + hot.length);
        assertTrue(loaded.rows.hasRow(hot[0]), "the most read feature has a row");
        // the model as read: the most read rows first, in the list's order
        assertEquals(0, loaded.rows.offset(hot[0]));
        assertEquals(Model.L, loaded.rows.offset(hot[1]));
        assertEquals(2 * Model.L, loaded.rows.offset(hot[2]));
        // the training model's full table: each feature's weights at feature * L
        Model full = new Model(loaded.bits);
        float[] w = loaded.rows.full(loaded.bits);
        System.arraycopy(w, 0, full.w, 0, w.length);
        WeightRows fileOrder = loaded.rows.hotFirst(new int[0]);
        int[] reversed = new int[hot.length];
        for (int i = 0; i < hot.length; i++) reversed[i] = hot[hot.length - 1 - i];
        WeightRows otherOrder = loaded.rows.hotFirst(reversed);
        ObjectMapper m = new ObjectMapper();
        int tokens = 0;
        try (Stream<Path> dirs = Files.list(Path.of("references"))) {
            for (Path d : dirs.sorted().toList()) {
                Path g = d.resolve("gold.jsonl");
                if (!Files.isRegularFile(g)) continue;
                for (String l : Files.readAllLines(g)) {
                    if (l.isBlank()) continue;
                    List<Token> t = Tokenizer.tokens(m.readTree(l).get("text").asText());
                    if (t.isEmpty()) continue;
                    int[][] f = Features.of(t, loaded.bits);
                    float[][] a = loaded.emissions(f);
                    float[][] b = full.emissions(f);
                    float[][] c = fileOrder.emissions(f);
                    float[][] e = otherOrder.emissions(f);
                    for (int i = 0; i < f.length; i++) {
                        for (int y = 0; y < Model.L; y++) {
                            int bits = Float.floatToRawIntBits(b[i][y]);
                            assertEquals(bits, Float.floatToRawIntBits(a[i][y]), l);
                            assertEquals(bits, Float.floatToRawIntBits(c[i][y]), l);
                            assertEquals(bits, Float.floatToRawIntBits(e[i][y]), l);
                        }
                    }
                    tokens += f.length;
                }
            }
        }
        assertTrue(tokens > 100_000, "tokens compared: " + tokens);
    }

    @Test
    void theHotTableGivesEveryFeaturesOffset() throws Exception {
        // the loaded model reads the hot features' offsets from a small table first: for every one of the
        // 2^bits features it gives the offset the full index gives (-1 for a feature without a row)
        Model loaded = Tagger.bundled().model();
        WeightRows plain = loaded.rows.hotFirst(new int[0]).withHotIndex(new int[0]);
        int hotRead = 0;
        int[] hot = HotRows.bundled();
        java.util.Set<Integer> hotSet = new java.util.HashSet<>();
        for (int f : hot) hotSet.add(f);
        for (int f = 0; f < 1 << loaded.bits; f++) {
            assertEquals(loaded.rows.offset(f), loaded.rows.lookup(f), "feature " + f);
            if (hotSet.contains(f) && loaded.rows.hasRow(f)) hotRead++;
            assertEquals(plain.offset(f), plain.lookup(f), "feature " + f);
        }
        assertTrue(hotRead >= 1000, "hot features with a row: " + hotRead);
        // a table built from a reversed list (other collisions) gives the same offsets
        int[] reversed = new int[hot.length];
        for (int i = 0; i < hot.length; i++) reversed[i] = hot[hot.length - 1 - i];
        WeightRows other = loaded.rows.withHotIndex(reversed);
        for (int f = 0; f < 1 << loaded.bits; f++) assertEquals(loaded.rows.offset(f), other.lookup(f), "feature " + f);
    }

    @Test
    void theFullTableIsTheSameInAnyLayout() throws Exception {
        Model loaded = Tagger.bundled().model();
        float[] a = loaded.rows.full(loaded.bits);
        float[] b = loaded.rows.hotFirst(new int[0]).full(loaded.bits);
        assertEquals(a.length, b.length);
        for (int i = 0; i < a.length; i++) assertEquals(Float.floatToRawIntBits(a[i]), Float.floatToRawIntBits(b[i]));
    }
}
