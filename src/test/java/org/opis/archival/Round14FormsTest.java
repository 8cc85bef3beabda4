package org.opis.archival;

import org.junit.jupiter.api.Test;
import org.opis.cite.CitationKind;
import org.opis.cite.CitationScanner;
import org.opis.cite.InTextCitation;
import org.opis.text.SourceText;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opis.archival.ArchivalFixtures.levelsOf;

/**
 * The forms the round-14 real strings (real-citations-r14.tsv, real-non-citations.tsv) showed, and archival
 * citations in a note's footnotes read as they read alone.
 */
class Round14FormsTest {

    private final ArchivalEngine engine = ArchivalEngine.standard();

    private static boolean has(ArchivalCitation c, String code) {
        return c.diagnostics().stream().anyMatch(d -> d.code().equals("archival/" + code));
    }

    @Test
    void aUnitOfAccountAfterAnArchiveWithItsHonorific() {
        ArchivalCitation c = engine.parse("ЦДКФФА України ім. Г.С. Пшеничного, од. об. 2-154086");
        assertEquals("TsDKFFA", c.archive().orElseThrow().id());
        assertEquals("unit=2-154086", levelsOf(c)); // one number, not a range
        assertTrue(c.valid(), c.diagnostics().toString());
        assertTrue(has(c, "archive-detail"));
        // an honorific inside a name the registry does not know leaves it unregistered
        assertTrue(has(engine.parse("Архів ім. Стефаника, ф. 5, оп. 1, спр. 7"), "unregistered-archive"));
    }

    @Test
    void aHyphenShorthandWhoseFileCarriesItsPart() {
        ArchivalCitation c = engine.parse("ЛННБ ім. Стефаника 5-1-4145/III");
        assertEquals("fond=5;opis=1;delo=4145/III", levelsOf(c));
        assertTrue(has(c, "missing-label"));
        assertEquals("fond=2227;opis=1;delo=158", levelsOf(engine.parse("ЦДІАК-2227-1-158")));
        // a slash between the levels is still the slash shorthand
        assertEquals("fond=558;opis=11;delo=97", levelsOf(engine.parse("RGASPI 558/11/97")));
    }

    @Test
    void theCzechRegisterNumberOfAFond() {
        ArchivalCitation c = engine.parse("Národní archiv, fond Národní sčítání lidu 1950, NAD 984");
        assertEquals("fond=Národní sčítání lidu 1950;nad=984", levelsOf(c));
        assertTrue(c.valid(), c.diagnostics().toString());
    }

    @Test
    void aLoneFondAfterAHeadingIsAFormNumber() {
        ArchivalCitation c = engine.parse("ВІДДІЛ КАДРІВ: ОСОБОВА КАРТКА ПРАЦІВНИКА, Ф. П-2");
        assertFalse(c.valid());
        assertTrue(has(c, "unrecognized"));
        // a lone fond after an archive's acronym stays a citation
        assertTrue(engine.parse("ГИАОО, ф. Р-580").valid());
    }

    @Test
    void archivalCitationsInFootnotesReadAsTheyReadAlone() {
        List<String> cites = List.of(
                "ЦДКФФА України ім. Г.С. Пшеничного, од. об. 2-154086",
                "РГИА, ф. 1285, оп. 1, д. 131, 9 л.",
                "ДАХмО 315-1-8433",
                "National Archives, RG 306, Director’s Subject Files, 1961, Entry UD WW 142, Box 6, Field Europe Berlin 1961 Sept.–Dec.",
                "ЦДАВО України, ф. 1115, оп. 1 спр. 1, арк. 108-111");
        StringBuilder note = new StringBuilder();
        for (int i = 0; i < cites.size(); i++) note.append("Claim ").append(i).append(".[^").append(i).append("]\n\n");
        for (int i = 0; i < cites.size(); i++) {
            String c = cites.get(i);
            note.append("[^").append(i).append("]: ").append(c).append(c.endsWith(".") ? "" : ".").append('\n');
        }
        EngineArchivalReader reader = new EngineArchivalReader(engine);
        List<InTextCitation> found = new ArrayList<>();
        for (InTextCitation c : new CitationScanner(reader, s -> false).scan(new SourceText("n.md", note.toString()))) {
            if (c.kind() == CitationKind.ARCHIVAL) found.add(c);
        }
        assertEquals(cites.size(), found.size(), found.toString());
        for (int i = 0; i < cites.size(); i++) {
            ArchivalCitation alone = engine.parse(cites.get(i));
            ArchivalCitation inNote = (ArchivalCitation) reader.read(found.get(i).rest()).detail().orElseThrow();
            assertEquals(levelsOf(alone), levelsOf(inNote), cites.get(i));
            assertEquals(alone.valid(), inNote.valid(), cites.get(i));
        }
    }
}
