package org.opis.archival;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opis.archival.ArchivalFixtures.archiveOf;
import static org.opis.archival.ArchivalFixtures.codes;
import static org.opis.archival.ArchivalFixtures.levelsOf;

/**
 * The forms round 26 taught the reader, each on a real string of real-citations-r26.tsv (expected values read off the
 * source and the archives' own citation practice, not off the engine).
 */
class Round26FormsTest {

    private final ArchivalEngine engine = ArchivalEngine.standard();

    @Test
    void aHungarianFondNumberBeforeItsLabelThenSeriesAndUnitJoinedByASlash() {
        // the MSZMP agenda lists (Németh Jánosné, MOL segédletei I/2–I/4) print the party archive's signature after each
        // meeting: fond 288 with its label after the number, series 7 and őrzési egység 626 joined by a slash
        for (String[] r : new String[][]{{"(288. f. 7/626. ő. e.)", "fond=288;series=7;unit=626"},
                {"(288. f. 5/680. ő. e.)", "fond=288;series=5;unit=680"}, {"(288. f. 7/331. ő. e.)", "fond=288;series=7;unit=331"}}) {
            ArchivalCitation c = engine.parse(r[0]);
            assertEquals("hu", c.scheme(), r[0]);
            assertEquals(r[1], levelsOf(c), r[0]);
            // no archive is named (the lists are the National Archives' own finding aids): read alone, a missing archive
            assertFalse(c.valid(), r[0]);
            assertTrue(codes(c).contains("archival/missing-archive"), r[0] + " " + codes(c));
            assertFalse(codes(c).contains("archival/order"), r[0] + " " + codes(c));
        }
    }

    @Test
    void aRecordGroupAndItsTetelJoinedByAHyphenUnderTheOldAcronym() {
        // 'MOL XIX-I-4-ab-3-1. tétel' (a 1965 registry note of the Archives' Central Office): record group XIX-I-4-ab, item 3-1
        ArchivalCitation c = engine.parse("MOL XIX-I-4-ab-3-1. tétel");
        assertEquals("MNL OL", archiveOf(c));
        assertEquals("fond=XIX-I-4-ab;item=3-1", levelsOf(c));
        assertTrue(c.valid(), c.diagnostics().toString());
        assertTrue(codes(c).contains("archival/former-name"), codes(c).toString());
    }

    @Test
    void theOlderShortFormOlNamesTheNationalArchives() {
        // 'OL R 285' (Levéltári Szemle 29, 1979): the Szalay Ágoston collection, R 285, at the Országos Levéltár
        ArchivalCitation c = engine.parse("OL R 285");
        assertEquals("MNL OL", archiveOf(c));
        assertEquals("fond=R 285", levelsOf(c));
        assertTrue(c.valid(), c.diagnostics().toString());
        assertTrue(codes(c).contains("archival/former-name"), codes(c).toString());
    }

    @Test
    void bulgarianArchivesNamedInEnglishKeepTheirFaults() {
        // a Slavic Review note gives opis 405 before fond 9 and the leaves without a label: both are faults
        ArchivalCitation c = engine.parse("Central State Archives, Sofia, Bulgaria (hereafter TsDA), op. 405, f. 9, a.e. 622, 95–98.");
        assertEquals("opis=405;fond=9;unit=622;list=95–98", levelsOf(c));
        assertFalse(c.valid());
        assertTrue(codes(c).contains("archival/order"), codes(c).toString());
        assertTrue(codes(c).contains("archival/missing-label"), codes(c).toString());
    }

