package org.opis.document;

import org.junit.jupiter.api.Test;
import org.opis.cite.CheckedCitation;
import org.opis.cite.CheckedNote;
import org.opis.cite.CitationStatus;
import org.opis.model.Reference;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bracket citations as An Anarchist FAQ writes them (references/en-afaq-italian-occupations-brackets and
 * en-afaq-russian-revolution-brackets), the brackets' contents copied from the text; expected values read off it.
 */
class BracketCitationsTest {

    @Test
    void authorTitleAndPages() {
        BracketCitations.Reading r = BracketCitations.read("Carl Levy, **Gramsci and the Anarchists**, p. 135", "x", 0);
        assertNotNull(r);
        assertEquals("Carl Levy", r.author());
        assertEquals("Gramsci and the Anarchists", r.title());
        assertEquals("[Locator[label=page, value=135]]", r.pages().toString());
        // "quoted by", no comma before the pages, two pages
        r = BracketCitations.read("quoted by Carlotta R. Anderson, **All-American Anarchist** p. 225 and p. 241", "x", 0);
        assertEquals("Carlotta R. Anderson", r.author());
        assertEquals("[Locator[label=page, value=225], Locator[label=page, value=241]]", r.pages().toString());
        // an abbreviated range is written in full
        r = BracketCitations.read("Williams, **Op. Cit.**, p. 236, pp. 238-9", "x", 0);
        assertTrue(r.opCit());
        assertEquals("Williams", r.author());
        assertEquals("[Locator[label=page, value=236], Locator[label=page, value=238–239]]", r.pages().toString());
        // an article: the pinpoint after the journal, not the article's range
        r = BracketCitations.read("Alexander Rabinowitch, \"The Evolution of Local Soviets in Petrograd\", pp. 20-37, **Slavic Review**, Vol. 36, No. 1, p. 36f", "x", 0);
        assertEquals("The Evolution of Local Soviets in Petrograd", r.title());
        assertEquals("[Locator[label=page, value=36f]]", r.pages().toString());
    }

    @Test
    void editorialInsertionsAreNoCitations() {
        assertNull(BracketCitations.read("giving", "x", 0));
        assertNull(BracketCitations.read("anarchist secretary of the USI", "x", 0));
        assertNull(BracketCitations.read("between the Confederazione and the capitalists", "x", 0));
        assertNull(BracketCitations.read("i", "x", 0));
        // a bold word in an insertion of prose, not a title closing a quotation
        assertNull(BracketCitations.read("paper of the USI in **Guerra di Classe**", "the paper \\[paper", 10));
    }

    @Test
    void titleAloneClosesAQuotation() {
        String text = "through the soviets.\"* \\[**The Two Octobers**\\]";
        assertNotNull(BracketCitations.read("**The Two Octobers**", text, text.indexOf("\\[")));
        String prose = "the weekly \\[**L'Ordine Nuovo**\\] appeared";
        assertNull(BracketCitations.read("**L'Ordine Nuovo**", prose, prose.indexOf("\\[")));
    }

    @Test
    void opCitTakesItsAuthorsWorkEvenMisspelt() throws Exception {
        CheckedNote note = DocumentChecker.check(DocumentReader.read("references/en-afaq-italian-occupations-brackets/note.md",
                Optional.empty()), Library.NONE).checked();
        assertEquals(6, note.references().size(), note.references().toString());
        // [Williams, **Op. Cit.**, p. 200, …] (line 111): Gwyn A. Williams, named only in the sentence before [**Proletarian Order**, …]
        assertEquals("Proletarian Order", workOf(note, 111));
        // [**Op. Cit.**, p. 195] (line 85): the work just cited
        assertEquals("Proletarian Order", workOf(note, 85));
        // [Paolo Spriano, **Op. Cit.**, p. 94] (line 275): the work first given as by "Paolo Sprinao"
        assertTrue(workOf(note, 275).contains("The Occupation of the Factories"), workOf(note, 275));
        // [Malatesta, **Op. Cit.**, p. 135] (line 242)
        assertTrue(workOf(note, 242).contains("Errico Malatesta: His Life and Ideas"));
        // no editorial insertion is taken for a citation: 18 brackets cite
        assertEquals(18, note.citations().size(), note.citations().toString());
    }

    private static String workOf(CheckedNote note, int line) {
        CheckedCitation c = note.citations().stream().filter(x -> x.citation().span().line() == line).findFirst().orElseThrow();
        assertEquals(CitationStatus.RESOLVED, c.status(), c.reason());
        String id = c.resolvesTo().orElseThrow();
        return note.references().stream().filter(r -> r.id().equals(id)).map(Reference::raw).findFirst().orElseThrow().replace("*", "");
    }

    @Test
    void notesAnchoredByNameAndNamedIbid() throws Exception {
        // references/en-burgers-cryptography-ch1-notes: "<a name="footnote6">6</a>. Cf. Katz and Lindell, ibid., p. 3."
        CheckedNote note = DocumentChecker.check(DocumentReader.read("references/en-burgers-cryptography-ch1-notes/note.md",
                Optional.empty()), Library.NONE).checked();
        List<CheckedCitation> at103 = note.citations().stream().filter(x -> x.citation().span().line() == 103).toList();
        assertEquals(1, at103.size(), note.citations().toString());
        assertEquals(org.opis.cite.CitationKind.IBID, at103.get(0).citation().kind());
        assertTrue(at103.get(0).resolvesTo().orElse("").startsWith("katz"), at103.get(0).toString());
        assertEquals("[Locator[label=page, value=3]]", at103.get(0).locators().toString());
        // the notes are notes, not a list of works: nothing is uncited
        assertFalse(note.diagnostics().stream().anyMatch(d -> d.code().equals("reference/uncited")), note.diagnostics().toString());
    }
}
