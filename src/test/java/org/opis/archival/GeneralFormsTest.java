package org.opis.archival;

import org.opis.model.CslRecords;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import org.junit.jupiter.api.Test;
import org.opis.cite.ArchivalReading;
import org.opis.model.Reference;
import org.opis.model.Severity;
import org.opis.model.Span;

import java.util.List;
import java.util.Map;

import static org.opis.archival.ArchivalFixtures.levels;
import static org.opis.archival.ArchivalFixtures.codes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Forms beyond the note: shorthand, full names of unregistered archives, AVP RF and fond 89 labels, the scanner's adapter. */
class GeneralFormsTest {

    private final ArchivalEngine engine = ArchivalEngine.standard();

    @Test
    void slashShorthandReadsAsFondOpisDelo() {
        ArchivalCitation c = engine.parse("RGASPI, 558/11/97");
        assertEquals(List.of("fond=558", "opis=11", "delo=97"), levels(c));
        assertEquals(List.of("archival/missing-label"), codes(c));
        assertEquals("RGASPI, f. 558, op. 11, d. 97", c.diagnostics().get(0).fix().orElseThrow());
    }

    @Test
    void anUnregisteredArchiveIsAnInfoFindingWhetherNamedInFullOrByAcronym() {
        ArchivalCitation c = engine.parse("Gosudarstvennyi arkhiv Zzyzxskoi oblasti (GAZZO), f. R-1000, op. 1, d. 5, l. 3");
        assertEquals(List.of("archival/unregistered-archive"), codes(c));
        assertTrue(c.valid());
        ArchivalCitation bare = engine.parse("GAZZO, f. R-1000, op. 1, d. 5, l. 3");
        assertEquals(List.of("archival/unregistered-archive"), codes(bare));
        assertTrue(bare.valid(), "unknown is not malformed");
    }

    @Test
    void avpRfSerialNumberAndPapkaBeforeDelo() {
        ArchivalCitation c = engine.parse("AVP RF, f. 0100, op. 46, por. 12, p. 362, d. 20, l. 5");
        assertEquals(List.of("fond=0100", "opis=46", "por=12", "papka=362", "delo=20", "list=5"), levels(c));
        assertEquals(List.of(), c.diagnostics());
    }

    @Test
    void fond89PerechenAndDokument() {
        ArchivalCitation c = engine.parse("TsKhSD, f. 89, per. 46, dok. 1");
        assertEquals(List.of("fond=89", "opis=46", "delo=1"), levels(c));
        assertEquals(List.of("archival/former-name"), codes(c));
    }

    @Test
    void yearWithAbbreviationPeriodSeparatesInGost() {
        ArchivalCitation c = engine.parse("АВПРИ. Ф. Канцелярия. Оп. 470. 1894 г. Д. 150. Л. 52.");
        assertEquals(List.of("fond=Канцелярия", "opis=470", "year=1894", "delo=150", "list=52"), levels(c));
        assertEquals(List.of(), c.diagnostics());
        assertEquals("AVPRI, f. Kantselyariya, op. 470, 1894 g., d. 150, l. 52", c.english());
    }

    @Test
    void ibidContinuationKeepsTheCommaStyleOfItsAntecedent() {
        ArchivalCitation ante = engine.parse("AVP RF, f. 79, op. 32. d. 47. p. 5. ll. 10–12");
        ArchivalCitation c = engine.continueFrom(ante, "d. 47. p. 4. ll. 130–32");
        assertEquals(List.of("archival/mixed-separators", "archival/papka-after-delo", "archival/mixed-separators",
                "archival/abbreviated-range"), codes(c));
        assertEquals("AVP RF, f. 79, op. 32, p. 4, d. 47, ll. 130–132", c.english());
        assertEquals("AVP RF", c.archive().orElseThrow().id());
    }

    @Test
    void ibidWithoutAntecedentIsMissingArchive() {
        ArchivalCitation c = engine.parse("ibid., d. 1/3, l. 106");
        assertEquals(List.of("archival/missing-archive"), codes(c));
        assertTrue(c.diagnostics().get(0).message().contains("ibid."));
    }

