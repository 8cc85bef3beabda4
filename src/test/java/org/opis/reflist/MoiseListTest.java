package org.opis.reflist;

import org.opis.model.CslRecords;
import de.undercouch.citeproc.csl.CSLItemData;
import org.opis.model.Diagnostic;
import org.opis.model.Reference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A second real list, from a published annotated bibliography (Moïse, Vietnam War Bibliography:
 * The Soviet Union): natural-order names, unitalicised titles, annotations. Expected values read
 * from references/moise-soviet/list.txt by hand.
 */
class MoiseListTest {

    private static ListFixture list;

    @BeforeAll
    static void parse() throws Exception {
        list = ListFixture.read("references/moise-soviet/list.txt");
    }

    @Test
    void headingAndSubheadingAreNotEntries() {
        assertEquals(6, list.parsed().references().size());
        assertTrue(list.parsed().diagnostics().stream().anyMatch(d -> d.code().equals("reflist/subheading") && d.span().line() == 3));
        assertFalse(list.parsed().hasErrors());
    }

    @Test
    void magazineArticleWithMonthDate() {
        CSLItemData c = list.item(0);
        assertEquals("article-magazine", c.getType().toString());
        assertEquals("Blagov", c.getAuthor()[0].getFamily());
        assertEquals("Sergei", c.getAuthor()[0].getGiven());
        assertEquals("Missile Ambushes: Soviet Air Defense Aid", c.getTitle());
        assertEquals("Vietnam", c.getContainerTitle());
        assertArrayEquals(new int[][]{{2001, 8}}, c.getIssued().getDateParts());
    }

    @Test
    void journalArticleWithVolumeColonIssueAndAnnotation() {
        CSLItemData c = list.item(1);
        assertEquals("article-journal", c.getType().toString());
        assertEquals("Chen", c.getAuthor()[0].getFamily());
        assertEquals("North Vietnam in the Sino-Soviet Dispute, 1962-64", c.getTitle());
        assertEquals("Asian Survey", c.getContainerTitle());
        assertEquals("4", c.getVolume());
        assertEquals("9", c.getIssue());
        assertEquals("1023-1036", c.getPage());
        assertArrayEquals(new int[][]{{1964, 9}}, c.getIssued().getDateParts());
        assertTrue(c.getAnnote().startsWith("If you browse the Internet"));
    }

    @Test
    void bulletinIssueWithPublicationInParentheses() {
        CSLItemData c = list.item(2);
        assertEquals("Cold War International History Project Bulletin", c.getTitle());
        assertEquals("16", c.getIssue());
        assertEquals("Washington, D.C.", c.getPublisherPlace());
        assertEquals("Woodrow Wilson Center", c.getPublisher());
        assertArrayEquals(new int[][]{{2008}}, c.getIssued().getDateParts());
        // the trailing comment is kept, not dropped
        assertEquals("has been placed online in chunks", c.getNote());
    }

    @Test
    void bookWithNaturalOrderAuthorAndPageCount() {
        CSLItemData c = list.item(3);
        assertEquals("book", c.getType().toString());
        assertEquals("Dobrynin", c.getAuthor()[0].getFamily());
        assertEquals("In confidence: Moscow's Ambassador to American's Six Cold War Presidents (1962-1986)", c.getTitle());
        assertEquals("New York", c.getPublisherPlace());
        assertEquals("Times Books (Random House)", c.getPublisher());
        assertArrayEquals(new int[][]{{1995}}, c.getIssued().getDateParts());
        assertEquals("xiii, 672", c.getNumberOfPages());
    }

    @Test
    void placeWithCountryBeforeColon() {
        CSLItemData c = list.item(4);
        assertEquals("Manchester, England", c.getPublisherPlace());
        assertEquals("Manchester University Press", c.getPublisher());
        assertEquals("192", c.getNumberOfPages());
        assertNull(c.getPage()); // "pp. 91-133" belongs to the annotation, not to the record
        assertEquals("Two chapters (pp. 91-133) are devoted to the Vietnam War", c.getAnnote());
    }

    @Test
    void corporateAuthorOfAnUnpublishedReport() {
        Reference r = list.parsed().references().get(5);
        CSLItemData c = CslRecords.csl(r);
        assertEquals("Embassy of the USSR in the DRV", c.getAuthor()[0].getLiteral());
        assertEquals("Political Report, Embassy of the USSR in the Democratic Republic of Vietnam for the Year 1970", c.getTitle());
        assertArrayEquals(new int[][]{{1971, 3}}, c.getIssued().getDateParts());
        assertEquals("29", c.getNumberOfPages());
        List<String> codes = r.defects().stream().map(Diagnostic::code).toList();
        assertEquals(List.of("reference/annotation"), codes);
    }
}
