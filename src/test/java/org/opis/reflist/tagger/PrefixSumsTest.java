package org.opis.reflist.tagger;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The emission sums of a token's text-only features are kept by their ids ({@link PrefixSums}) and
 * reused: on every token of every gold entry, read twice (the second time from the kept sums), the
 * emissions are bit for bit those of the full weight table summed feature by feature; and the
 * features counted as the text's own are the same ids wherever the same text stands.
 */
class PrefixSumsTest {

    private static List<List<Token>> goldTokens() throws Exception {
        ObjectMapper m = new ObjectMapper();
        List<List<Token>> out = new java.util.ArrayList<>();
        try (Stream<Path> dirs = Files.list(Path.of("references"))) {
            for (Path d : dirs.sorted().toList()) {
                Path g = d.resolve("gold.jsonl");
                if (!Files.isRegularFile(g)) continue;
                for (String l : Files.readAllLines(g)) {
                    if (l.isBlank()) continue;
                    List<Token> t = Tokenizer.tokens(m.readTree(l).get("text").asText());
                    if (!t.isEmpty()) out.add(t.subList(GenreLabels.lead(t), t.size()));
                }
            }
        }
        return out;
    }

    @Test
    void keptSumsGiveTheSameEmissions() throws Exception {
        Model loaded = Tagger.bundled().model();
        Model full = new Model(loaded.bits);
        float[] w = loaded.rows.full(loaded.bits);
        System.arraycopy(w, 0, full.w, 0, w.length);
        List<List<Token>> gold = goldTokens();
        assertTrue(gold.size() > 5000, "gold entries: " + gold.size());
        int tokens = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (List<Token> t : gold) {
                int[] own = new int[t.size()];
                int[][] f = Features.of(t, loaded.bits, own);
                assertArrayEquals(f.length == 0 ? new int[0][] : Features.of(t, loaded.bits), f, "the same features with their count asked");
                float[][] a = loaded.emissions(f, own);
                float[][] b = full.emissions(f);
                for (int i = 0; i < f.length; i++) {
                    for (int y = 0; y < Model.L; y++) {
                        assertEquals(Float.floatToRawIntBits(b[i][y]), Float.floatToRawIntBits(a[i][y]), t.get(i).text());
                    }
                }
                tokens += f.length;
            }
        }
        assertTrue(tokens > 200_000, "tokens compared: " + tokens);
    }

    @Test
    void theTextsOwnFeaturesDependOnItsTextAlone() throws Exception {
        int bits = Tagger.bundled().model().bits;
        Map<String, int[]> seen = new HashMap<>();
        int again = 0;
        for (List<Token> t : goldTokens()) {
            int[] own = new int[t.size()];
            int[][] f = Features.of(t, bits, own);
            for (int i = 0; i < f.length; i++) {
                assertTrue(own[i] >= 5 && own[i] < f[i].length, "a word's own features, then its typography and context: " + own[i]);
                int[] ids = Arrays.copyOf(f[i], own[i]);
                int[] before = seen.putIfAbsent(t.get(i).text(), ids);
                if (before != null) {
                    assertArrayEquals(before, ids, t.get(i).text());
                    again++;
                }
            }
        }
        assertTrue(again > 100_000, "texts met again: " + again);
    }

    @Test
    void aRunIsKeptByAllItsIds() {
        PrefixSums p = new PrefixSums();
        int[] ids = {5, 7, 9, 11};
        float[] s = {1f, 2f};
        p.put(ids, 3, s);
        assertNotNull(p.get(new int[]{5, 7, 9, 42}, 3));
        assertNull(p.get(new int[]{5, 7, 9, 11}, 4), "a longer run is another key");
        assertNull(p.get(new int[]{5, 7, 8}, 3), "a run differing in one id is another key");
        assertNull(p.get(new int[]{5, 7}, 2));
    }
}
