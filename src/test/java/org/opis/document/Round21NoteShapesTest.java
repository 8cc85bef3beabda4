package org.opis.document;

import org.junit.jupiter.api.Test;
import org.opis.cite.CheckedCitation;
import org.opis.cite.CheckedNote;
import org.opis.cite.CitationStatus;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opis.document.NoteLookups.on;
import static org.opis.document.NoteLookups.raw;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shapes of round 21's unseen notes, each on its real text (references/…; expected values read off the source by
 * hand): an author-date citation in the body whose work only a footnote gives, and the names of a full note written in
 * a bibliography's order ("Chacon, Scott, e Ben Straub.").
 */
class Round21NoteShapesTest {

    private static CheckedNote check(String dir, String file) throws Exception {
        return DocumentChecker.check(DocumentReader.read("references/" + dir + "/" + file, Optional.empty()), Library.NONE).checked();
    }

    /**
     * "… armazena uma referência para aquele *snapshot*" (Chacon e Straub, 2014, p. 15)": the lesson has no list of the
     * works it cites; the footnote [^chacon] gives the work ("Chacon, Scott, e Ben Straub. Pro Git. 2º edição. New York:
     * Apress, 2014."), which the author-date citation names, with page 15. Before this round it was unresolved ("no entry
     * by Chacon e Straub in the reference list"): the works of the footnotes were made after the body had been read.
     */
    @Test
    void authorDateCitationResolvesToTheWorkOfAFootnote() throws Exception {
        CheckedNote note = check("pt-ph-git-notas-nomeadas", "note.md");
        CheckedCitation c = on(note, 23, "Chacon e Straub, 2014");
        assertTrue(c.status() == CitationStatus.RESOLVED || c.status() == CitationStatus.FUZZY, c::toString);
        assertTrue(raw(note, c).startsWith("Chacon, Scott, e Ben Straub. Pro Git."), raw(note, c));
        assertEquals("page 15", c.citation().locators().get(0).label() + " " + c.citation().locators().get(0).value());
        // the footnote itself resolves to the same work
        assertEquals(c.resolvesTo(), on(note, 59, "Chacon, Scott").resolvesTo());
        // a work the lesson gives nowhere stays unresolved: "(Fridlund; Oiva; Paju, 2020, pos. 543, tradução minha)" (read, as
        // before this round, as a citation of Paju alone: the ABNT authors joined by semicolons are not yet one citation)
        assertEquals(CitationStatus.UNRESOLVED, on(note, 35, "Paju, 2020").status());
    }

    /**
     * "… suivent la méthodologie proposée par Ward et Wilson (1978)." (round 20's French author-date note): the list reads
     * "Ward, G. K., et S. R. Wilson. 1978. …" without its year; the cited names, joined by the French "et" of
     * connectors.tsv, are the two the entry's text begins with, so a second look links it. Before this round "et" did not
     * split the cited names there ("no entry by Ward et Wilson dated 1978; the list has Ward and Wilson n.d.").
     */
    @Test
    void namesJoinedByAConnectorOfAnotherLanguage() throws Exception {
        CheckedNote note = check("fr-ph-calibration-radiocarbone-author-date", "note.md");
        CheckedCitation c = on(note, 33, "Ward et Wilson");
        assertEquals(CitationStatus.RESOLVED, c.status(), c::toString);
        assertTrue(raw(note, c).startsWith("Ward, G. K., et S. R. Wilson. 1978."), raw(note, c));
    }

    /**
     * "… the author strongly recommends the following articles: 1. Wilson, A. G., ‘A family of spatial interaction models …’":
     * a numbered list under no heading in a lesson whose 18 endnotes give their works in full, most of them not in it. Before
     * this round it was read as the reference list and the endnote "Crymble, A, A. Dennett, and T. Hitchcock, "Modelling
     * regional imbalances …", *Economic History Review*, vol. 71, no. 3 (2018), 751." was unresolved ("the reference list lacks
     * it"); now the notes give the works, and it resolves to its own work, page 751.
     */
    @Test
    void aListUnderNoHeadingThatLacksTheNotesWorksIsNotTheirBibliography() throws Exception {
        CheckedNote note = check("en-ph-gravity-model-endnotes", "note.md");
        CheckedCitation c = on(note, 19, "Crymble, A");
        assertEquals(CitationStatus.RESOLVED, c.status(), c::toString);
        assertTrue(raw(note, c).startsWith("Crymble, A, A. Dennett, and T. Hitchcock, \"Modelling regional imbalances"), raw(note, c));
        assertEquals("page 751", c.citation().locators().get(0).label() + " " + c.citation().locators().get(0).value());
        // the later notes of the same article with other pages are the same work
        assertEquals(c.resolvesTo(), on(note, 33, "Crymble, A").resolvesTo());
    }

    /** The names a full note begins with when it writes them as a bibliography does: the first inverted, the others given name first. */
    @Test
    void namesInABibliographysOrder() {
        List<String[]> two = SecondLook.invertedFirst("Chacon, Scott, e Ben Straub. Pro Git. 2º edição. New York: Apress, 2014.");
        assertEquals(List.of("chacon scott", "straub ben"), two.stream().map(n -> n[0] + " " + n[1]).toList());
        List<String[]> seven = SecondLook.invertedFirst("Kim, Youngtaek, Jaeyoung Kim, Hyeon Jeon, Young-Ho Kim, Hyunjoo Song, Bohyoung Kim, "
                + "e Jinwook Seo. “Githru: Visual Analytics for Understanding Software Development History Through Git Metadata Analysis”.");
        assertEquals(List.of("kim", "kim", "jeon", "kim", "song", "kim", "seo"), seven.stream().map(n -> n[0]).toList());
        // one name only: no series to read
        assertEquals(0, SecondLook.invertedFirst("Ram, Karthik. “Git can facilitate greater reproducibility and increased transparency in science”.").size());
        // "Family, Given, Family, Given, Title" (a German list, references/massenberg-cascina-footnotes line 144) is not this order
        assertEquals(0, SecondLook.invertedFirst("Müller, Jan Dirk, Pfisterer, Ulrich, Vorrede, in:  Dies./Bleuler, Anna Kathrin/Jonietz, "
                + "Fabian (Hrsg.), Aemulatio. Kulturen des Wettstreits in Text und Bild (1450-1620) (=Pluralisierung & Autorität, Bd. 27), "
                + "Berlin/Boston 2011, S. 1-32.").size());
    }
}
