package org.opis.archival;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opis.archival.ArchivalFixtures.levelsOf;

/**
 * The forms the round-13 real strings (real-citations-r13.tsv, and the older limitations they share a form with)
 * showed: a letter suffix of a value, a semicolon after an opis, the связка, English glosses of fond and opis, the
 * Czech National Archives' captions (file mark, collections, status notes, a fond in parts), and the compact
 * signature of the Albanian archives.
 */
class Round13FormsTest {

    private final ArchivalEngine engine = ArchivalEngine.standard();

    private static boolean has(ArchivalCitation c, String code) {
        return c.diagnostics().stream().anyMatch(d -> d.code().equals("archival/" + code));
    }

    @Test
    void aLetterSuffixTheSchemeNamesBelongsToTheValue() {
        ArchivalCitation c = engine.parse("ЦДАВО України, фонд 166, опис 12 ос, справа 4539");
        assertEquals("fond=166;opis=12 ос;delo=4539", levelsOf(c));
        assertTrue(c.valid(), c.diagnostics().toString());
        assertEquals("fond=Р-6023;opis=4;delo=17761 пф", levelsOf(engine.parse("Гос. архив Винницкой области, ф. Р-6023, оп. 4, д. 17761 пф")));
        // a word the scheme does not name is not a suffix, and a label after a number stays a label
        assertTrue(has(engine.parse("ГАРФ, ф. 5446, оп. 1 ик, д. 3"), "stray-character"));
        assertEquals("fond=5446;opis=1;delo=3;list=5;verso=5", levelsOf(engine.parse("ГАРФ, ф. 5446, оп. 1, д. 3, л. 5 об.")));
    }

    @Test
    void aSemicolonAfterAnOpisBeforeAUnitContinuesTheCitation() {
        assertEquals("fond=1Б;opis=6;unit=307", levelsOf(engine.parse("Ф. 1Б; оп. 6; а.е. 307")));
        assertEquals("fond=1;opis=6;unit=307", levelsOf(engine.parse("ЦДА, ф. 1; оп. 6; а.е. 307")));
        assertTrue(engine.parse("ЦДА, ф. 1; оп. 6; а.е. 307").valid());
        // before a leaf or another archive it still ends the citation
        assertEquals("fond=5", levelsOf(engine.parse("Ф. 5; л. 3")));
    }

    @Test
    void theSvyazkaIsAContainerLikeTheKarton() {
        ArchivalCitation c = engine.parse("Архив Министерства совхозов КазССР, 1956 г., оп. 1, св. 1, д. 6, л. 204—211.");
        assertEquals("year=1956;opis=1;karton=1;delo=6;list=204–211", levelsOf(c));
        assertTrue(c.valid(), c.diagnostics().toString());
        assertTrue(has(c, "unregistered-archive"));
    }

    @Test
    void collectionAndInventoryGlossFondAndOpis() {
        ArchivalCitation c = engine.parse("TsDAVO, Collection 166, inventory 12 os");
        assertEquals("fond=166;opis=12 os", levelsOf(c));
        assertTrue(c.valid(), c.diagnostics().toString());
        // "file" is no label of its own (the Vietnamese scheme's "VNA IX, file 3" must stay unread): after an opis it is the delo by position
        assertEquals("fond=166;opis=12 os;delo=4539", levelsOf(engine.parse("TsDAVO. Collection 166, inventory 12 os, file 4539.")));
    }

    @Test
    void czechCaptionsReadFileMarksCollectionsStatusNotesAndFondsInParts() {
        ArchivalCitation mark = engine.parse("NA, GProk, sp. zn. III/1 Gn 26/68, nezpracováno");
        assertEquals("fond=GProk;signature=III/1 Gn 26/68", levelsOf(mark));
        assertTrue(mark.valid(), mark.diagnostics().toString());
        assertEquals("fond=Sb. filmů;inventory=8/25", levelsOf(engine.parse("NA, Sb. filmů, inv. č. 8/25")));
        ArchivalCitation fondOnly = engine.parse("NA, KSČ-ÚV-GH, nezpracováno");
        assertEquals("fond=KSČ-ÚV-GH", levelsOf(fondOnly));
        assertTrue(fondOnly.valid(), fondOnly.diagnostics().toString());
        assertEquals("fond=ÚPV ČSSR/ČSFR, registratura;signature=699/12",
                levelsOf(engine.parse("NA, ÚPV ČSSR/ČSFR, registratura, sign. 699/12, nezpracováno")));
        // an archive name alone is no citation
        assertFalse(engine.parse("NA, Praha").valid() && !engine.parse("NA, Praha").levels().isEmpty());
    }

    @Test
    void theAlbanianCompactSignatureIsValidInItsSchemeOnly() {
        ArchivalCitation c = engine.parse("Central State Archive, Tirana, F14/ L14/ D7/ Viti 1962");
        assertEquals("fond=14;opis=14;delo=7;year=1962", levelsOf(c));
        assertTrue(c.valid(), c.diagnostics().toString());
        assertFalse(has(c, "label-typo") || has(c, "stray-character"), c.diagnostics().toString());
        // the same fused label in the Russian scheme is still a typo, and a slash between Russian levels a stray
        ArchivalCitation ru = engine.parse("ГАРФ, ф.5/ оп. 1");
        assertTrue(has(ru, "stray-character"), ru.diagnostics().toString());
        assertFalse(ru.valid());
    }
}