    @Test
    void scannerAdapterCarriesFindingsAndTheParsedCitation() {
        Reference avp = CslRecords.reference("avprf", new CSLItemDataBuilder().id("avprf").title("Arhiv vneshnej politiki Rossijskoj Federacii").build(),
                Span.at(333, 1), "Arhiv vneshnej politiki Rossijskoj Federacii [Archive of Foreign Policy of the Russian Federation] (AVP RF).",
                List.of(), true, Map.of());
        EngineArchivalReader reader = EngineArchivalReader.forNote(List.of(avp));
        assertTrue(reader.startsCitation("AVP RF, f. 79, op. 34, d. 16, p. 52. l. 75"));
        ArchivalReading r = reader.read("AVP RF, f. 79, op. 34, d. 16, p. 52. l. 75");
        assertEquals("AVP RF", r.archive().orElseThrow());
        assertFalse(r.valid());
        assertEquals("archival/mixed-separators", r.findings().get(1).code());
        assertEquals(36, r.findings().get(1).column());
        assertEquals(Severity.ERROR, r.findings().get(1).severity());
        ArchivalReading next = reader.continueFrom(r, "l. 76");
        assertTrue(next.valid());
        assertEquals("AVP RF, f. 79, op. 34, p. 52, d. 16, l. 76", ((ArchivalCitation) next.detail().orElseThrow()).english());
    }

    @Test
    void descriptionAfterTheArchiveNameIsNotPartOfIt() {
        ArchivalCitation c = engine.parse("RGASPI, Comintern collection, f. 495, op. 201, d. 1/1, l. 79");
        assertEquals("RGASPI", c.archive().orElseThrow().id());
        assertEquals(List.of("archival/archive-detail"), codes(c));
        assertEquals(9, c.diagnostics().get(0).span().column());
        assertTrue(c.valid());
    }

    @Test
    void documentTitleAfterTheLeavesIsTrailingText() {
        ArchivalCitation c = engine.parse("RGASPI, f. 17, op. 3, d. 1080, l. 55, Protocol no. 74");
        assertEquals(List.of("archival/trailing-text"), codes(c));
        assertEquals("55", c.value("list").orElseThrow());
    }

    @Test
    void lithuanianInventoryAndFileLabels() {
        ArchivalCitation c = engine.parse("LYA, f. K-1, ap. 3, b. 5, l. 10");
        assertEquals(List.of("fond=K-1", "opis=3", "delo=5", "list=10"), levels(c));
        assertEquals(List.of(), c.diagnostics());
    }

    @Test
    void bareIbidAndTamZheRepeatTheWholePlace() {
        ArchivalCitation ante = engine.parse("РГАСПИ. Ф. 17. Оп. 3. Д. 1080. Л. 55.");
        ArchivalCitation same = engine.continueFrom(ante, "Ibid.");
        assertEquals("RGASPI, f. 17, op. 3, d. 1080, l. 55", same.english());
        assertEquals(List.of(), same.diagnostics());
        ArchivalCitation next = engine.continueFrom(ante, "Там же. Д. 1081. Л. 2 об.");
        assertEquals("РГАСПИ. Ф. 17. Оп. 3. Д. 1081. Л. 2 об.", next.gost().orElseThrow());
        assertEquals(List.of(), next.diagnostics());
    }

    @Test
    void pageAfterAnAvpRfCitationThatGaveThePapkaIsAPage() {
        ArchivalCitation ante = engine.parse("AVP RF, f. 79, op. 32. d. 47. p. 5. ll. 10–12");
        ArchivalCitation c = engine.continueFrom(ante, "p. 704");
        assertEquals(List.of("archival/pages-for-leaves"), codes(c));
        assertEquals("5", c.value("papka").orElseThrow());
        assertEquals("704", c.value("page").orElseThrow());
    }
}
