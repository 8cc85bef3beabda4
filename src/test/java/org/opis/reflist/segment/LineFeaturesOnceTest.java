package org.opis.reflist.segment;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The line features computed once a line (the marker, the start's class, the split into words) are
 * the ones each feature is defined by: on every gold entry as a one-entry list (as {@code opis parse
 * --lines} reads it) and on the gold lists' own lines, the marker features hold
 * {@link LineFeatures#marker}, the start features agree with each other, and the word count, prose
 * share and lower-case run are those of the line split at whitespace, counted here afresh.
 */
class LineFeaturesOnceTest {

    @Test
    void featuresComputedOnceAreTheDefinedOnes() throws Exception {
        ObjectMapper m = new ObjectMapper();
        List<List<String>> texts = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(Path.of("references"))) {
            for (Path d : dirs.sorted().toList()) {
                Path g = d.resolve("gold.jsonl");
                if (!Files.isRegularFile(g)) continue;
                List<String> all = new ArrayList<>();
                for (String l : Files.readAllLines(g)) {
                    if (l.isBlank()) continue;
                    String t = m.readTree(l).get("text").asText().replace("\n", " ");
                    texts.add(List.of(t));
                    all.add(t);
                }
                texts.add(all);
            }
        }
        int lines = 0;
        for (List<String> t : texts) {
            Lines ls = Lines.pieces(t, 1, t.size());
            List<List<String>> f = LineModel.features(ls);
            for (int i = 0; i < ls.size(); i++) {
                String text = ls.get(i).text();
                List<String> fi = f.get(i);
                String mk = LineFeatures.marker(text);
                assertTrue(fi.contains("layout*marker=" + ls.layout() + "*" + mk), text);
                assertTrue(fi.contains("marker=" + mk), text);
                assertTrue(fi.contains("cut*marker=" + ls.get(i).cut() + "*" + mk), text);
                String start = value(fi, "start=");
                if (i > 0) assertTrue(value(fi, "prevEnd*start=").endsWith("*" + start), text);
                String s = text.strip();
                String[] w = s.split("\\s+");
                int words = s.isEmpty() ? 0 : w.length;
                assertEquals(words <= 3 ? "1-3" : words <= 8 ? "4-8" : words <= 20 ? "9-20" : "21+", value(fi, "words="), text);
                int n = 0, lower = 0, run = 0, best = 0;
                for (String x : w) {
                    if (x.isEmpty()) continue;
                    n++;
                    boolean lc = Character.isLowerCase(x.codePointAt(0));
                    if (lc) lower++;
                    run = lc ? run + 1 : 0;
                    best = Math.max(best, run);
                }
                double r = lower / (double) n;
                assertEquals(n < 6 ? "short" : r < 0.3 ? "low" : r < 0.6 ? "mid" : "high", value(fi, "prose="), text);
                assertEquals(best <= 2 ? "0-2" : best <= 5 ? "3-5" : best <= 9 ? "6-9" : "10+", value(fi, "lowerRun="), text);
                lines++;
            }
        }
        assertTrue(lines > 10_000, "lines: " + lines);
    }

    private static String value(List<String> features, String prefix) {
        for (String f : features) if (f.startsWith(prefix)) return f.substring(prefix.length());
        throw new AssertionError("no " + prefix + " in " + features);
    }
}
