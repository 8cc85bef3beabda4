package org.opis.document;

import org.junit.jupiter.api.Test;
import org.opis.cite.CheckedCitation;
import org.opis.cite.CheckedNote;
import org.opis.cite.CitationStatus;
import org.opis.cite.Locator;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opis.document.NoteLookups.on;
import static org.opis.document.NoteLookups.raw;

/**
 * Round 23b: the further works of a note of several, on the real text of two notes (references/…; expected values read
 * off the source by hand): a short form whose full note is a note's second work, or a note with a second paragraph;
 * a double family name cited whole; an article's range as a further work's locator, as the note's first work has it.
 */
class Round23bNoteShapesTest {

    private static final String HDSC = "references/en-hdsc-caribbean-idem-notes/note.md";
    private static final String CALVINO = "references/en-thesis-calvino-turing-ibid-notes/note.md";

    private static CheckedNote check(String path) throws Exception {
        return DocumentChecker.check(DocumentReader.read(path, Optional.empty()), Library.NONE).checked();
    }

    private static String pages(CheckedCitation c) {
        List<Locator> l = c.locators();
        return l.size() == 1 && l.get(0).label().equals("page") ? l.get(0).value() : String.valueOf(l);
    }

    /** Note 11 "Van Galen and Quanjer, "The Wolf, …," 266-267." cites the second work of note 2 (line 114). */
    @Test
    void shortFormOfANotesSecondWork() throws Exception {
        CheckedNote note = check(HDSC);
        CheckedCitation c = on(note, 168, "Van Galen and Quanjer");
        assertEquals(CitationStatus.RESOLVED, c.status(), c.reason());
        assertTrue(raw(note, c).startsWith("C.W. van Galen and B. Quanjer, \"The Wolf, the island and the sea:"), raw(note, c));
        assertEquals("266\u2013267", pages(c));
    }

    /** Note 22 "Prats López, "Patterns of Engagement," 5." cites "M. Prats López et al., "Understanding Patterns of Engagement …"". */
    @Test
    void doubleFamilyNameCitedWhole() throws Exception {
        CheckedNote note = check(HDSC);
        CheckedCitation c = on(note, 233, "Prats López");
        assertEquals(CitationStatus.RESOLVED, c.status(), c.reason());
        assertTrue(raw(note, c).startsWith("M. Prats López et al.,"), raw(note, c));
        assertEquals("5", pages(c));
    }

    /**
     * Note 5 gives three articles after ";": its first (Klein and Engerman, "(1978): 357-374") has its range as locator, and
     * so do the second and third, "(1983): 311-320" and "(1981):⏎1-20".
     */
    @Test
    void articleRangeOfFurtherWorks() throws Exception {
        CheckedNote note = check(HDSC);
        assertEquals("357\u2013374", pages(on(note, 125, "H. S. Klein")));
        assertEquals("311\u2013320", pages(on(note, 131, "J. P. Koplan")));
        assertEquals("1\u201320", pages(on(note, 134, "H. C. Johansen")));
        // note 6 gives a book (no range): nothing is read
        assertTrue(on(note, 139, "B. W. Higman").locators().isEmpty());
    }

    /**
     * Note 10 (a full note, then a paragraph of prose) gives Calvino's "Cybernetics and Ghosts"; note 11 "Calvino,
     * ‘Cybernetics and Ghosts’, 11." and note 12 "Ibid., 10." cite it.
     */
    @Test
    void shortFormAndIbidOfAFullNoteWithASecondParagraph() throws Exception {
        CheckedNote note = check(CALVINO);
        CheckedCitation s = on(note, 26, "Cybernetics and Ghosts");
        assertEquals(CitationStatus.RESOLVED, s.status(), s.reason());
        assertTrue(raw(note, s).startsWith("Italo Calvino, ‘Cybernetics and Ghosts’"), raw(note, s));
        assertEquals("11", pages(s));
        CheckedCitation ibid = on(note, 28, "Ibid., 10");
        assertEquals(s.resolvesTo(), ibid.resolvesTo(), ibid.reason());
        assertEquals("10", pages(ibid));
    }
}
