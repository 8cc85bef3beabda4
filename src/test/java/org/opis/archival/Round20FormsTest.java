package org.opis.archival;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opis.archival.ArchivalFixtures.levelsOf;

/** The forms round 20 (hA) reads, each on a real string of real-citations-r20.tsv (sources there). */
class Round20FormsTest {

    private final ArchivalEngine engine = ArchivalEngine.standard();

    private String archiveOf(ArchivalCitation c) {
        return c.archive().map(ArchivalCitation.ArchiveRef::id).orElse("-");
    }

    @Test
    void aDepartmentCodeWrittenWithPeriodsIsTheCode() {
        ArchivalCitation c = engine.parse("P.R.O., F.O. 248/108");
        assertTrue(c.valid(), c.diagnostics().toString());
        assertEquals("TNA", archiveOf(c));
        assertEquals("department=FO;series=248;piece=108", levelsOf(c));
        // no archive written: the department implies TNA, as "FO 371/84053" does
        ArchivalCitation bare = engine.parse("F.O.60/165");
        assertEquals("TNA", archiveOf(bare));
        assertEquals("department=FO;series=60;piece=165", levelsOf(bare));
    }

    @Test
    void aDispatchNumberIsTheItemAndItsDescriptionANote() {
        ArchivalCitation c = engine.parse("F.O. 60/105, No.87, Sheil to Aberdeen, 1st August 1844.");
        assertTrue(c.valid(), c.diagnostics().toString());
        assertEquals("department=FO;series=60;piece=105;item=87", levelsOf(c));
        ArchivalCitation d = engine.parse("P.R.O., F.O. 248/108, Farrant to Canning, 15 May 1843.");
        assertTrue(d.valid(), d.diagnostics().toString());
        assertEquals("department=FO;series=248;piece=108", levelsOf(d));
        ArchivalCitation t = engine.parse("P.R.O., F.O. 195/204, \"Translation of a Persian Account\".");
        assertTrue(t.valid(), t.diagnostics().toString());
        // a hyphen for the number label's period is no description: still a fault
        assertFalse(engine.parse("F.O. 248/114, No-1.").valid());
    }

    @Test
    void theOttomanArchivesFondCodeFileAndItem() {
        ArchivalCitation c = engine.parse("BOA, DH.MKT. 1958/80");
        assertTrue(c.valid(), c.diagnostics().toString());
        assertEquals("BOA", archiveOf(c));
        assertEquals("fond=DH.MKT.;file=1958;item=80", levelsOf(c));
        assertEquals("fond=İ.HB.;file=104;item=1330/M-041", levelsOf(engine.parse("BOA, İ.HB. 104/1330/M-041")));
        assertEquals("fond=HAT;file=512;item=25094-D", levelsOf(engine.parse("BOA, HAT 512/25094-D")));
        // the document's date after it is a note
        ArchivalCitation dated = engine.parse("BOA, Y.PRK.ASK. 228/60, 26 Safer 1323 [2 May 1905].");
        assertTrue(dated.valid(), dated.diagnostics().toString());
        assertEquals("fond=Y.PRK.ASK.;file=228;item=60", levelsOf(dated));
    }
}
