package org.opis.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.bibtex.BibTeXReader;
import org.opis.csl.CslJson;
import org.opis.model.ParsedRecords;
import org.opis.ris.RisExport;
import org.opis.text.SourceText;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code convert} and {@code export} stream their records (issue 13; README, "Memory on hostile and large
 * input"): each case converts a 2 MB file in a forked JVM with a 28 MB heap — the fixed cost of a convert
 * (a tiny .bib runs out of memory at 16 MB and passes at 24 MB) and about twice the input — and asserts
 * that it finishes with every record written. The whole-list export of the build before held every record
 * (and, for CSL-JSON, every item's JSON tree) and ran out of memory in each case at 28 MB (measured: run
 * with {@code -Dopis.fork.classes=DIR} to fork the classes of another build). Not a timing test.
 *
 * <p>The input is drawn as {@code .ci/MemoryInputs.java} draws its 50 MB file (seed 13): real entries of
 * the repository's .bib files at random, each key made unique, up to 2 MB; the CSL-JSON and RIS inputs are
 * its records written by the whole-list writers.
 */
class StreamedExportMemoryTest {

    /** Fixed cost of a convert (24 MB) plus about twice the 2 MB input. */
    static final int HEAP_MB = 28;
    static final int ENTRIES_AT_LEAST = 3_000;

    @TempDir
    static Path dir;
    static Path bib;
    static Path json;
    static Path ris;
    static int records;

    @BeforeAll
    static void inputs() throws IOException {
        bib = dir.resolve("in.bib");
        Files.writeString(bib, drawBib(2_000_000, new Random(13)), StandardCharsets.UTF_8);
        ParsedRecords read = new BibTeXReader().read(new SourceText("in.bib", Files.readString(bib)));
        records = read.references().size();
        assertTrue(records >= ENTRIES_AT_LEAST, "records: " + records);
        json = dir.resolve("in.json");
        try (Writer w = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
            CslJson.write(read.references(), w);
        }
        ris = dir.resolve("in.ris");
        try (Writer w = Files.newBufferedWriter(ris, StandardCharsets.UTF_8)) {
            new RisExport().write(read.references(), w);
        }
    }

    static final Pattern KEY = Pattern.compile("^(@\\w+\\s*[{(]\\s*)([^,\\s]+)\\s*,", Pattern.MULTILINE);

    /** Real entries of the repository's .bib files drawn at random, each key made unique, up to {@code bytes}. */
    static String drawBib(long bytes, Random random) throws IOException {
        List<String> entries = new ArrayList<>();
        List<Path> files = new ArrayList<>(List.of(Path.of("references/winkler-pandoc-manuscript/references.bib")));
        try (var s = Files.list(Path.of("src/test/resources/org/opis/bibtex"))) {
            s.filter(p -> p.toString().endsWith(".bib")).sorted().forEach(files::add);
        }
        for (Path f : files) {
            for (String part : Files.readString(f, StandardCharsets.UTF_8).split("(?m)^(?=@)")) {
                String p = part.strip();
                if (!p.startsWith("@") || p.regionMatches(true, 1, "string", 0, 6) || p.regionMatches(true, 1, "comment", 0, 7)
                        || p.regionMatches(true, 1, "preamble", 0, 8)) continue;
                if (KEY.matcher(p).find()) entries.add(p);
            }
        }
        StringBuilder out = new StringBuilder();
        long size = 0;
        for (int n = 0; size < bytes; n++) {
            String e = entries.get(random.nextInt(entries.size()));
            Matcher m = KEY.matcher(e);
            m.find();
            String entry = e.substring(0, m.end(2)) + "-" + n + e.substring(m.end(2)) + "\n\n";
            out.append(entry);
            size += entry.getBytes(StandardCharsets.UTF_8).length;
        }
        return out.toString();
    }

    static void assertFinished(String[] r, String expected) {
        assertFalse(r[2].contains("internal error"), r[2]);
        assertTrue(r[2].contains(expected), r[2]);
    }

    /** .bib → CSL-JSON ({@code convert}): read entry by entry, each item written at once. */
    @Test
    void aBibIsConvertedToCslJsonInTwiceItsSize() throws Exception {
        Path out = dir.resolve("out.json");
        String[] r = MemoryProportionalTest.fork(HEAP_MB, dir, "convert", bib.toString(), out.toString());
        assertFinished(r, records + " records read from " + bib + " (bibtex); " + records + " items written as csl-json");
        assertEquals(records, StreamedExport.count(Files.newBufferedReader(out)).orElseThrow());
    }

    /** CSL-JSON → biblatex ({@code export -o}): Jackson's streaming parser, one item's tree at a time; entries printed one by one. */
    @Test
    void cslJsonIsExportedToBiblatexInTwiceItsSize() throws Exception {
        Path out = dir.resolve("out.bib");
        String[] r = MemoryProportionalTest.fork(HEAP_MB, dir, "export", json.toString(), "--format", "biblatex", "-o", out.toString());
        assertFinished(r, records + " records read from " + json + " (csl-json); " + records + " entries written as biblatex");
    }

    /** RIS → RIS (to standard output): record by record. */
    @Test
    void risIsExportedToRisInTwiceItsSize() throws Exception {
        String[] r = MemoryProportionalTest.fork(HEAP_MB, dir, "export", ris.toString(), "--format", "ris");
        assertFinished(r, records + " records read from " + ris + " (ris); " + records + " entries written as ris");
        assertEquals(records, r[1].lines().filter(l -> l.startsWith("TY  - ")).count());
    }
}
