package org.opis.csl.conformance;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The multi-style corpus: the bundled note's records and citation clusters in every style of
 * {@code src/test/conformance/corpus-styles.txt}, opis against citeproc-js 1.4.61 (expectations by
 * {@code src/test/conformance/style-corpus-expectations.sh}). Writes the per-style table to
 * {@code target/conformance/style-corpus.md} and the differences to {@code target/conformance/corpus-STYLE.diff}.
 * It takes minutes, so it runs only with {@code -Dopis.style-corpus=true}; it fails when a style's
 * expectations are missing or opis cannot format in it.
 */
class StyleCorpusTest {

    static final Path STYLES = Path.of("src/test/conformance/corpus-styles.txt");
    static final Path DIR = Path.of("src/test/resources/org/opis/csl/conformance/corpus");

    @Test
    void corpusAgreementPerStyle() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("opis.style-corpus"), "the style corpus runs with -Dopis.style-corpus=true");
        Path target = Path.of("target/conformance");
        Files.createDirectories(target);
        StringBuilder table = new StringBuilder("| style | clusters with locators | all clusters | bibliography lines | bibliography order |\n|---|---|---|---|---|\n");
        List<String> failures = new ArrayList<>();
        int[] sum = new int[6];
        for (String style : Files.readAllLines(STYLES, StandardCharsets.UTF_8)) {
            if (style.isBlank() || style.startsWith("#")) continue;
            NoteConformanceTest.Result res;
            try {
                res = NoteConformanceTest.run(style.strip(), DIR);
            } catch (Exception | AssertionError e) {
                failures.add(style + ": " + e);
                continue;
            }
            table.append(String.format("| %s | %d/%d (%.1f%%) | %d/%d (%.1f%%) | %d/%d (%.1f%%) | %d/%d |%n", res.style(),
                    res.locatorClusters().same(), res.locatorClusters().total(), res.locatorClusters().percent(),
                    res.clusters().same(), res.clusters().total(), res.clusters().percent(),
                    res.bib().same(), res.bib().total(), res.bib().percent(), res.order().same(), res.order().total()));
            sum[0] += res.locatorClusters().same();
            sum[1] += res.locatorClusters().total();
            sum[2] += res.bib().same();
            sum[3] += res.bib().total();
            sum[4] += res.clusters().same();
            sum[5] += res.clusters().total();
            List<String> d = new ArrayList<>(res.clusters().differences());
            d.addAll(res.bib().differences());
            d.addAll(res.order().differences());
            Files.writeString(target.resolve("corpus-" + res.style() + ".diff"), String.join("\n", d) + "\n", StandardCharsets.UTF_8);
        }
        table.append(String.format("| **all** | %d/%d (%.1f%%) | %d/%d (%.1f%%) | %d/%d (%.1f%%) | |%n",
                sum[0], sum[1], 100.0 * sum[0] / Math.max(1, sum[1]), sum[4], sum[5], 100.0 * sum[4] / Math.max(1, sum[5]),
                sum[2], sum[3], 100.0 * sum[2] / Math.max(1, sum[3])));
        System.out.println(table);
        Files.writeString(target.resolve("style-corpus.md"), table.toString(), StandardCharsets.UTF_8);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
