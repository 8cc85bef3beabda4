package org.opis.archival;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opis.archival.ArchivalFixtures.archiveOf;
import static org.opis.archival.ArchivalFixtures.codes;
import static org.opis.archival.ArchivalFixtures.levelsOf;

/**
 * The forms round 24 taught the reader, each on a real string of real-citations-r24.tsv (expected values read off the
 * source and the archives' own citation practice, not off the engine).
 */
class Round24FormsTest {

    private final ArchivalEngine engine = ArchivalEngine.standard();

    @Test
    void aStasiDistrictOfficeIsTheServiceUnitAndItsDepartmentJoinsIt() {
        // the Stasi archive's 'Spurensuche' page: the Halle district administration's department VIII, photo collection, number 571
        ArchivalCitation c = engine.parse("BArch, MfS, BV Halle, Abt. VIII, Fo, Nr. 571");
        assertEquals("BArch", archiveOf(c));
        assertEquals("provenance=MfS;unit=BV Halle, Abt. VIII;series=Fo;file=571", levelsOf(c));
        assertTrue(c.valid(), c.diagnostics().toString());
        // the same under BStU, and a district office with a registered IM file, Teil and Bd. (Fundstelle Archiv)
        assertEquals("provenance=MfS;unit=BV Halle, Abt. XX;series=Fo;file=9", levelsOf(engine.parse("BStU, MfS, BV Halle, Abt. XX, Fo, Nr. 9")));
        assertEquals("provenance=MfS;unit=BV Leipzig;file=AIM 1066/91;part=II;volume=8",
                levelsOf(engine.parse("BStU, MfS, BV Leipzig, AIM 1066/91, Teil II, Bd. 8.")));
        // a service unit written before a one-digit file number ('Aus der Akte: BStU, MfS, BCD Nr. 6.')
        assertEquals("provenance=MfS;unit=BCD;file=6", levelsOf(engine.parse("BStU, MfS, BCD Nr. 6.")));
    }

    @Test
    void belarusianArchivesInEnglishLabelsAreReadLevelByLevel() {
        // letopis.by's English legend: Coll. (its C is the Cyrillic С), Inv., File., Sht.; the legend after it is a note
        ArchivalCitation c = engine.parse("Nat. Arch. Rep. of Bel. Сoll. 7. Inv. 4. File. 879. Sht. 132. Script. Typescript.");
        assertEquals("NARB", archiveOf(c));
        assertEquals("fond=7;opis=4;delo=879;list=132", levelsOf(c));
        assertTrue(c.valid(), c.diagnostics().toString());
        // 'file' without its period is still no label ('VNA IX, file 3' stays unread as a Vietnamese file, round 13)
        assertFalse(engine.parse("VNA IX, file 3").levels().stream().anyMatch(l -> l.level().equals("delo")));
    }

    @Test
    void russianArchivesUnderEnglishTranslatedAcronymsAreKnown() {
        // a translated Russian document edition: the Foreign Policy Archive (AVP RF) keeps its papka before the delo
        ArchivalCitation c = engine.parse("FPA RF. F. 0129. Op. 47a. P. 430. D. 1. L. 65-66.");
        assertEquals("AVP RF", archiveOf(c));
        assertEquals("fond=0129;opis=47a;papka=430;delo=1;list=65–66", levelsOf(c));
        assertTrue(c.valid(), c.diagnostics().toString());
        assertEquals("GARF", archiveOf(engine.parse("SA RF, F. R-4459, Op. 43, D. 2599, L. 251.")));
        assertEquals("TsA FSB", archiveOf(engine.parse("CSA FSB RF. F. 5-os. Op. 10. D. 73. L. 361 - 368. Copy. Typewritten text.")));
        assertEquals("TsA KGB RB", archiveOf(engine.parse("CSA KGB RB, F. 266, L. 158.")));
        // an empty leaf is still an error
        assertTrue(codes(engine.parse("CSA KGB RB, F. 266, L.")).contains("archival/empty-value"));
    }

    @Test
    void aCollectionCodeNamesItsArchiveAndAFolioMayBeFused() {
        // margaretthatcher.org's source lines: the Thatcher papers' code names the Churchill Archives Centre
        ArchivalCitation c = engine.parse("THCR 1/10/117 f44");
        assertEquals("CAC", archiveOf(c));
        assertEquals("tna", c.scheme());
        assertTrue(c.valid(), c.diagnostics().toString());
        assertTrue(levelsOf(c).startsWith("department=THCR;series=1;"), levelsOf(c));
        assertTrue(levelsOf(c).endsWith(";list=44"), levelsOf(c));
        // after words describing the collection and the archive, the code's archive, not an unregistered one
        ArchivalCitation d = engine.parse("Thatcher MSS, Churchill Archive Centre: THCR 3/5/97 f175");
        assertEquals("CAC", archiveOf(d));
        assertTrue(d.valid(), d.diagnostics().toString());
        assertFalse(codes(d).contains("archival/unregistered-archive"), codes(d).toString());
        // a TNA folio fused to its number, and the Churchill papers' file in two parts (r18-12)
        assertEquals("department=PREM;series=19;piece=2868;list=269", levelsOf(engine.parse("PREM19/2868 f269")));
        ArchivalCitation e = engine.parse("CHUR 2/40A-B");
        assertEquals("department=CHUR;series=2;piece=40A-B", levelsOf(e));
        assertEquals("CAC", archiveOf(e));
        // words before a department code that the registry does not know still give no archive by themselves
        assertEquals("?", archiveOf(engine.parse("British National Archives, FO 371/2767")));
    }

    @Test
    void theItalianCommunistPartysArchiveIsReadByFondoSeriesAndReel() {
        // the Fondazione Gramsci's own note: the 'Fondo Mosca', the secretariat, microfilm 271; the minutes' date is a note
        ArchivalCitation c = engine.parse("APC, Fondo Mosca, Segreteria, mf. 271, verbale 16 feb. 1955.");
        assertEquals("APC", archiveOf(c));
        assertEquals("it", c.scheme());
        assertEquals("fond=Fondo Mosca;series=Segreteria;reel=271", levelsOf(c));
        assertTrue(c.valid(), c.diagnostics().toString());
        assertEquals("APC, Fondo Mosca, Segreteria, mf. 271", c.english());
    }
}
