package org.opis.archival;

import org.junit.jupiter.api.Test;
import org.opis.model.Diagnostic;

import java.util.List;

import static org.opis.archival.ArchivalFixtures.codes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The archival citations of references/selivanov-2017/note.md, with the defects a reader finds in them. */
class NoteCitationsTest {

    private final ArchivalEngine engine = ArchivalEngine.standard();

    @Test
    void correctCommaStyleCitationPassesClean() {
        ArchivalCitation c = engine.parse("RGASPI, f. 17, op. 3, d. 1080, l. 55");
        assertTrue(c.valid());
        assertEquals(List.of(), c.diagnostics());
        assertEquals("RGASPI", c.archive().orElseThrow().id());
        assertEquals("17", c.value("fond").orElseThrow());
        assertEquals("3", c.value("opis").orElseThrow());
        assertEquals("1080", c.value("delo").orElseThrow());
        assertEquals("55", c.value("list").orElseThrow());
        assertEquals("RGASPI, f. 17, op. 3, d. 1080, l. 55", c.english());
        assertEquals("РГАСПИ. Ф. 17. Оп. 3. Д. 1080. Л. 55.", c.gost().orElseThrow());
    }

    @Test
    void periodAfterArchiveInCommaStyleIsMixedSeparators() {
        ArchivalCitation c = engine.parse("RGASPI. f. 495, op. 201, d. ½, pp. 151, 157");
        assertFalse(c.valid());
        assertEquals(List.of("archival/mixed-separators", "archival/vulgar-fraction", "archival/pages-for-leaves"), codes(c));
        Diagnostic mixed = c.diagnostics().get(0);
        assertEquals(7, mixed.span().column());
        assertEquals("RGASPI, f. 495, op. 201, d. ½, pp. 151, 157", mixed.fix().orElseThrow());
        assertEquals(29, c.diagnostics().get(1).span().column());
        assertEquals("RGASPI. f. 495, op. 201, d. 1/2, pp. 151, 157", c.diagnostics().get(1).fix().orElseThrow());
        assertEquals("RGASPI. f. 495, op. 201, d. ½, ll. 151, 157", c.diagnostics().get(2).fix().orElseThrow());
        assertEquals("RGASPI, f. 495, op. 201, d. 1/2, ll. 151, 157", c.english());
    }

    @Test
    void papkaAfterDeloWithPeriodSeparatorsInAvpRf() {
        ArchivalCitation c = engine.parse("AVP RF, f. 79, op. 32. d. 47. p. 5. ll. 10–12");
        assertEquals(List.of("archival/mixed-separators", "archival/mixed-separators", "archival/papka-after-delo",
                "archival/mixed-separators"), codes(c));
        assertEquals("5", c.value("papka").orElseThrow());
        assertEquals("47", c.value("delo").orElseThrow());
        assertEquals("AVP RF, f. 79, op. 32, p. 5, d. 47, ll. 10–12", c.english());
        assertEquals("АВП РФ. Ф. 79. Оп. 32. П. 5. Д. 47. Л. 10–12.", c.gost().orElseThrow());
    }

    @Test
    void papkaAfterDeloIsOnlyAWarning() {
        ArchivalCitation c = engine.parse("AVP RF, f. 569, op. 28, d. 16, p. 41, ll. 38, 39, 41");
        assertTrue(c.valid());
        assertEquals(List.of("archival/papka-after-delo"), codes(c));
        assertEquals("38, 39, 41", c.value("list").orElseThrow());
        assertEquals("AVP RF, f. 569, op. 28, p. 41, d. 16, ll. 38, 39, 41", c.english());
    }

    @Test
    void singlePageInRgaspiIsPagesForLeaves() {
        ArchivalCitation c = engine.parse("RGASPI, f. 495, op. 201, d. ¼, p. 328");
        assertEquals(List.of("archival/vulgar-fraction", "archival/pages-for-leaves"), codes(c));
        assertEquals("1/4", c.value("delo").orElseThrow());
        assertEquals("RGASPI, f. 495, op. 201, d. ¼, l. 328", c.diagnostics().get(1).fix().orElseThrow());
    }

    @Test
    void abbreviatedLeafRangeIsExpanded() {
        ArchivalCitation c = engine.parse("RGASPI, f. 495, op. 201, d. ½, ll. 104–5");
        assertEquals("104–105", c.value("list").orElseThrow());
        assertEquals(List.of("archival/vulgar-fraction", "archival/abbreviated-range"), codes(c));
        assertEquals("RGASPI, f. 495, op. 201, d. 1/2, ll. 104–105", c.english());
        assertEquals("РГАСПИ. Ф. 495. Оп. 201. Д. 1/2. Л. 104–105.", c.gost().orElseThrow());
    }

    @Test
    void firstCitationExpansionNamesTheArchive() {
        ArchivalCitation c = engine.parse("Russian State Archive of Socio-Political History [RGASPI], f. 495, op. 201, d. 1/1, l. 79");
        assertTrue(c.valid());
        assertEquals(List.of(), c.diagnostics());
        assertEquals("RGASPI, f. 495, op. 201, d. 1/1, l. 79", c.english());
        ArchivalCitation r = engine.parse("Russian State Archive of Contemporary History [RGANI], f. 2, op. 1, d. 640, l. 50");
        assertEquals("RGANI", r.archive().orElseThrow().id());
        assertTrue(r.valid());
    }

    @Test
    void periodBeforeLeafInCommaStyle() {
        ArchivalCitation c = engine.parse("RGASPI, f. 17, op. 3, d. 1094. l. 753");
        assertEquals(List.of("archival/mixed-separators"), codes(c));
        assertEquals(30, c.diagnostics().get(0).span().column());
        assertEquals("RGASPI, f. 17, op. 3, d. 1094, l. 753", c.diagnostics().get(0).fix().orElseThrow());
    }

    @Test
    void ibidContinuationInheritsArchiveAndUpperLevels() {
        ArchivalCitation ante = engine.parse("RGASPI, f. 495, op. 201, d. 1/2, p. 58");
        ArchivalCitation c = engine.continueFrom(ante, "d. 1/3, l. 106");
        assertTrue(c.valid());
        assertEquals("RGASPI, f. 495, op. 201, d. 1/3, l. 106", c.english());
        ArchivalCitation leafOnly = engine.continueFrom(ante, "l. 60");
        assertEquals("RGASPI, f. 495, op. 201, d. 1/2, l. 60", leafOnly.english());
    }

    @Test
    void startsCitationSplitsArchivalFromAuthorDate() {
        assertTrue(engine.startsCitation("RGASPI, f. 17, op. 3, d. 1080, l. 55"));
        assertTrue(engine.startsCitation("AVP RF, f. 79, op. 34, d. 16, p. 52. l. 75"));
        assertTrue(engine.startsCitation("Russian State Archive of Socio-Political History [RGASPI], f. 495, op. 201"));
        assertFalse(engine.startsCitation("Konoreva and Selivanov 2016, p. 69"));
        assertFalse(engine.startsCitation("Hoxha 1981–85, t. 2, f. 153"));
    }
}
