package org.opis.archival;

import org.junit.jupiter.api.Test;
import org.opis.model.Diagnostic;
import org.opis.model.Severity;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opis.archival.ArchivalFixtures.levels;

/**
 * The forms the round-12 real strings (real-citations-r12.tsv) showed: American manuscript citations of
 * repositories the registry lacks (Houghton Library, a university archive, the CIA's and the NSC's own files),
 * their short forms in later notes, notes in parentheses after a value, names split by a comma, folder dates,
 * and the smallest unit written first. Each string is verbatim from the source its row names.
 */
class Round12FormsTest {

    private final ArchivalEngine engine = ArchivalEngine.standard();

    private static boolean noErrors(ArchivalCitation c) {
        return c.diagnostics().stream().noneMatch(Diagnostic::isError);
    }

    @Test
    void aRepositoryTheRegistryLacksIsInfoAndItsUniversityIsDetail() {
        ArchivalCitation c = engine.parse("Houghton Library, Harvard University, Human Rights Collection (henceforth HRC), Box 74 (Label 55), File 3, Page 10.");
        assertEquals("us", c.scheme());
        assertTrue(noErrors(c), c.diagnostics().toString());
        assertTrue(c.diagnostics().stream().anyMatch(d -> d.code().equals("archival/unregistered-archive") && d.severity() == Severity.INFO));
        assertFalse(c.archive().orElseThrow().known());
        // the short-form definition and the box's label number are notes, not parts of the values
        assertEquals(List.of("series=Human Rights Collection", "box=74", "file-number=3", "page=10"), levels(c));
    }

    @Test
    void theShortFormInALaterNoteContinuesTheFirstCitation() {
        ArchivalCitation first = engine.parse("Houghton Library, Harvard University, Andrei Sakharov Papers (henceforth MS Russ 79), Box 30, File 1887.");
        ArchivalCitation later = engine.continueFrom(first, "MS Russ 79, Box 81, File 6095, Page 2.");
        assertEquals("us", later.scheme());
        assertTrue(noErrors(later), later.diagnostics().toString());
        assertEquals(List.of("series=MS Russ 79", "box=81", "file-number=6095", "page=2"), levels(later));
        // read alone it names no archive: not taken for a citation of a known archive
        assertFalse(engine.parse("MS Russ 79, Box 81, File 6095, Page 2.").valid());
    }

    @Test
    void anAgencysOwnFilesAndACollectionFirstInAnUnregisteredArchive() {
        ArchivalCitation cia = engine.parse("Central Intelligence Agency, Executive Registry, Job 85–500362R, Box 2, Folder 6.");
        assertTrue(noErrors(cia), cia.diagnostics().toString());
        assertEquals(List.of("series=Executive Registry", "series=Job 85–500362R", "box=2", "folder=6"), levels(cia));
        ArchivalCitation ymca = engine.parse("Paul B. Anderson Papers, University of Illinois at Urbana-Champaign Archives (PBAP)");
        assertTrue(noErrors(ymca), ymca.diagnostics().toString());
        assertEquals(List.of("series=Paul B. Anderson Papers"), levels(ymca));
        // a Soviet-style citation of an unknown archive named with a repository word is still read in the Russian scheme
        ArchivalCitation ru = engine.parse("Central State Archive of the Kazakh Republic, f. 1, op. 2, d. 3, l. 4");
        assertEquals("ru", ru.scheme());
    }

    @Test
    void namesSplitByACommaFolderDatesAndTheSmallestUnitFirst() {
        assertEquals(List.of("series=Whitman File", "series=Administrative Series", "series=Stassen, Harold E.", "year=1957"),
                levels(engine.parse("Eisenhower Library, Whitman File, Administrative Series, Stassen, Harold E., 1957.")));
        assertEquals(List.of("series=National Security Files", "series=Subjects Series", "box=296", "series=Cultural and Social Activities",
                        "series=General", "year=9/61–12/61"),
                levels(engine.parse("Kennedy Library, National Security Files, Subjects Series, Box 296, Cultural and Social Activities, General, 9/61–12/61.")));
        ArchivalCitation jfk = engine.parse("Belgrade Conference 7/61-11/61 folder, box WH-25, Arthur M. Schlesinger, Jr. Papers, John F. Kennedy Library, Boston, MA.");
        assertEquals("JFKL", jfk.archive().orElseThrow().id());
        assertTrue(noErrors(jfk), jfk.diagnostics().toString());
        assertEquals(List.of("folder=Belgrade Conference 7/61-11/61", "box=WH-25", "series=Arthur M. Schlesinger, Jr. Papers"), levels(jfk));
        // an entry with letter series codes; a record group with its collection's initials
        assertEquals("entry=UD WW 142", levels(engine.parse(
                "National Archives, RG 306, Director’s Subject Files, 1961, Entry UD WW 142, Box 7, Government Agencies—White House 1961 September–December.")).get(3));
        assertEquals(List.of("record-group=457"), levels(engine.parse("NARA, RG 457 (HCC)")));
    }
}
