package org.opis.archival;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.opis.archival.ArchivalFixtures.levels;
import static org.opis.archival.ArchivalFixtures.codes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every level and every surface style, on citations quoted in shared/docs/archival-conventions.md. */
class LevelsAndStylesTest {

    private final ArchivalEngine engine = ArchivalEngine.standard();

    // ------------------------------------------------------------------ surface styles

    @Test
    void englishCommaStyleWilsonCenter() {
        ArchivalCitation c = engine.parse("RGASPI, f. 558, op. 11, d. 97, ll. 67-70.");
        assertEquals(List.of("fond=558", "opis=11", "delo=97", "list=67–70"), levels(c));
        assertEquals(List.of("archival/hyphen-range"), codes(c));
        assertEquals("RGASPI, f. 558, op. 11, d. 97, ll. 67–70", c.english());
    }

    @Test
    void gostPeriodStyleIstmat() {
        ArchivalCitation c = engine.parse("АП РФ. Ф. 3. Оп. 30. Д. 194. Л. 94.");
        assertTrue(c.valid());
        assertEquals(List.of(), c.diagnostics());
        assertEquals("AP RF", c.archive().orElseThrow().id());
        assertEquals(List.of("fond=3", "opis=30", "delo=194", "list=94"), levels(c));
        assertEquals("AP RF, f. 3, op. 30, d. 194, l. 94", c.english());
        assertEquals("АП РФ. Ф. 3. Оп. 30. Д. 194. Л. 94.", c.gost().orElseThrow());
    }

    @Test
    void transliteratedPeriodStyleHistoryancient() {
        ArchivalCitation c = engine.parse("GARF. F.R-9478. Op.1. D 2. L.3-4.");
        assertEquals("GARF", c.archive().orElseThrow().id());
        assertEquals(List.of("fond=R-9478", "opis=1", "delo=2", "list=3–4"), levels(c));
        assertEquals("GARF, f. R-9478, op. 1, d. 2, ll. 3–4", c.english());
        assertEquals("ГА РФ. Ф. Р-9478. Оп. 1. Д. 2. Л. 3–4.", c.gost().orElseThrow());
    }

    @Test
    void rosarkhivEnglishLabelsFoldIsTheDelo() {
        ArchivalCitation c = engine.parse("RGASPI, Coll. 558, ser. 11, fold. 326, ff. 14–15");
        assertEquals(List.of("fond=558", "opis=11", "delo=326", "list=14–15"), levels(c));
        assertEquals("RGASPI, f. 558, op. 11, d. 326, ll. 14–15", c.english());
        assertTrue(c.value("papka").isEmpty());
    }

    @Test
    void firstCitationExpansionWithLongLabelsClayTyp() {
        ArchivalCitation c = engine.parse("Rossiiskii gosudarstvennyi istoricheskii arkhiv (RGIA), fond (f.) 1286 (...), "
                + "opis' (op.) 1, 1806 god (g.), delo (d.) 122, list (l.) 5ob.");
        assertEquals("RGIA", c.archive().orElseThrow().id());
        assertEquals(List.of("fond=1286", "opis=1", "year=1806", "delo=122", "list=5", "verso=5"), levels(c));
        assertEquals(List.of(), c.diagnostics());
        assertEquals("RGIA, f. 1286, op. 1, 1806 g., d. 122, l. 5ob.", c.english());
        assertEquals("РГИА. Ф. 1286. Оп. 1. 1806 г. Д. 122. Л. 5 об.", c.gost().orElseThrow());
    }

    @Test
    void albanianAqshSchemeEhri() {
        ArchivalCitation c = engine.parse("AQSH of RSH, F. 890, V. 1960, D. 27");
        assertEquals("aqsh", c.scheme());
        assertEquals("AQSH", c.archive().orElseThrow().id());
        assertEquals(List.of("fond=890", "year=1960", "delo=27"), levels(c));
        assertTrue(c.valid());
        assertEquals("AQSH, F. 890, V. 1960, D. 27", c.english());
        assertTrue(c.gost().isEmpty());
    }

    @Test
    void cyrillicCommaStyleWithLowercaseLabels() {
        ArchivalCitation c = engine.parse("Госархив ЗО, ф. Р-5747, оп. 3, дело. 9128.");
        assertEquals(List.of("fond=Р-5747", "opis=3", "delo=9128"), levels(c));
        assertEquals(List.of("archival/unregistered-archive", "archival/label-typo"), codes(c));
    }

    // ------------------------------------------------------------------ levels

    @Test
    void fondPrefixesLeadingZerosAndSlashesAreKeptAsStrings() {
        assertEquals("0100", engine.parse("AVPRF f. 0100, op. 34, 1946, p. 253, d. 18.").value("fond").orElseThrow());
        assertEquals("П-9248", engine.parse("ГАСПИТО. Ф. П-9248. Оп. 3. Ед. хр. 1891.").value("fond").orElseThrow());
        assertEquals("641/1", engine.parse("ПермГАСПИ. Ф. 641/1. Оп. 1. Д. 12778.").value("fond").orElseThrow());
        assertEquals("Р-17", engine.parse("ГАТО. Ф. Р-17.").value("fond").orElseThrow());
        assertEquals("Сената", engine.parse("РГАДА. Ф. Сената. Оп. 15. Д. 3.").value("fond").orElseThrow());
        assertEquals("GASPITO, f. P-9248, op. 3, ed. khr. 1891", engine.parse("ГАСПИТО. Ф. П-9248. Оп. 3. Ед. хр. 1891.").english());
    }

