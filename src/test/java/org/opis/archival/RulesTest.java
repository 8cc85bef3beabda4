package org.opis.archival;

import org.junit.jupiter.api.Test;
import org.opis.model.Diagnostic;
import org.opis.model.Severity;

import java.util.List;
import java.util.Optional;

import static org.opis.archival.ArchivalFixtures.codes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One test (at least) per validation rule, on citations quoted in shared/docs/archival-conventions.md
 * (istmat, GOST scans, Wilson Center, clay.typ, UIUC, EHRI/oshtima for AQSH, historyancient.ru).
 */
class RulesTest {

    private final ArchivalEngine engine = ArchivalEngine.standard();

    private static Diagnostic only(ArchivalCitation c, String code) {
        List<Diagnostic> ds = c.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
        assertEquals(1, ds.size(), code + " in " + c.diagnostics());
        return ds.get(0);
    }

    @Test
    void commaBeforeALeafInGostPeriodStyleIsMixedSeparators() {
        ArchivalCitation c = engine.parse("Ф. Р-1262. Оп. 2. Д. 2, стр. 324");
        Diagnostic d = only(c, "archival/mixed-separators");
        assertEquals(Severity.ERROR, d.severity());
        assertEquals(23, d.span().column());
        assertEquals("Ф. Р-1262. Оп. 2. Д. 2. стр. 324", d.fix().orElseThrow());
    }

    @Test
    void pagesInsteadOfLeavesInCyrillicAndLatin() {
        Diagnostic cyr = only(engine.parse("Ф. Р-1262. Оп. 2. Д. 2, стр. 324"), "archival/pages-for-leaves");
        assertEquals(25, cyr.span().column());
        assertEquals("Ф. Р-1262. Оп. 2. Д. 2, Л. 324", cyr.fix().orElseThrow());
        ArchivalCitation rgia = engine.parse("RGIA f. 1289 op. 1 d. 30, p. 17a.");
        Diagnostic lat = only(rgia, "archival/pages-for-leaves");
        assertEquals(27, lat.span().column());
        assertEquals("RGIA f. 1289 op. 1 d. 30, l. 17a.", lat.fix().orElseThrow());
        assertEquals("17a", rgia.value("page").orElseThrow());
    }

    @Test
    void pInAvpRfIsPapkaNotPage() {
        ArchivalCitation c = engine.parse("AVPRF f. 0100, op. 34, 1946, p. 253, d. 18.");
        assertEquals("253", c.value("papka").orElseThrow());
        assertFalse(codes(c).contains("archival/pages-for-leaves"));
        assertTrue(c.valid());
    }

    @Test
    void typesetFractionIsFlaggedAndKeptAsSlash() {
        ArchivalCitation c = engine.parse("RGASPI, f. 495, op. 201, d. ½, ll. 104–5");
        Diagnostic d = only(c, "archival/vulgar-fraction");
        assertEquals(29, d.span().column());
        assertEquals("1/2", c.value("delo").orElseThrow());
    }

    @Test
    void opisAfterDeloIsOutOfOrder() {
        ArchivalCitation c = engine.parse("RGANI, f. 5, d. 131, op. 49, ll. 193–194");
        Diagnostic d = only(c, "archival/order");
        assertEquals(Severity.ERROR, d.severity());
        assertEquals(22, d.span().column());
        assertEquals("RGANI, f. 5, op. 49, d. 131, ll. 193–194", d.fix().orElseThrow());
        assertEquals("RGANI, f. 5, op. 49, d. 131, ll. 193–194", c.english());
    }

    @Test
    void aqshDosjaBeforeVitiIsOnlyAnOrderWarning() {
        ArchivalCitation c = engine.parse("AQSH F.  , D. 191, V. 1944, fl. 1.");
        Diagnostic d = only(c, "archival/order");
        assertEquals(Severity.WARNING, d.severity());
        assertEquals(20, d.span().column());
    }

    @Test
    void emptyFondInAqshCitation() {
        ArchivalCitation c = engine.parse("AQSH F.  , D. 191, V. 1944, fl. 1.");
        Diagnostic d = only(c, "archival/empty-value");
        assertEquals(6, d.span().column());
        assertFalse(c.valid());
        assertEquals("aqsh", c.scheme());
        assertEquals("191", c.value("delo").orElseThrow());
        assertEquals("1944", c.value("year").orElseThrow());
        assertEquals("1", c.value("list").orElseThrow());
    }

    @Test
    void levelsWithoutArchiveAreMissingArchive() {
        ArchivalCitation c = engine.parse("F. 3. Op. 1.D. 869. L. 261‐264.");
        assertEquals(1, only(c, "archival/missing-archive").span().column());
        assertTrue(c.archive().isEmpty());
    }

