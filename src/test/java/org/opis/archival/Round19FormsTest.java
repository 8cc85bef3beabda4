package org.opis.archival;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opis.archival.ArchivalFixtures.levelsOf;

/** The forms round 19 (hA) reads, each on a real string of real-citations-r19.tsv (sources there). */
class Round19FormsTest {

    private final ArchivalEngine engine = ArchivalEngine.standard();

    private String archiveOf(ArchivalCitation c) {
        return c.archive().map(ArchivalCitation.ArchiveRef::id).orElse("-");
    }

    @Test
    void theArchiveNamedLastIsTheOneWhoseSchemeReadsTheReference() {
        // "NA" is also the Czech Národní archiv in the registry; only the US National Archives reads RG 59 and a box
        ArchivalCitation na = engine.parse("RG59, Office of the Secretary, Subject Files of Amb. David H. Popper, Folder: Chrons, "
                + "Out-Going Telegrams 1977, Box 1 , NA.");
        assertTrue(na.valid(), na.diagnostics().toString());
        assertEquals("NARA", archiveOf(na));
        ArchivalCitation named = engine.parse("Chile Human Rights Documents, Box 1 , File 1 , NA.");
        assertTrue(named.valid(), named.diagnostics().toString());
        assertEquals("NARA", archiveOf(named));
        assertEquals("series=Chile Human Rights Documents;box=1;file-number=1", levelsOf(named));
        ArchivalCitation carter = engine.parse("NSA, Staff Material, North/South, Folder: 1-10/80, Box 3-9, JCPL.");
        assertEquals("JCL", archiveOf(carter));
        assertEquals("series=NSA;series=Staff Material;series=North/South;folder=1-10/80;box=3–9", levelsOf(carter));
        // the Czech archive written first is still the Czech archive
        assertEquals("NA-CZ", archiveOf(engine.parse("NA, KSČ-ÚV, SÚV, a. j. 170/14, a.j. 170/14, sv. 68")));
    }

    @Test
    void aTnaReferenceWithTheFilesTitleAndTheArchiveLast() {
        ArchivalCitation c = engine.parse("FCO7/2611 , Renegotiation of Foreign Debt of Chile (paris Club), BNA");
        assertTrue(c.valid(), c.diagnostics().toString());
        assertEquals("TNA", archiveOf(c));
        assertEquals("department=FCO;series=7;piece=2611", levelsOf(c));
        // a bare reference has no title to read
        assertEquals("department=FO;series=371;piece=151846", levelsOf(engine.parse("FO 371/151846")));
    }

    @Test
    void aRecordGroupRunIntoItsSeries() {
        ArchivalCitation c = engine.parse("NARA, RG59 CFPF, ET.");
        assertTrue(c.valid(), c.diagnostics().toString());
        assertEquals("record-group=59;series=CFPF;series=ET", levelsOf(c));
    }

    @Test
    void aLabelsColonIntroducesItsValue() {
        ArchivalCitation c = engine.parse("NSA, Staff Material, North/South, Folder: 1 - 10/80, Box 3-9, JCPL.");
        assertTrue(c.valid(), c.diagnostics().toString());
        assertTrue(levelsOf(c).contains("folder=1 - 10/80"), levelsOf(c));
    }

    @Test
    void aGermanStateArchiveTheRegistryDoesNotKnowWithItsBestand() {
        ArchivalCitation hamburg = engine.parse("Staatsarchiv Hamburg, 332-8 Meldewesen");
        assertTrue(hamburg.valid(), hamburg.diagnostics().toString());
        assertEquals("de", hamburg.scheme());
        assertEquals("bestand=332–8 Meldewesen", levelsOf(hamburg));
        ArchivalCitation marburg = engine.parse("Hessisches Staatsarchiv Marburg, HStAM 9 a Nr. 259, f. 249");
        assertTrue(marburg.valid(), marburg.diagnostics().toString());
        assertEquals("bestand=9 a;file=259;list=249", levelsOf(marburg));
    }

    @Test
    void anArchiveWhoseNameRunsOnIsNotSplitIntoAShorterArchiveAndAFond() {
        ArchivalCitation c = engine.parse("HDA SBU, f. 13, spr. 1020");
        assertEquals("HDA SBU", archiveOf(c));
        assertEquals("fond=13;delo=1020", levelsOf(c));
        assertTrue(c.valid(), c.diagnostics().toString());
        ArchivalCitation spaced = engine.parse("HDA SBU spr.11315 t.1 ch.2 ark.16");
        assertEquals("delo=11315;tom=1;chast=2;list=16", levelsOf(spaced));
    }
}