    @Test
    void opisAloneAndSeveralOpisiInGost() {
        ArchivalCitation c = engine.parse("РГАСПИ. Ф. 17. Оп. 113, 114.");
        assertEquals(List.of("fond=17", "opis=113, 114"), levels(c));
        assertEquals(List.of(), c.diagnostics());
    }

    @Test
    void kartonInAManuscriptDepartment() {
        ArchivalCitation c = engine.parse("ОР РГБ. Ф. 573. Картон 41. Д. 55. Л. 18.");
        assertEquals(List.of("fond=573", "karton=41", "delo=55", "list=18"), levels(c));
        assertEquals(List.of(), c.diagnostics());
        assertEquals("ОР РГБ. Ф. 573. Картон 41. Д. 55. Л. 18.", c.gost().orElseThrow());
    }

    @Test
    void storageUnitInsteadOfDelo() {
        ArchivalCitation c = engine.parse("ЦГАИПД. Ф. 1728. Ед. хр. 537079.");
        assertEquals(List.of("fond=1728", "unit=537079"), levels(c));
        assertEquals(List.of(), c.diagnostics());
        assertEquals("TsGAIPD, f. 1728, ed. khr. 537079", c.english());
    }

    @Test
    void chastOfADeloAndADepartmentSection() {
        ArchivalCitation c = engine.parse("GARF, f. 102, Departament politsii Osobyi otdel (DPOO), 1898 g., op. 226, d. 12, chast' 2, l. 3");
        assertEquals(List.of("fond=102", "section=Departament politsii Osobyi otdel (DPOO)", "year=1898", "opis=226",
                "delo=12", "chast=2", "list=3"), levels(c));
        assertEquals(List.of(), c.diagnostics());
        assertEquals("GARF, f. 102, Departament politsii Osobyi otdel (DPOO), 1898 g., op. 226, d. 12, ch. 2, l. 3", c.english());
    }

    @Test
    void tomOfAMultiVolumeDelo() {
        ArchivalCitation c = engine.parse("РГАСПИ. Ф. 1120. Оп. 1. Д. 21. Т. 1");
        assertEquals(List.of("fond=1120", "opis=1", "delo=21", "tom=1"), levels(c));
        assertEquals("РГАСПИ. Ф. 1120. Оп. 1. Д. 21. Т. 1.", c.gost().orElseThrow());
    }

    @Test
    void leavesSingleListRangeAndVerso() {
        assertEquals("55", engine.parse("RGASPI, f. 17, op. 3, d. 1080, l. 55").value("list").orElseThrow());
        assertEquals("38, 39, 41", engine.parse("AVP RF, f. 569, op. 28, d. 16, p. 41, ll. 38, 39, 41").value("list").orElseThrow());
        assertEquals("145–160", engine.parse("RGASPI, f. 495, op. 201, d. 1/2, ll. 145–60").value("list").orElseThrow());
        ArchivalCitation uiuc = engine.parse("GARF, f. 1235, op. 1, d. 16, ll. 5-7ob.");
        assertEquals(List.of(new Leaf("5", "7", false, true)), uiuc.leaves());
        assertEquals("GARF, f. 1235, op. 1, d. 16, ll. 5–7ob.", uiuc.english());
        ArchivalCitation gost = engine.parse("ГАРФ. Ф. 12. Оп. 3. Д. 48. Л. 17 об.");
        assertEquals(List.of("fond=12", "opis=3", "delo=48", "list=17", "verso=17"), levels(gost));
        assertEquals("ГА РФ. Ф. 12. Оп. 3. Д. 48. Л. 17 об.", gost.gost().orElseThrow());
        assertEquals("GARF, f. 12, op. 3, d. 48, l. 17ob.", gost.english());
    }

    @Test
    void yearInAvpRfAndAqsh() {
        assertEquals("1946", engine.parse("AVPRF f. 0100, op. 34, 1946, p. 253, d. 18.").value("year").orElseThrow());
        assertEquals("1949", engine.parse("AQSH of RSH, F. 890, V. 1949, D 501").value("year").orElseThrow());
    }

    @Test
    void leafCountAfterTheDeloIsTheExtentNotALeaf() {
        ArchivalCitation c = engine.parse("РО ИРЛИ. Ф. 568. Оп. 1. Д. 1. 214 л.");
        assertEquals(List.of("fond=568", "opis=1", "delo=1", "extent=214"), levels(c));
        assertTrue(c.leaves().isEmpty());
    }

    @Test
    void normalFormsConvertScriptsOfLabelsAndAcronyms() {
        ArchivalCitation c = engine.parse("RGASPI, f. 495, op. 201, d. 1/2, ll. 104–105");
        assertEquals("RGASPI, f. 495, op. 201, d. 1/2, ll. 104–105", c.english());
        assertEquals("РГАСПИ. Ф. 495. Оп. 201. Д. 1/2. Л. 104–105.", c.gost().orElseThrow());
        ArchivalCitation back = engine.parse("РГАСПИ. Ф. 495. Оп. 201. Д. 1/2. Л. 104–105.");
        assertEquals("RGASPI, f. 495, op. 201, d. 1/2, ll. 104–105", back.english());
    }

    @Test
    void cslMappingPutsLeavesInTheFolioLocator() {
        ArchivalCitation c = engine.parse("RGASPI, f. 495, op. 201, d. ½, ll. 104–5");
        var item = ArchivalCsl.item(c, "rgaspi-495-201-1-2", java.util.Optional.empty());
        assertEquals("manuscript", item.getType().toString());
        assertEquals("RGASPI", item.getArchive());
        assertEquals("f. 495, op. 201, d. 1/2", item.getArchiveLocation());
        assertEquals("104–105", ArchivalCsl.locator(c).orElseThrow());
        assertEquals("folio", ArchivalCsl.LOCATOR_LABEL);
    }
}
