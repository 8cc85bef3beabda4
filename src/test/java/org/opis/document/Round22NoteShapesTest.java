package org.opis.document;

import org.junit.jupiter.api.Test;
import org.opis.cite.CheckedCitation;
import org.opis.cite.CheckedNote;
import org.opis.cite.CitationStatus;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opis.document.NoteLookups.on;
import static org.opis.document.NoteLookups.raw;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shapes of round 22's unseen notes, each on its real text (references/…; expected values read off the source by
 * hand): a reference list written as a raw HTML list under a heading with inline HTML, and year-only author-date
 * citations whose author the text leaves out.
 */
class Round22NoteShapesTest {

    private static final String SALLACH = "references/en-sallach-topos-author-date-colon/note.md";

    private static CheckedNote check(String path) throws Exception {
        return DocumentChecker.check(DocumentReader.read(path, Optional.empty()), Library.NONE).checked();
    }

    /**
     * The list is `<ul>` with sixteen `<li>` items under `### <br>References`: each item is an entry, read without its tags
     * (before, the heading was not recognised and each line of the one-sentence-a-line prose was read as an entry).
     */
    @Test
    void htmlListUnderHeadingWithInlineHtml() throws Exception {
        CheckedNote note = check(SALLACH);
        assertEquals(16, note.references().size());
        assertTrue(note.references().stream().noneMatch(r -> r.raw().contains("<li>") || r.raw().contains("</li>")));
        assertTrue(note.references().get(0).raw().startsWith("Awodey, S. ([2014]"), note.references().get(0).raw());
        Document d = DocumentReader.read(SALLACH, Optional.empty());
        assertTrue(d.blocks().stream().anyMatch(b -> b.kind() == BlockKind.HEADING && b.text().equals("References")));
    }

    /**
     * "(2011: 7)": no name before it; the list has one work of 2011, Sallach's "Categorial Social Analysis" (its year
     * written only as the link `([2011](http://www.mat.uc.pt/~ct2011/…))`); page 7. "(2012a: 12)" is his 2012a, not 2012b
     * ("Categorical Social Science"). "(2014: 2)" matches Sallach 2014 and Awodey 2014 by year; the paragraph names neither,
     * and the post is about Sallach, whose works are eight of the sixteen: "Theoretical Mathematics and Endogenous Social
     * Models", page 2.
     */
    @Test
    void yearOnlyCitationsTakeTheAuthorTheListImplies() throws Exception {
        CheckedNote note = check(SALLACH);
        CheckedCitation c2011 = on(note, 17, "2011: 7");
        assertEquals(CitationStatus.RESOLVED, c2011.status());
        assertTrue(raw(note, c2011).contains("Categorial Social Analysis"), raw(note, c2011));
        assertEquals("7", c2011.citation().locators().get(0).value());
        CheckedCitation c2012a = on(note, 29, "2012a: 12");
        assertTrue(raw(note, c2012a).contains("Categorical Social Science"), raw(note, c2012a));
        CheckedCitation c2014 = on(note, 79, "2014: 2");
        assertTrue(raw(note, c2014).contains("Theoretical Mathematics"), raw(note, c2014));
        // named in its own parenthesis, Awodey's 2014 stays his
        assertTrue(raw(note, on(note, 68, "Awodey, 2014: 7")).startsWith("Awodey"));
        // a year the list does not have: no citation is made of it
        assertFalse(note.citations().stream().anyMatch(x -> x.citation().text().contains("([2019]")));
    }
}
