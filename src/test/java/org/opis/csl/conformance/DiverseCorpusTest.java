package org.opis.csl.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.opis.csl.CitationItem;
import org.opis.csl.CslFormatter;
import org.opis.csl.CslJson;
import org.opis.csl.CslStyle;
import org.opis.csl.FormattedEntry;
import org.opis.csl.OutputFormat;
import org.opis.csl.Rendering;
import org.opis.model.Reference;
import org.opis.text.SourceText;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The diverse item set (400 real records chosen from {@code references/*}{@code /gold.jsonl} by
 * {@code src/test/conformance/select-diverse-corpus.py}, and 635 citation clusters with every locator
 * label, grouped, subsequent and ibid. cites) in the styles of
 * {@code src/test/conformance/diverse-corpus-styles.txt}, opis against citeproc-js 1.4.61, text AND
 * HTML output (expectations by {@code src/test/conformance/diverse-corpus-expectations.sh}). Writes
 * the per-style table to {@code target/conformance/diverse-corpus.md}, each difference to
 * {@code target/conformance/diverse-STYLE-FORMAT.diff}, and counts the differences by kind
 * ({@link DifferenceKind}). Minutes long: it runs only with {@code -Dopis.style-corpus=true}.
 */
class DiverseCorpusTest {

    static final Path DIR = Path.of("src/test/resources/org/opis/csl/conformance/corpus300");
    static final Path STYLES = Path.of("src/test/conformance/diverse-corpus-styles.txt");

    record Result(String style, String format, Agreement clusters, Agreement locatorClusters, Agreement bib, Agreement order) {
    }

    static List<Reference> items() throws Exception {
        String json = Files.readString(DIR.resolve("items.json"), StandardCharsets.UTF_8);
        return CslJson.read(new SourceText("items.json", json)).references();
    }

    static List<List<CitationItem>> clusters() throws Exception {
        return NoteConformanceTest.clusters(new ObjectMapper().readTree(DIR.resolve("clusters.json").toFile()));
    }

    /** The bibliography lines of a harness rendering ({@code bib TAB id TAB entry}), by id, in its order. */
    static Map<String, String> byId(Path file) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", 3);
            if (f.length == 3) out.put(f[1], f[2]);
        }
        return out;
    }

    static Result run(String style, OutputFormat format) throws Exception {
        String name = Path.of(style).getFileName().toString().replaceAll("\\.csl$", "");
        String ext = format == OutputFormat.HTML ? "html" : "txt";
        List<Reference> refs = items();
        List<List<CitationItem>> clusters = clusters();
        java.util.function.UnaryOperator<String> canon = format == OutputFormat.HTML ? HtmlCanon::of : x -> x;
        Rendering r = new CslFormatter(CslStyle.load(style), Optional.empty(), format).render(refs, clusters);
        List<String> ourCites = r.citations().stream().map(canon).toList();
        List<String> js = Files.readAllLines(DIR.resolve(name + ".clusters." + ext), StandardCharsets.UTF_8).stream().map(canon).toList();
        List<String> labels = new ArrayList<>();
        List<String> lOurs = new ArrayList<>();
        List<String> lJs = new ArrayList<>();
        List<String> lLabels = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            String label = "cluster " + (i + 1) + " " + clusters.get(i).stream()
                    .map(c -> c.id() + c.label().map(l -> "@" + l).orElse("") + c.locator().map(l -> " " + l).orElse("")).toList();
            labels.add(label);
            if (clusters.get(i).stream().anyMatch(c -> c.locator().isPresent())) {
                lLabels.add(label);
                lOurs.add(ourCites.get(i));
                lJs.add(i < js.size() ? js.get(i) : "");
            }
        }
        Map<String, String> jsById = byId(DIR.resolve(name + ".bib." + ext));
        Rendering bibOnly = new CslFormatter(CslStyle.load(style), Optional.empty(), format).render(refs, List.of());
        List<String> ours = new ArrayList<>();
        List<String> theirs = new ArrayList<>();
        List<String> bibLabels = new ArrayList<>();
        List<String> ourOrder = new ArrayList<>();
        for (FormattedEntry e : bibOnly.bibliography()) {
            ours.add(canon.apply(e.text()));
            theirs.add(canon.apply(jsById.getOrDefault(e.id(), "(no entry)")));
            bibLabels.add("bib " + e.id());
            ourOrder.add(e.id());
        }
        for (String id : jsById.keySet()) {
            if (!ourOrder.contains(id)) {
                ours.add("(no entry)");
                theirs.add(canon.apply(jsById.get(id)));
                bibLabels.add("bib " + id);
            }
        }
        List<String> jsOrder = new ArrayList<>(jsById.keySet());
        List<String> orderLabels = new ArrayList<>();
        for (int i = 0; i < Math.max(ourOrder.size(), jsOrder.size()); i++) orderLabels.add("bib position " + (i + 1));
        return new Result(name, format.word(), Agreement.of(labels, ourCites, js), Agreement.of(lLabels, lOurs, lJs),
                Agreement.of(bibLabels, ours, theirs), Agreement.of(orderLabels, ourOrder, jsOrder));
    }

    @Test
    void diverseCorpusAgreementPerStyleTextAndHtml() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("opis.style-corpus"), "the diverse corpus runs with -Dopis.style-corpus=true");
        Path target = Path.of("target/conformance");
        Files.createDirectories(target);
        StringBuilder table = new StringBuilder("| style | output | clusters with locators | all clusters | bibliography lines | bibliography order |\n|---|---|---|---|---|---|\n");
        Map<String, Integer> kinds = new TreeMap<>();
        Map<DifferenceCause, Map<String, Integer>> causes = new java.util.EnumMap<>(DifferenceCause.class);
        List<String> styleNames = new ArrayList<>();
        StringBuilder causeLines = new StringBuilder();
        List<String> failures = new ArrayList<>();
        for (String style : Files.readAllLines(STYLES, StandardCharsets.UTF_8)) {
            if (style.isBlank() || style.startsWith("#")) continue;
            for (OutputFormat f : List.of(OutputFormat.TEXT, OutputFormat.HTML)) {
                Result res;
                String shortName = Path.of(style.strip()).getFileName().toString().replaceAll("\\.csl$", "");
                if (f == OutputFormat.TEXT) styleNames.add(shortName);
                try {
                    res = run(style.strip(), f);
                } catch (Exception | AssertionError e) {
                    failures.add(style + " " + f.word() + ": " + e);
                    continue;
                }
                table.append(String.format("| %s | %s | %d/%d (%.1f%%) | %d/%d (%.1f%%) | %d/%d (%.1f%%) | %d/%d |%n", res.style(), res.format(),
                        res.locatorClusters().same(), res.locatorClusters().total(), res.locatorClusters().percent(),
                        res.clusters().same(), res.clusters().total(), res.clusters().percent(),
                        res.bib().same(), res.bib().total(), res.bib().percent(), res.order().same(), res.order().total()));
                List<String> d = new ArrayList<>(res.clusters().differences());
                d.addAll(res.bib().differences());
                for (String diff : d) {
                    kinds.merge(res.style() + " " + res.format() + ": " + DifferenceKind.of(diff), 1, Integer::sum);
                    if (f == OutputFormat.TEXT) {
                        causeLines.append(DifferenceCause.of(diff)).append('\t').append(res.style()).append('\t')
                                .append(diff.replace("\n", " \u2016 ")).append('\n');
                        causes.computeIfAbsent(DifferenceCause.of(diff), c -> new TreeMap<>()).merge(res.style(), 1, Integer::sum);
                    }
                }
                d.addAll(res.order().differences());
                Files.writeString(target.resolve("diverse-" + res.style() + "-" + res.format() + ".diff"), String.join("\n", d) + "\n", StandardCharsets.UTF_8);
            }
        }
        StringBuilder k = new StringBuilder("\n| style, output: kind of difference | lines |\n|---|---|\n");
        kinds.forEach((key, n) -> k.append("| ").append(key).append(" | ").append(n).append(" |\n"));
        // every text difference (clusters and bibliography lines) by cause, per style (DifferenceCause)
        StringBuilder c = new StringBuilder("\n| cause (text output, clusters + bibliography lines) | whose | ");
        c.append(String.join(" | ", styleNames)).append(" |\n|---|---|").append("---|".repeat(styleNames.size())).append("\n");
        causes.forEach((cause, per) -> {
            c.append("| ").append(cause.explanation).append(" | ").append(cause.owner).append(" |");
            for (String s : styleNames) c.append(' ').append(per.getOrDefault(s, 0)).append(" |");
            c.append("\n");
        });
        k.append(c);
        System.out.println(table);
        System.out.println(k);
        Files.writeString(target.resolve("diverse-corpus.md"), table + k.toString(), StandardCharsets.UTF_8);
        Files.writeString(target.resolve("diverse-causes.tsv"), causeLines.toString(), StandardCharsets.UTF_8);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
