package org.opis.reflist;

import org.opis.model.CslRecords;
import de.undercouch.citeproc.csl.CSLItemData;
import org.junit.jupiter.api.Test;
import org.opis.model.ParsedRecords;
import org.opis.text.SourceText;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Wikipedia citation-template shapes (identifiers, bold volume, full dates and seasons, publisher without
 * place, open page ranges) on entries written for this test.
 */
class CitationTemplateShapesTest {

    private static CSLItemData one(String entry) {
        ParsedRecords r = ReferenceListParser.parse(new SourceText("t.md", "## References\n\n" + entry + "\n"));
        assertEquals(1, r.references().size(), entry);
        return CslRecords.csl(r.references().get(0));
    }

    @Test
    void isbnAndOclcAfterPublisherWithoutPlace() {
        CSLItemData c = one("* Smith, Jane (2010). _A History of Salt_. Harvest Books. ISBN 978-1-23456-789-7. OCLC 123456.");
        assertEquals("A History of Salt", c.getTitle());
        assertEquals("Harvest Books", c.getPublisher());
        assertNull(c.getPublisherPlace());
        assertEquals("978-1-23456-789-7", c.getISBN());
        assertEquals("OCLC 123456", c.getNote());
    }

    @Test
    void singleStatementBeforeIsbnIsThePublisherEvenWithoutAPublisherWord() {
        CSLItemData c = one("* Brown, Tom (1995). _Rivers of the North_. Hutchinson. ISBN 0-09-123456-7.");
        assertEquals("Hutchinson", c.getPublisher());
        assertNull(c.getPublisherPlace());
        assertEquals("0-09-123456-7", c.getISBN());
    }

    @Test
    void boldVolumeIssueAndPagesWithEscapedFullStop() {
        CSLItemData c = one("* Novak, Ana (March 2001). \"Grain Prices in Dalmatia\". _Economic History Quarterly_. **7** (3): 45–67\\. ISSN 1234-5678. JSTOR 998877.");
        assertEquals("article-journal", c.getType().toString());
        assertEquals("Novak", c.getAuthor()[0].getFamily());
        assertArrayEquals(new int[][]{{2001, 3}}, c.getIssued().getDateParts());
        assertEquals("Grain Prices in Dalmatia", c.getTitle());
        assertEquals("Economic History Quarterly", c.getContainerTitle());
        assertEquals("7", c.getVolume());
        assertEquals("3", c.getIssue());
        assertEquals("45–67", c.getPage());
        assertEquals("1234-5678", c.getISSN());
        assertEquals("JSTOR 998877", c.getNote());
    }

    @Test
    void seasonBeforeASingleYearIsWrittenAsSeasonMonth() {
        // months.tsv: seasons are the month numbers 21–24 of CSL-JSON / EDTF
        CSLItemData c = one("* Ortiz, Luis (Summer 1999). \"Harbours and Trade\". _Maritime Review_. **12** (2): 5–9.");
        assertArrayEquals(new int[][]{{1999, 22}}, c.getIssued().getDateParts());
        assertNull(c.getIssued().getSeason());
        assertEquals("Harbours and Trade", c.getTitle());
    }

    @Test
    void isbn13LabelWithColonAndSeasonOverAYearRange() {
        CSLItemData c = one("* Dale, Ruth (Winter 1990–1991). _Ice Roads_. Tundra Books. ISBN-13: 978-0-88776-000-0.");
        assertArrayEquals(new int[][]{{1990}, {1991}}, c.getIssued().getDateParts());
        assertEquals("4", c.getIssued().getSeason());
        assertEquals("978-0-88776-000-0", c.getISBN());
        assertEquals("Tundra Books", c.getPublisher());
        assertNull(c.getNote());
    }

    @Test
    void openPageRangeOfABookIsAPageNotLeftover() {
        CSLItemData c = one("* Lee, Ann (2005). _Maps and Empires_. Oxford University Press. pp. 12–. ISBN 978-0-19-000000-2.");
        assertEquals("12–", c.getPage());
        assertEquals("Oxford University Press", c.getPublisher());
        assertNull(c.getNote());
        assertNull(c.getAnnote());
    }

    @Test
    void maintenanceTagInBracketsGoesToTheNote() {
        CSLItemData c = one("* Kerr, Ian (2001). _Mills_. Penguin Press. ISBN 978-0-14-000000-1. Retrieved 3 May 2009.[_dead link_]");
        assertEquals("dead link", c.getNote());
        assertEquals("Penguin Press", c.getPublisher());
        assertArrayEquals(new int[][]{{2009, 5, 3}}, c.getAccessed().getDateParts());
    }

    @Test
    void wordIsbnWithoutDigitsStaysInTheText() {
        CSLItemData c = one("* Ray, Tim (2011). _The ISBN System and Its Makers_. Book Trade Press.");
        assertEquals("The ISBN System and Its Makers", c.getTitle());
        assertNull(c.getISBN());
        assertEquals("Book Trade Press", c.getPublisher());
    }
}
