package org.opis.reflist.segment;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scoring a line's features from their parts ({@link LineWeights}, {@link LineFeatureSink.Scores})
 * gives the same doubles, bit for bit, as joining them into strings and summing the model map's
 * rows: on every line of every gold list and on every gold entry as a one-entry list (as {@code
 * opis parse --lines} reads it), under the bundled model; the joined strings are the features
 * {@link LineModel#features} lists; two keys with one hash are told apart.
 */
class LineWeightsTest {

    @Test
    void partsScoreAsTheJoinedStrings() throws Exception {
        LineModel model;
        try (InputStream in = Segmenter.class.getResourceAsStream(Segmenter.RESOURCE)) {
            model = LineModel.read(in);
        }
        assertNotNull(model.index);
        ObjectMapper m = new ObjectMapper();
        List<List<String>> texts = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(Path.of("references"))) {
            for (Path d : dirs.sorted().toList()) {
                Path g = d.resolve("gold.jsonl");
                if (Files.isRegularFile(g)) {
                    for (String l : Files.readAllLines(g)) {
                        if (!l.isBlank()) texts.add(Lines.split("## References\n\n" + m.readTree(l).get("text").asText().replace("\n", " ")));
                    }
                }
                for (String name : List.of("list.md", "list.txt")) {
                    Path f = d.resolve(name);
                    if (Files.isRegularFile(f)) texts.add(Lines.split(Files.readString(f)));
                }
            }
        }
        int lines = 0;
        int features = 0;
        int found = 0;
        for (List<String> t : texts) {
            Lines ls = Lines.pieces(t, 1, t.size());
            int[] widths = LineFeatures.widths(ls);
            String[] sections = LineFeatures.sections(ls);
            int[][] blocks = LineFeatures.blocks(ls);
            for (int i = 0; i < ls.size(); i++) {
                List<String> strings = LineFeatures.of(ls, i, widths, sections, blocks);
                LineFeatureSink.Scores s = new LineFeatureSink.Scores(model.index, LineModel.T);
                LineFeatures.of(s, ls, i, widths, sections, blocks);
                assertArrayEquals(model.score(strings), s.sum, ls.get(i).text());
                assertTrue(Arrays.equals(model.score(strings), s.sum), ls.get(i).text()); // bit for bit
                for (String f : strings) {
                    features++;
                    if (model.weights.get(f) != null) found++;
                }
                lines++;
            }
        }
        assertTrue(lines > 20_000, "lines: " + lines);
        // most features are the model's: the lookups compared are real ones, not misses only
        assertTrue(found * 10 > features * 7, found + " of " + features);
    }

    @Test
    void keysWithOneHashAreToldApart() {
        assertEquals("Aa".hashCode(), "BB".hashCode());
        double[] aa = {1, 2, 3};
        double[] bb = {4, 5, 6};
        LineWeights w = new LineWeights(Map.of("xAa", aa, "xBB", bb, "p:year=true", new double[]{7, 8, 9}));
        assertSame(aa, w.find(new String[]{"x", "A", "a"}, 3));
        assertSame(bb, w.find(new String[]{"x", "BB"}, 2));
        assertSame(bb, w.find(new String[]{"xB", "", "B"}, 3));
        assertNull(w.find(new String[]{"x", "AB"}, 2));
        assertNull(w.find(new String[]{"x", "Aa", "b"}, 3));
        assertEquals(9.0, w.find(new String[]{"p:", "year=", "true"}, 3)[2]);
        assertNull(w.find(new String[]{"", "year=", "true"}, 3));
    }
}
