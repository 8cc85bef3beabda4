package org.opis.cite;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Semicolons that part one work's authors, or stand in its quoted title, part no citations (notes of references/). */
class NameListPiecesTest {

    private static List<String> pieces(String t) {
        return NameListPieces.pieces(t, 0, t.length()).stream().map(p -> t.substring(p[0], p[1]).strip()).toList();
    }

    @Test
    void authorsPartedBySemicolonsAndASemicolonInTheTitleAreOnePiece() {
        // en-wikipedia-suleymaniye-references-sources, note 2
        String note = "Bloom, Jonathan M.; Blair, Sheila S., eds. (2009). \"Architecture; VI. c. 1250–c. 1500\". "
                + "_The Grove Encyclopedia of Islamic Art and Architecture_. Vol. 1. Oxford University Press. p. 163. ISBN 9780195309911.";
        assertEquals(List.of(note), pieces(note));
        // three authors, the last one's piece holding the year (note 20)
        String three = "Sü Gül, Zühre; Çalışkan, Mehmet; Tavukçuoğlu, Ayşe (2014-06-01). \"Geçmişten Günümüze Süleymaniye Camii Akustiği\" (in Turkish).";
        assertEquals(1, pieces(three).size());
    }

    @Test
    void shortFormsPartedBySemicolonsStayApart() {
        // de-cbdd-weikersheim-ebd-kurzbelege, note 16: each piece holds a year
        assertEquals(List.of("Poser, Deckenbilder, 1980", "Kniep, Glück, 2005", "Käpplinger, Jagd, 2011"),
                pieces("Poser, Deckenbilder, 1980; Kniep, Glück, 2005; Käpplinger, Jagd, 2011"));
    }

    @Test
    void aQuotationLeftOpenBySlipStillParts() {
        // en-hdsc-caribbean-idem-notes, note 17: the title's closing quote is missing; the second work follows the semicolon
        String before = "Van Galen, \"Creating an audience";
        String after = " M. Prats López et al., \"Understanding Patterns";
        assertTrue(NameListPieces.insideQuotes(before));
        assertFalse(NameListPieces.quotedSemicolon(before, after));
        assertFalse(NameListPieces.joinsAuthors(before, after));
        // mixed marks, the title closed by a straight quote (en-mills-communism-chicago-notes, note 7)
        assertFalse(NameListPieces.insideQuotes("Tim Davenport , ed., “Minutes of the Left Wing Caucus of the 1919 Convention of the Socialist Party of America.\" Marxists.org"));
    }

    @Test
    void namesGivenFirstAndBacklinkResidue() {
        // en-wikipedia-mumtaz-mahal-references-bibliography, note 10, as the document reader gives it
        assertTrue(NameListPieces.joinsAuthors("^ a b Frank W. Thackeray", " John E. Findling, eds. (2012). _Events that formed the modern world_."));
        assertEquals("Preston, Michael", NameListPieces.firstInverted("Diana; Preston, Michael"));
        assertEquals("Bloom, Jonathan M.", NameListPieces.firstInverted("Bloom, Jonathan M.; Blair, Sheila S."));
    }
}
