package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import org.opis.model.ParsedRecords;
import org.opis.text.SourceReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real list in the Wikipedia citation-template shape {@code Family, Given (Year). Title. Place:
 * Publisher} without final full stops (references/albanian-split-wiki/list.md, 7 entries).
 * Expected values were read from the list by hand.
 */
class AlbanianSplitWikiListTest {

    private static ParsedRecords parsed;

    @BeforeAll
    static void parse() throws Exception {
        parsed = ReferenceListParser.parse(SourceReader.read("references/albanian-split-wiki/list.md").source());
    }

    private static CSLItemData item(int i) {
        return parsed.references().get(i).csl();
    }

    @Test
    void sevenBooksEachWithYearPlaceAndPublisherAndNothingLeftOver() {
        assertEquals(7, parsed.references().size());
        for (int i = 0; i < 7; i++) {
            CSLItemData c = item(i);
            assertEquals("book", c.getType().toString());
            assertTrue(c.getPublisherPlace() != null && c.getPublisher() != null && c.getIssued() != null, "entry " + (i + 1));
            assertNull(c.getNote(), "entry " + (i + 1));
            assertEquals("en", c.getLanguage(), "entry " + (i + 1));
        }
    }

    @Test
    void yearInParenthesesAfterTheNames() {
        CSLItemData c = item(0);
        assertEquals("Alia", c.getAuthor()[0].getFamily());
        assertEquals("Ramiz", c.getAuthor()[0].getGiven());
        assertArrayEquals(new int[][]{{1988}}, c.getIssued().getDateParts());
        assertEquals("Our Enver", c.getTitle());
        assertEquals("Tirana", c.getPublisherPlace());
        assertEquals("8 Nëntori Publishing House", c.getPublisher());
    }

    @Test
    void placeWithStateAndPublisherWithInitials() {
        CSLItemData c = item(3);
        assertEquals("Griffith", c.getAuthor()[0].getFamily());
        assertEquals("William E.", c.getAuthor()[0].getGiven());
        assertEquals("Albania and the Sino-Soviet Rift", c.getTitle());
        assertEquals("Cambridge, MA", c.getPublisherPlace());
        assertEquals("The M.I.T. Press", c.getPublisher());
        assertEquals("Frederick A. Praeger", item(6).getPublisher());
        assertEquals("Albania: China's Beachhead in Europe", item(6).getTitle());
    }

    @Test
    void editorMarkedBeforeTheYear() {
        CSLItemData c = item(4);
        assertNull(c.getAuthor());
        assertEquals("Halliday", c.getEditor()[0].getFamily());
        assertEquals("The Artful Albanian: The Memoirs of Enver Hoxha", c.getTitle());
        assertEquals("Chatto & Windus Ltd", c.getPublisher());
        assertArrayEquals(new int[][]{{1986}}, c.getIssued().getDateParts());
    }

    @Test
    void longSubtitleWithCommasStaysInTheTitle() {
        CSLItemData c = item(2);
        assertEquals("Robert Owen", c.getAuthor()[0].getGiven());
        assertEquals("Economic Warfare in the Communist Bloc: A Study of Soviet Economic Pressure Against Yugoslavia, Albania, and Communist China", c.getTitle());
        assertEquals("New York", c.getPublisherPlace());
        assertEquals("Praeger Publishers", c.getPublisher());
    }
}
