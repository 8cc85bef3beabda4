package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Archive statements (archive-statements.txt) go to the note; entries verbatim from the lists named. */
class ArchiveStatementsTest {

    private static CSLItemData read(String entry) {
        return RuleReader.read(entry).orElseThrow();
    }

    @Test
    void waybackStatementIsNoJournal() {
        // references/wikipedia-history-of-cuba: "Archived" was read as the container, its date as the work's
        CSLItemData d = read("\"Cuba: Elections and Events 1991–2001\" Archived 1 March 2007 at the Wayback Machine. "
                + "UCSD Latin American Election Statistics Home. 2010. Retrieved 19 February 2014.");
        assertNull(d.getContainerTitle(), d.getContainerTitle());
        assertEquals("Cuba: Elections and Events 1991–2001", d.getTitle());
        assertEquals(2010, d.getIssued().getDateParts()[0][0]);
        assertTrue(d.getNote().contains("Archived 1 March 2007 at the Wayback Machine"), d.getNote());
    }

    @Test
    void vietnameseStatementIsNoJournal() {
        // references/vi-wikipedia-gorbachev-nguon
        CSLItemData d = read("Ostrovsky, Alexander (2010). Кто поставил Горбачёва? (Who put Gorbachev?) Lưu trữ ngày 7 tháng 8 năm 2022 "
                + "tại Wayback Machine – М.: Алгоритм-Эксмо, 2010. – 544 с. ISBN 978-5-699-40627-2.");
        assertTrue(d.getNote() != null && d.getNote().contains("Lưu trữ ngày 7 tháng 8 năm 2022 tại Wayback Machine"), d.getNote());
        assertEquals(2010, d.getIssued().getDateParts()[0][0]);
        assertFalse(d.getTitle() != null && d.getTitle().contains("Lưu trữ"), d.getTitle());
    }

    @Test
    void theStatementsInOtherLanguagesAndShapes() {
        // references/wikipedia-cold-war-sources: "(PDF)" inside the statement
        assertTrue(ArchiveStatements.holds("Wyszyński, Andrzej (1949). _Teoria dowodów sądowych w prawie radzieckim_ (PDF). "
                + "Biblioteka Zrzeszenia Prawników Demokratów. Archived from the original (PDF) on 29 July 2020."));
        assertTrue(ArchiveStatements.holds("Archived (PDF) from the original on 9 October 2022."));
        assertTrue(ArchiveStatements.holds("Archived October 5, 2009, at the Wayback Machine"));
        // the shapes of Russian, German and Polish Wikipedia's templates
        assertTrue(ArchiveStatements.holds("Архивировано 5 марта 2016 года."));
        assertTrue(ArchiveStatements.holds("Archiviert vom Original am 3. Mai 2015"));
        assertTrue(ArchiveStatements.holds("(Memento vom 3. Mai 2015 im Internet Archive)"));
        assertTrue(ArchiveStatements.holds("[zarchiwizowane z adresu 2015-05-03]"));
        // an archive named as a source is not a statement about a copy
        assertFalse(ArchiveStatements.holds("Russian State Archive of Socio-Political History, Moscow, 1999."));
        assertFalse(ArchiveStatements.holds("Archived copy"));
    }
}
