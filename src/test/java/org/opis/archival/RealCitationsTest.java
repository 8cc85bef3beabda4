package org.opis.archival;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opis.model.Diagnostic;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine on real archival citations taken from publications it was not written against
 * (real-citations.tsv: source, antecedent for ibid./Там же, and hand-written expectations), and on
 * real non-archival strings from the same sources (real-non-citations.tsv).
 */
class RealCitationsTest {

    private final ArchivalEngine engine = ArchivalEngine.standard();

    record Row(String id, String citation, String source, String ante, String archive, String levels,
               String findings, String status) {
        boolean limitation() {
            return status.startsWith("known-limitation");
        }
    }

    static List<String[]> tsv(String name) {
        try (InputStream in = RealCitationsTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            List<String[]> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(line.split("\t", -1));
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static Map<String, Row> rows() {
        Map<String, Row> m = new LinkedHashMap<>();
        for (String[] f : tsv("real-citations.tsv")) {
            assertEquals(8, f.length, String.join(" | ", f));
            m.put(f[0], new Row(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]));
        }
        return m;
    }

    /** Reads a row, continuing from its antecedent row when it is an ibid./Там же note. */
    ArchivalCitation read(Map<String, Row> rows, Row r) {
        if (r.ante().equals("-")) return engine.parse(r.citation());
        Row a = rows.get(r.ante());
        assertNotNull(a, "antecedent " + r.ante());
        return engine.continueFrom(read(rows, a), r.citation());
    }

    static String archiveOf(ArchivalCitation c) {
        return c.archive().map(a -> a.known() ? a.id() : "?").orElse("-");
    }

    static String levelsOf(ArchivalCitation c) {
        List<String> s = new ArrayList<>();
        for (Level l : c.levels()) s.add(l.level() + "=" + l.value());
        return String.join(";", s);
    }

    static String findingsOf(ArchivalCitation c) {
        TreeSet<String> s = new TreeSet<>();
        for (Diagnostic d : c.diagnostics()) s.add(d.code().replace("archival/", ""));
        return s.isEmpty() ? "clean" : String.join(",", s);
    }

    static String sorted(String findings) {
        if (findings.equals("clean")) return findings;
        return String.join(",", new TreeSet<>(List.of(findings.split(","))));
    }

    /** What the engine got wrong on a row, or "" when archive, levels and findings are all as expected. */
    String mismatch(Map<String, Row> rows, Row r) {
        ArchivalCitation c = read(rows, r);
        List<String> bad = new ArrayList<>();
        if (!archiveOf(c).equals(r.archive())) bad.add("archive " + archiveOf(c) + " (expected " + r.archive() + ")");
        if (!levelsOf(c).equals(r.levels())) bad.add("levels " + levelsOf(c) + " (expected " + r.levels() + ")");
        if (!findingsOf(c).equals(sorted(r.findings()))) bad.add("findings " + findingsOf(c) + " (expected " + sorted(r.findings()) + ")");
        return String.join("; ", bad);
    }

    @TestFactory
    Stream<DynamicTest> realCitationsReadAsExpected() {
        Map<String, Row> rows = rows();
        return rows.values().stream().filter(r -> !r.limitation()).map(r -> DynamicTest.dynamicTest(r.id() + " " + r.citation(),
                () -> assertEquals("", mismatch(rows, r), r.citation() + "  [" + r.source() + "]")));
    }

    @Test
    void knownLimitationsStillReadTheArchive() {
        Map<String, Row> rows = rows();
        for (Row r : rows.values()) {
            if (!r.limitation()) continue;
            assertEquals(r.archive(), archiveOf(read(rows, r)), r.citation());
        }
    }

    @Test
    void fixtureIsLargeAndVaried() {
        Map<String, Row> rows = rows();
        assertTrue(rows.size() >= 80, "rows: " + rows.size());
        long sources = rows.values().stream().map(r -> r.source().replaceAll(" (line|footnote) .*$", "").replaceAll(" docs/.*$", ""))
                .distinct().count();
        assertTrue(sources >= 6, "sources: " + sources);
    }

    @TestFactory
    Stream<DynamicTest> realNonCitationsAreNotTakenForArchivalCitations() {
        return tsv("real-non-citations.tsv").stream().map(f -> DynamicTest.dynamicTest(f[0], () -> {
            assertFalse(engine.startsCitation(f[0]), "startsCitation: " + f[0]);
            ArchivalCitation c = engine.parse(f[0]);
            assertFalse(c.valid() && c.archive().isPresent() && !c.levels().isEmpty(), "parsed as a valid citation: " + f[0]);
        }));
    }

    @Test
    void realCitationsNamingAnArchiveStartAnArchivalCitation() {
        List<String> missed = new ArrayList<>();
        for (Row r : rows().values()) {
            if (!r.limitation() && r.ante().equals("-") && !r.archive().equals("-") && !r.citation().startsWith("Там") && !engine.startsCitation(r.citation())) {
                missed.add(r.id() + " " + r.citation());
            }
        }
        assertEquals(List.of(), missed);
    }

    @Test
    void aLoneFondLabelWithoutArchiveIsNotTakenForACitation() {
        assertFalse(engine.startsCitation("f. 1"));
        assertFalse(engine.startsCitation("(f. 1)"));
        assertTrue(engine.startsCitation("f. 495, op. 201, d. 1/2"));
    }

    /** Prints the pass rate (run with -Dtest=RealCitationsTest#passRate to see it). */
    @Test
    void passRate() {
        Map<String, Row> rows = rows();
        int ok = 0;
        StringBuilder sb = new StringBuilder();
        for (Row r : rows.values()) {
            String m = mismatch(rows, r);
            if (m.isEmpty()) ok++;
            else sb.append(r.id()).append(r.limitation() ? " [limitation] " : " ").append(r.citation()).append("\n    ").append(m).append('\n');
        }
        System.out.println("real citations fully right: " + ok + "/" + rows.size() + "\n" + sb);
        assertTrue(ok > 0);
    }
}
