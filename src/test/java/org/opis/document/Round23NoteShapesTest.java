package org.opis.document;

import org.junit.jupiter.api.Test;
import org.opis.cite.CheckedCitation;
import org.opis.cite.CheckedNote;
import org.opis.cite.Locator;
import org.opis.cite.Locators;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opis.document.NoteLookups.on;
import static org.opis.document.NoteLookups.raw;

/**
 * The shapes of round 23's unseen notes, each on its real text (references/…; expected values read off the source by
 * hand): a PDF's text in Markdown — the list's title inside the paragraph of its page, each page opening with the
 * running head and the page number — colon pages without a full stop, a pinpoint after a semicolon, a letter in
 * parentheses, and a lead "An example is:" before a work in a note.
 */
class Round23NoteShapesTest {

    private static final String MURDOCH = "references/en-murdoch-attention-apa-colon-pages/note.md";
    private static final String HDSC = "references/en-hdsc-caribbean-idem-notes/note.md";
    private static final String RUNNING_HEAD = "Morality in AI. A plea to embed morality in LLM architectures and frameworks";

    private static CheckedNote check(String path) throws Exception {
        return DocumentChecker.check(DocumentReader.read(path, Optional.empty()), Library.NONE).checked();
    }

    /**
     * "8. References" stands inside the paragraph of page 28 (the running head, "28", the title, the first entries): it is a
     * heading of its own, and the list under it holds the source's entries (Abdulhai … Zuboff), not the body.
     */
    @Test
    void listTitleInsideAPageOfPdfText() throws Exception {
        Document d = DocumentReader.read(MURDOCH, Optional.empty());
        List<Part> parts = Parts.of(d);
        int heading = -1;
        for (int i = 0; i < d.blocks().size(); i++) {
            if (d.blocks().get(i).kind() == BlockKind.HEADING && d.blocks().get(i).text().equals("8. References")) heading = i;
        }
        assertTrue(heading > 0, "no heading 8. References");
        assertEquals(Part.REFERENCE, parts.get(heading + 1));
        assertTrue(d.blocks().get(heading + 1).text().startsWith("Abdulhai, M., Serapio-Garcia, G."), d.blocks().get(heading + 1).text());
        CheckedNote note = check(MURDOCH);
        // the source's 100 entries, each "(year)." once (counted in the text): each read as one entry, none merged with another
        java.util.regex.Pattern dated = java.util.regex.Pattern.compile("\\((19|20)\\d\\d[a-z]?\\)\\.");
        assertEquals(100, note.references().stream().filter(r -> dated.matcher(r.raw()).results().count() == 1).count());
        assertTrue(note.references().stream().noneMatch(r -> dated.matcher(r.raw()).results().count() > 1));
        assertTrue(note.references().get(0).raw().startsWith("Abdulhai, M."), note.references().get(0).raw());
        assertTrue(note.references().get(note.references().size() - 1).raw().startsWith("Zuboff, S. (2015)"));
    }

    /** Pages 12, 13 and 14 open with the running head and their number: both are cut, the page's text is kept from its first word. */
    @Test
    void runningHeadAndPageNumberCut() throws Exception {
        Document d = DocumentReader.read(MURDOCH, Optional.empty());
        assertTrue(d.blocks().stream().anyMatch(b -> b.text().startsWith("undignified, noisy, bumptious, and tiresome juvenile.")));
        assertTrue(d.blocks().stream().anyMatch(b -> b.text().startsWith("This creates “some sort of change of key")));
        assertTrue(d.blocks().stream().noneMatch(b -> b.text().startsWith(RUNNING_HEAD + " 1") || b.text().startsWith(RUNNING_HEAD + " 2")
                || b.text().startsWith(RUNNING_HEAD + " 3")));
        // the first page of the excerpt opens with the running head and "[…]", not a number: kept as written
        assertTrue(d.blocks().stream().anyMatch(b -> b.text().startsWith(RUNNING_HEAD + " […]")));
    }

    /** "(Murdoch, 2013a: p 55)", "(Murdoch, 2013b: p23)", "(Ibid.: p36)": a page label without its full stop, or run into its number. */
    @Test
    void pageLabelWithoutFullStop() throws Exception {
        assertEquals(List.of(new Locator("page", "55")), Locators.standard().read(": p 55").locators());
        assertEquals(List.of(new Locator("page", "23")), Locators.standard().read(": p23").locators());
        CheckedNote note = check(MURDOCH);
        CheckedCitation c = on(note, 72, "Murdoch, 2013a");
        assertEquals(List.of(new Locator("page", "55")), c.citation().locators());
        assertTrue(raw(note, c).startsWith("Murdoch, I. (2013a)"), raw(note, c));
        CheckedCitation ibid = on(note, 147, "Ibid.");
        assertEquals(List.of(new Locator("page", "36")), ibid.citation().locators());
        assertTrue(raw(note, ibid).startsWith("Murdoch, I. (2013b)"), raw(note, ibid));
    }

    /** "(Antonaccio, 2000; p. 93)": the piece after the semicolon is the pinpoint of Antonaccio 2000, not a citation of its own. */
    @Test
    void pinpointAfterASemicolon() throws Exception {
        CheckedNote note = check(MURDOCH);
        CheckedCitation c = on(note, 124, "Antonaccio, 2000");
        assertEquals(List.of(new Locator("page", "93")), c.citation().locators());
        assertTrue(raw(note, c).startsWith("Antonaccio, M. (2000)"), raw(note, c));
        assertEquals(1, note.citations().stream().filter(x -> x.citation().span().line() == 124).count());
    }

    /** "a mother-in-law (M) who reflects on her daughter-in-law (D)": a letter standing for someone is no citation. */
    @Test
    void letterInParenthesesIsNoCitation() throws Exception {
        CheckedNote note = check(MURDOCH);
        assertTrue(note.citations().stream().noneMatch(x -> x.citation().text().strip().equals("M") || x.citation().text().strip().equals("D")));
    }

    /** "An example is: M. Karg, *Stil Verleden: …* (Walburg Pers, 2023).": the work begins after the lead. */
    @Test
    void leadAnExampleIsBeforeAWork() throws Exception {
        CheckedNote note = check(HDSC);
        CheckedCitation c = on(note, 171, "M. Karg");
        assertTrue(raw(note, c).startsWith("M. Karg, *Stil Verleden") || raw(note, c).startsWith("M. Karg, Stil Verleden"), raw(note, c));
    }

    /**
     * "Calvino, ‘Cybernetics and Ghosts’, 11." names its title: a second look by author alone does not link it to Calvino's
     * other work, "The Burning of the Abominable House" (before, it was linked there, "the only entry by Calvino").
     */
    @Test
    void secondLookKeepsTheShortFormsTitle() throws Exception {
        CheckedNote note = check("references/en-thesis-calvino-turing-ibid-notes/note.md");
        CheckedCitation c = on(note, 26, "Cybernetics and Ghosts");
        assertTrue(!raw(note, c).contains("Burning of the Abominable House"), raw(note, c));
    }
}
