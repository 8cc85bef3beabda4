package org.opis.archival;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opis.archival.ArchivalFixtures.archiveOf;
import static org.opis.archival.ArchivalFixtures.levelsOf;

/** The forms the second wave of round 23 taught the reader, each on a real string of the fixtures (expected values read off the source). */
class Round23bFormsTest {

    private final ArchivalEngine engine = ArchivalEngine.standard();

    @Test
    void aPolishCollectionNamedFirstWithoutALabelIsTheFondAndStaysUnlabelled() {
        // the National Archives in Kraków's exhibition caption: the parchment collection (zespół), then the signature
        ArchivalCitation c = engine.parse("ANK, Zbiór dokumentów pergaminowych, sygn. Perg. 87");
        assertEquals("ANK", archiveOf(c));
        assertEquals("fond=Zbiór dokumentów pergaminowych;signature=Perg. 87", levelsOf(c));
        assertTrue(c.valid(), c.diagnostics().toString());
        assertEquals("ANK, Zbiór dokumentów pergaminowych, sygn. Perg. 87", c.english());
        // a fond written with its label keeps it; one written bare stays bare (AGAD's Crown Treasury Archive, ASK)
        assertEquals("AAN, zesp. KC PZPR, sygn. 237/V-4", engine.parse("AAN, zesp. KC PZPR, sygn. 237/V-4").english());
        assertEquals("AGAD, ASK, sygn. 1/7/0/9/4", engine.parse("AGAD ASK 1/7/0/9/4").english());
    }

    @Test
    void anArchiveNamedInTheLocativeAfterAPrepositionIsFound() {
        // Zbornik dokumenata, vol. XIV, book 1, doc. 17, note 1: "Original … u Arhivu VII" (in the Archive of the
        // Military History Institute), the Chetnik collection (Ča), box (k. = kutija) 281, registry number 14/1—20
        ArchivalCitation c = engine.parse("u Arhivu VII, Ča, k. 281, reg. br. 14/1—20.");
        assertEquals("VII", archiveOf(c));
        assertEquals("fond=Ča;box=281;file=14/1—20", levelsOf(c));
        assertTrue(c.valid(), c.diagnostics().toString());
        assertEquals(15, c.levels().get(0).column()); // "Ča" where it stands in the text as written
        // the nominative reads the same; a locative that names no registered archive is not taken
        assertEquals("VII", archiveOf(engine.parse("Arhiv VII, Ča, k. 281")));
        assertTrue(LocativeArchive.flatten("u Arhivu nekog grada, k. 5", a -> false).isEmpty());
    }

    @Test
    void aManuscriptNamedBeforeItsLibraryIsReadByShelfmark() {
        // a translated footnote of Skaballanovich's Tolkovyi Tipikon (references/en-typikon-manuscript-folio-notes, note 2454)
        ArchivalCitation c = engine.parse("MS of the Moscow Synodal Library No. 330/380, fol. 107v.");
        assertEquals("Synodal Library", archiveOf(c));
        assertEquals("ms", c.scheme());
        assertEquals("manuscript=330/380;list=107v", levelsOf(c));
        assertTrue(c.valid(), c.diagnostics().toString());
        assertEquals(34, c.levels().get(0).column()); // "No. 330/380" where it stands in the text as written
        // the body's sentence about a manuscript of that library is not a citation
        assertTrue(ManuscriptOf.flatten("MS of the Moscow Synodal Library No. 678 of the 15th century", a -> true).isEmpty());
        // a library the registry does not know is not taken
        assertTrue(ManuscriptOf.flatten("MS of the Moscow Typography Library No. 285/342/1206, fols. 90v–99v.", a -> false).isEmpty());
    }
}