    @Test
    void unknownArchiveIsNamedInTheMessage() {
        ArchivalCitation c = engine.parse("Госархив ЗО, ф. Р-5747, оп. 3, дело. 9128.");
        Diagnostic d = only(c, "archival/unregistered-archive");
        assertEquals(1, d.span().column());
        assertEquals(Severity.INFO, d.severity());
        assertTrue(d.message().contains("Госархив ЗО"));
    }

    @Test
    void wordDeloWithAPeriodIsALabelTypo() {
        ArchivalCitation c = engine.parse("Госархив ЗО, ф. Р-5747, оп. 3, дело. 9128.");
        Diagnostic d = only(c, "archival/label-typo");
        assertEquals(32, d.span().column());
        assertEquals("Госархив ЗО, ф. Р-5747, оп. 3, д. 9128.", d.fix().orElseThrow());
        assertEquals("9128", c.value("delo").orElseThrow());
    }

    @Test
    void abbreviationWithoutPeriodIsALabelTypo() {
        Diagnostic d = only(engine.parse("GARF. F.R-9478. Op.1. D 2. L.3-4."), "archival/label-typo");
        assertEquals(23, d.span().column());
        assertEquals("GARF. F.R-9478. Op.1. D. 2. L.3-4.", d.fix().orElseThrow());
    }

    @Test
    void bareNumbersHaveMissingLabels() {
        ArchivalCitation c = engine.parse("ГА РФ Р7523 105 168");
        List<Diagnostic> ds = c.diagnostics().stream().filter(d -> d.code().equals("archival/missing-label")).toList();
        assertEquals(List.of(7, 13, 17), ds.stream().map(d -> d.span().column()).toList());
        assertEquals("ГА РФ ф. Р7523 105 168", ds.get(0).fix().orElseThrow());
        assertEquals("GARF", c.archive().orElseThrow().id());
        assertEquals("Р7523", c.value("fond").orElseThrow());
        assertEquals("105", c.value("opis").orElseThrow());
        assertEquals("168", c.value("delo").orElseThrow());
    }

    @Test
    void rangeEndingBeforeItStartsIsReversed() {
        Diagnostic d = only(engine.parse("AVP RF, f. 0100, op. 34, p. 253, d. 18, ll. 14–12"), "archival/reversed-range");
        assertEquals(45, d.span().column());
        assertEquals(Optional.empty(), d.fix());
    }

    @Test
    void missingSpacesAfterLabelsAndSeparators() {
        ArchivalCitation c = engine.parse("GARF. F.R-9478. Op.1. D 2. L.3-4.");
        List<Diagnostic> ds = c.diagnostics().stream().filter(d -> d.code().equals("archival/spacing")).toList();
        assertEquals(List.of(9, 20, 30), ds.stream().map(d -> d.span().column()).toList());
        assertEquals("GARF. F. R-9478. Op.1. D 2. L.3-4.", ds.get(0).fix().orElseThrow());
        Diagnostic afterPeriod = only(engine.parse("F. 3. Op. 1.D. 869. L. 261‐264."), "archival/spacing");
        assertEquals(13, afterPeriod.span().column());
        assertEquals("F. 3. Op. 1. D. 869. L. 261‐264.", afterPeriod.fix().orElseThrow());
    }

    @Test
    void hyphenInPlaceOfAPeriodIsAStrayCharacter() {
        ArchivalCitation c = engine.parse("Оп. 163- Д. 895- Л. 12.");
        List<Diagnostic> ds = c.diagnostics().stream().filter(d -> d.code().equals("archival/stray-character")).toList();
        assertEquals(List.of(8, 16), ds.stream().map(d -> d.span().column()).toList());
        assertEquals("Оп. 163. Д. 895- Л. 12.", ds.get(0).fix().orElseThrow());
        assertEquals("895", c.value("delo").orElseThrow());
    }

    @Test
    void papkaAfterDeloIsAWarningWithTheSwappedForm() {
        Diagnostic d = only(engine.parse("AVP RF, f. 79, op. 25, d. 6, p. 36, l. 93"), "archival/papka-after-delo");
        assertEquals(Severity.WARNING, d.severity());
        assertEquals("AVP RF, f. 79, op. 25, p. 36, d. 6, l. 93", d.fix().orElseThrow());
    }

