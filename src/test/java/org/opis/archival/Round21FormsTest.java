package org.opis.archival;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opis.archival.ArchivalFixtures.archiveOf;
import static org.opis.archival.ArchivalFixtures.findingsOf;
import static org.opis.archival.ArchivalFixtures.levelsOf;

/** The forms round 21 taught the reader, each on a real string of real-citations-r21.tsv (expected values read off the source). */
class Round21FormsTest {

    private final ArchivalEngine engine = ArchivalEngine.standard();

    @Test
    void aLabelTypedWithALookAlikeLetterOfTheOtherScriptIsThatLabel() {
        // istmat.org/node/34093: "Oп." with a Latin O; before, everything after the fond was trailing text
        ArchivalCitation c = engine.parse("РГАСПИ Ф. 558. Oп. 11. Д. 79. Л. 38.");
        assertEquals("fond=558;opis=11;delo=79;list=38", levelsOf(c));
        assertEquals("missing-separator-after-archive", findingsOf(c));
        assertEquals("РГАСПИ. Ф. 558. Оп. 11. Д. 79. Л. 38.", c.gost().orElseThrow());
    }

    @Test
    void wordsInOneScriptOrMadeOnlyOfLookAlikesAreLeftAlone() {
        assertEquals("Оп.", Values.oneScript("Oп."));   // Latin O, Cyrillic п
        assertNull(Values.oneScript("Оp."));            // Cyrillic О, Latin p: both letters are look-alikes, so either script would do
        assertNull(Values.oneScript("Оп."));
        assertNull(Values.oneScript("Op."));
        assertNull(Values.oneScript("Дs"));             // Latin s has no Cyrillic look-alike in the table, Д none in Latin
    }

    @Test
    void aNumberSignRightAfterAFondNumbersAStorageUnit() {
        // TheLegendaryPoet, docs/VERIFICATION_REPORT_2026-07.md: the Pushkin House's manuscript department, item 34 of fond 466
        ArchivalCitation c = engine.parse("ИРЛИ, ф. 466, № 34");
        assertEquals("RO IRLI", archiveOf(c));
        assertEquals("fond=466;unit=34", levelsOf(c));
        assertTrue(c.valid(), c.diagnostics().toString());
        // after an opis the number sign still gives the file, as the Kyiv city archive writes it
        assertEquals("fond=Р-810;opis=2;delo=184", levelsOf(engine.parse("ДАмК. Фонд Р-810, опис 2, № 184")));
    }
}