    @Test
    void theNationalArchivesOfAustraliaBySeriesControlSymbolAndPart() {
        // the Documents on Australian Foreign Policy volumes print each document's source in square brackets
        ArchivalCitation c = engine.parse("[NAA: A1838, 3107/38/18, vii]");
        assertEquals("NAA", archiveOf(c));
        assertEquals("au", c.scheme());
        assertEquals("series=A1838;file=3107/38/18;part=vii", levelsOf(c));
        assertTrue(c.valid(), c.diagnostics().toString());
        // the part written out after the control symbol, the series with a space after its letter
        ArchivalCitation d = engine.parse("[NAA: A 1838, 727/4/2 PART 17]");
        assertEquals("series=A 1838;file=727/4/2;part=17", levelsOf(d));
        assertTrue(d.valid(), d.diagnostics().toString());
        // no comma between the series and the control symbol
        ArchivalCitation e = engine.parse("[NAA : A1838 250/7/10, i]");
        assertEquals("series=A1838;file=250/7/10;part=i", levelsOf(e));
    }

    @Test
    void aNoteDescribingTheDocumentBeforeTheArchiveIsLeadingText() {
        // an editorial footnote: the cablegrams, sender, recipient and date, then the archive and the file
        ArchivalCitation c = engine.parse("Cablegrams 2478 and 2501, UNNY to DEA, 10 December 1969, NAA: A452, 1969/5571.");
        assertEquals("NAA", archiveOf(c));
        assertEquals("series=A452;file=1969/5571", levelsOf(c));
        assertTrue(c.valid(), c.diagnostics().toString());
        assertTrue(codes(c).contains("archival/leading-text"), codes(c).toString());
    }

    @Test
    void moreLeavesOfTheSameFileAfterANoteOnTheFirst() {
        // a document edition's legend: leaf 19 is a copy, leaves 20-21 the original, each with its description
        ArchivalCitation c = engine.parse("RGANI. F. 3. Op. 16. D. 350. L. 19 Copy (2nd). Typewritten text. L. 20-21. Original. Typewritten text.");
        assertEquals("RGANI", archiveOf(c));
        assertEquals("fond=3;opis=16;delo=350;list=19;list=20–21", levelsOf(c));
        assertTrue(c.valid(), c.diagnostics().toString());
        assertFalse(codes(c).contains("archival/order"), codes(c).toString());
        // two leaves given one after the other with no note between them are still the leaf given twice
        ArchivalCitation d = engine.parse("AVP RF. F. 0129. Op. 47. D. 355. L. 14. L. 47-52. Original. Typewritten text. Signature-autograph in blue ink.");
        assertFalse(d.valid());
        assertTrue(codes(d).contains("archival/order"), codes(d).toString());
    }

    @Test
    void thePartyArchiveFondAndSeriesJoinedByAHyphenInBrackets() {
        // the heading of the 1984 Politburo resolution on the party archives: '[MOL M-KS 288-5 908. őe.]'
        ArchivalCitation c = engine.parse("[MOL M-KS 288-5 908. őe.]");
        assertEquals("MNL OL", archiveOf(c));
        assertEquals("fond=M-KS 288;series=5;unit=908", levelsOf(c));
        assertTrue(c.valid(), c.diagnostics().toString());
    }

    @Test
    void australianArchivesIsTheFormerNameAndSeriesCarryConsignmentNumbers() {
        // the DFAT volumes of the 1940s cite the NAA under its name of 1974-1998 with the series' consignment number
        ArchivalCitation c = engine.parse("[AA:A1838/278, 169/10/1, i]");
        assertEquals("NAA", archiveOf(c));
        assertEquals("series=A1838/278;file=169/10/1;part=i", levelsOf(c));
        assertTrue(c.valid(), c.diagnostics().toString());
        assertTrue(codes(c).contains("archival/former-name"), codes(c).toString());
        assertTrue(codes(c).contains("archival/spacing"), codes(c).toString());
        // a control symbol of a letter and digits after the series is the file, not a second series
        assertEquals("series=A4940;file=C3739", levelsOf(engine.parse("[NAA: A4940, C3739]")));
        // the part in capital Roman numerals
        assertEquals("series=A1838;file=73/1/2;part=I", levelsOf(engine.parse("[AA : A1838, 73/1/2, I]")));
    }
}