    @Test
    void hyphenRangeIsAWarning() {
        ArchivalCitation c = engine.parse("RGANI, f. 5, op. 49, d. 131, ll. 193-194.");
        Diagnostic d = only(c, "archival/hyphen-range");
        assertEquals(Severity.WARNING, d.severity());
        assertEquals(37, d.span().column());
        assertEquals("RGANI, f. 5, op. 49, d. 131, ll. 193–194.", d.fix().orElseThrow());
        assertTrue(c.valid());
    }

    @Test
    void abbreviatedRangeIsExpandedPerChicago() {
        Diagnostic d = only(engine.parse("RGASPI, f. 495, op. 201, d. 1/2, ll. 135–37"), "archival/abbreviated-range");
        assertEquals(42, d.span().column());
        assertEquals("RGASPI, f. 495, op. 201, d. 1/2, ll. 135–137", d.fix().orElseThrow());
        assertEquals(Optional.of("160"), Ranges.expand("145", "60"));
        assertEquals(Optional.of("105"), Ranges.expand("104", "5"));
        assertEquals(Optional.of("1500"), Ranges.expand("1496", "500"));
        assertEquals(Optional.of("328"), Ranges.expand("321", "28"));
        assertEquals(Optional.empty(), Ranges.expand("96", "117"));
    }

    @Test
    void acronymWithoutCommaBeforeTheFond() {
        Diagnostic d = only(engine.parse("AVPRF f. 0100, op. 34, 1946, p. 253, d. 18."), "archival/missing-separator-after-archive");
        assertEquals(Severity.WARNING, d.severity());
        assertEquals(6, d.span().column());
        assertEquals("AVPRF, f. 0100, op. 34, 1946, p. 253, d. 18.", d.fix().orElseThrow());
        Diagnostic gost = only(engine.parse("ГАТО Ф. Р-17."), "archival/missing-separator-after-archive");
        assertEquals("ГАТО. Ф. Р-17.", gost.fix().orElseThrow());
    }

    @Test
    void formerAcronymIsAWarningWithTheCurrentOne() {
        ArchivalCitation c = engine.parse("TsKhSD, f. 89, op. 1, d. 2, l. 3");
        Diagnostic d = only(c, "archival/former-name");
        assertEquals(Severity.WARNING, d.severity());
        assertEquals("RGANI, f. 89, op. 1, d. 2, l. 3", d.fix().orElseThrow());
        assertEquals("RGANI", c.archive().orElseThrow().id());
        Diagnostic cyr = only(engine.parse("ЦХСД. Ф. 89. Оп. 1. Д. 2. Л. 3."), "archival/former-name");
        assertEquals("РГАНИ. Ф. 89. Оп. 1. Д. 2. Л. 3.", cyr.fix().orElseThrow());
    }

    @Test
    void levelsRunTogetherWithoutSeparators() {
        ArchivalCitation c = engine.parse("RGIA f. 1289 op. 1 d. 30, p. 17a.");
        List<Diagnostic> ds = c.diagnostics().stream().filter(d -> d.code().equals("archival/missing-separator")).toList();
        assertEquals(2, ds.size());
        assertEquals(13, ds.get(0).span().column());
        assertEquals("RGIA f. 1289, op. 1 d. 30, p. 17a.", ds.get(0).fix().orElseThrow());
    }

    @Test
    void garbageGivesAClearDiagnosticNotAnException() {
        for (String s : List.of("hello world", "", "   ", "))((", "f.", "Ф. Ф. Ф.", "; ; ;", "1/", "½½½", "ll. –", "RGASPI,,,,")) {
            ArchivalCitation c = engine.parse(s);
            assertFalse(c.valid(), s);
            assertFalse(c.diagnostics().isEmpty(), s);
        }
        assertEquals(List.of("archival/unrecognized"), codes(engine.parse("hello world")));
    }

    @Test
    void aSentenceAfterTheCitationIsReportedButNotAnError() {
        ArchivalCitation c = engine.parse("RGANI, f. 5, op. 49, d. 131, ll. 193-194. Translated by Gary Goldberg.");
        Diagnostic d = only(c, "archival/trailing-text");
        assertEquals(Severity.INFO, d.severity());
        assertEquals("193–194", c.value("list").orElseThrow());
        assertTrue(c.valid());
    }

    @Test
    void aVeryLongLineIsReadInOnePass() {
        String big = "RGASPI, f. 17, op. 3, d. 1080, l. 55".repeat(1) + ", 56".repeat(200_000) + " xx".repeat(100_000);
        ArchivalCitation c = engine.parse(big);
        assertEquals("17", c.value("fond").orElseThrow());
        ArchivalCitation garbage = engine.parse("(f. ".repeat(250_000));
        assertFalse(garbage.valid());
    }
}
