package org.opis.archival;

import de.undercouch.citeproc.csl.CSLItemData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opis.model.Diagnostic;
import org.opis.model.Severity;
import org.opis.report.ArchivalJson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The schemes historians of the Soviet bloc cite next to Russian archives — US National Archives and
 * State Department files, presidential libraries, the PRC Foreign Ministry Archive, the Vietnam
 * National Archives Centres and the Bundesarchiv — on the strings of other-schemes.tsv (real FRUS
 * source notes and archival locators; unconfirmed forms marked [U]) with hand-written expectations.
 */
class OtherSchemesTest {

    private final ArchivalEngine engine = ArchivalEngine.standard();

    record Row(String id, String citation, String source, String archive, String levels, String findings,
               String english, String status) {
        boolean limitation() {
            return status.startsWith("known-limitation");
        }

        boolean unconfirmed() {
            return status.contains("[U]");
        }
    }

    static Map<String, Row> rows() {
        Map<String, Row> m = new LinkedHashMap<>();
        for (String[] f : RealCitationsTest.tsv("other-schemes.tsv")) {
            assertEquals(8, f.length, String.join(" | ", f));
            m.put(f[0], new Row(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]));
        }
        return m;
    }

    String mismatch(Row r) {
        ArchivalCitation c = engine.parse(r.citation());
        List<String> bad = new ArrayList<>();
        if (!RealCitationsTest.archiveOf(c).equals(r.archive())) bad.add("archive " + RealCitationsTest.archiveOf(c) + " (expected " + r.archive() + ")");
        if (!RealCitationsTest.levelsOf(c).equals(r.levels())) bad.add("levels " + RealCitationsTest.levelsOf(c) + " (expected " + r.levels() + ")");
        String want = RealCitationsTest.sorted(r.findings());
        if (!RealCitationsTest.findingsOf(c).equals(want)) bad.add("findings " + RealCitationsTest.findingsOf(c) + " (expected " + want + ")");
        if (!r.english().equals("-") && !c.english().equals(r.english())) bad.add("english “" + c.english() + "” (expected “" + r.english() + "”)");
        if (!engine.startsCitation(r.citation())) bad.add("not recognised as an archival citation");
        return String.join("; ", bad);
    }

    @TestFactory
    Stream<DynamicTest> otherSchemesReadAsExpected() {
        return rows().values().stream().filter(r -> !r.limitation()).map(r -> DynamicTest.dynamicTest(r.id() + " " + r.citation(),
                () -> assertEquals("", mismatch(r), r.citation() + "  [" + r.source() + "]")));
    }

    @Test
    void knownLimitationsStillReadTheArchiveAndStayValid() {
        for (Row r : rows().values()) {
            if (!r.limitation()) continue;
            ArchivalCitation c = engine.parse(r.citation());
            assertEquals(r.archive(), RealCitationsTest.archiveOf(c), r.citation());
            assertTrue(c.valid(), r.citation());
        }
    }

    @Test
    void fixtureCoversEverySchemeWithRealStringsForUsAndGermany() {
        Map<String, Long> real = new LinkedHashMap<>();
        Map<String, Long> all = new LinkedHashMap<>();
        for (Row r : rows().values()) {
            String scheme = engine.parse(r.citation()).scheme();
            all.merge(scheme, 1L, Long::sum);
            if (!r.unconfirmed()) real.merge(scheme, 1L, Long::sum);
        }
        assertTrue(all.keySet().containsAll(List.of("us", "prc-mfa", "vn", "de")), all.toString());
        assertTrue(real.getOrDefault("us", 0L) >= 20, real.toString());
        assertTrue(real.getOrDefault("de", 0L) >= 2, real.toString());
    }

    @Test
    void recordGroupWithoutArchiveImpliesTheNationalArchives() {
        ArchivalCitation c = engine.parse("RG 59, Central Decimal File, 1955–59, 761.00/3–756, Box 3456");
        assertEquals("us", c.scheme());
        assertEquals("NARA", c.archive().orElseThrow().id());
        assertTrue(c.valid());
        assertTrue(c.gost().isEmpty(), "no GOST form outside the Russian scheme");
    }

    @Test
    void ibidKeepsTheLevelsAboveTheFirstOneGiven() {
        ArchivalCitation first = engine.parse("NARA, RG 59, Lot 66 D 487, Box 5");
        assertEquals("NARA, RG 59, Lot 66 D 487, Box 6", engine.continueFrom(first, "Ibid., Box 6").english());
        assertEquals("NARA, RG 59, Lot 66 D 487, Box 5, Folder 2", engine.continueFrom(first, "Ibid., Folder 2").english());
        ArchivalCitation sed = engine.parse("SAPMO-BArch, DY 30/IV 2/2.035/12, Bl. 5");
        ArchivalCitation next = engine.continueFrom(sed, "Ibid., Bl. 7-9");
        assertEquals("SAPMO-BArch, DY 30/IV 2/2.035/12, Bl. 7–9", next.english());
        assertEquals(List.of("archival/hyphen-range"), next.diagnostics().stream().map(Diagnostic::code).toList());
    }

    @Test
    void nationalArchivesIsTheUsOneUnlessTheUkIsNamed() {
        assertEquals("NARA", engine.parse("National Archives, RG 59, Central Files 1970–73, POL 27.").archive().orElseThrow().id());
        assertEquals("TNA", engine.parse("National Archives (UK), FO 371/135812").archive().orElseThrow().id());
        assertEquals("TNA", engine.parse("National Archives, Kew, FO 371/135812, f. 5").archive().orElseThrow().id());
        assertEquals("tna", engine.parse("The National Archives, FO 371/135812").scheme());
    }

    @Test
    void pagesAreLegitimateInTheseSchemes() {
        for (String s : List.of("PRCFMA 109-00871-01, pp. 3–5", "NARA, RG 59, Lot 66 D 487, pp. 4–6", "BArch, B 136/59748, S. 12")) {
            ArchivalCitation c = engine.parse(s);
            assertTrue(c.diagnostics().stream().noneMatch(d -> d.code().equals("archival/pages-for-leaves")), s + " " + c.diagnostics());
            assertTrue(c.valid(), s);
        }
    }

    @Test
    void cslMappingPutsArchiveAndLocationApart() {
        ArchivalCitation c = engine.parse("Department of State, Central Files, 761.00/3–756");
        CSLItemData item = ArchivalCsl.item(c, "x", Optional.empty());
        assertEquals("Department of State", item.getArchive());
        assertEquals("Central Files, 761.00/3–756", item.getArchiveLocation());
        ArchivalCitation b = engine.parse("SAPMO-BArch, NY 4090/437, Bl. 8");
        CSLItemData bi = ArchivalCsl.item(b, "y", Optional.empty());
        assertEquals("SAPMO-BArch", bi.getArchive());
        assertEquals("NY 4090/437", bi.getArchiveLocation());
        assertEquals(Optional.of("8"), ArchivalCsl.locator(b));
        ArchivalCitation p = engine.parse("PRCFMA 109-00871-01");
        assertEquals("109-00871-01", ArchivalCsl.item(p, "z", Optional.empty()).getArchiveLocation());
    }

    @Test
    void jsonLineUsesTheSchemesLevelNames() {
        String line = ArchivalJson.line(engine.parse("NARA, RG 59, Lot 66 D 487"));
        assertEquals("{\"input\":\"NARA, RG 59, Lot 66 D 487\",\"scheme\":\"us\",\"archive\":{\"id\":\"NARA\",\"name\":\"National Archives and Records Administration (US)\"},"
                + "\"levels\":[{\"level\":\"record-group\",\"value\":\"59\"},{\"level\":\"lot\",\"value\":\"66 D 487\"}],\"valid\":true,\"diagnostics\":[],"
                + "\"normalized\":{\"en\":\"NARA, RG 59, Lot 66 D 487\",\"gost\":null}}", line);
    }

    @Test
    void archiveOfAnotherSchemeOrGarbageGivesAClearDiagnostic() {
        for (String s : List.of("PRCFMA", "NARA, xyzzy", "BArch, ???", "TTLTQG III", "VNA IX, file 3", "Eisenhower Library")) {
            ArchivalCitation c = engine.parse(s);
            assertFalse(c.valid() && !c.levels().isEmpty(), s + " read as " + c.levels());
            assertTrue(c.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR), s + " " + c.diagnostics());
            for (Diagnostic d : c.diagnostics()) assertFalse(d.message().isBlank(), s);
        }
    }

    @Test
    void proseNamingTheseArchivesIsNotACitation() {
        for (String s : List.of(
                "U.S. Department of State, Foreign Relations of the United States, 1955–1957, vol. 24 (Washington, 1989), 45.",
                "Department of State Bulletin, 12 (1945): 45.",
                "National Archives, Washington, D.C.",
                "Eisenhower Library, Abilene, Kansas, 1990.",
                "Bundesarchiv, Koblenz, 1999.",
                "Department of State, Press Release 123, March 5, 1956.")) {
            assertFalse(engine.startsCitation(s), s);
        }
    }

    @Test
    void aVeryLongLineIsReadWithoutError() {
        String s = "NARA, RG 59, " + "Central Files, ".repeat(200_000) + "Box 3";
        ArchivalCitation c = engine.parse(s);
        assertEquals("us", engine.parse("NARA, RG 59").scheme());
        assertTrue(c.input().length() > 1_000_000);
    }
}
