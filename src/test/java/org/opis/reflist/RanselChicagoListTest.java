package org.opis.reflist;

import org.opis.model.CslRecords;
import de.undercouch.citeproc.csl.CSLItemData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.opis.reflist.ListFixture.name;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real Chicago bibliography on the late-tsarist peasantry (references/ransel-peasantry/list.md,
 * 50 entries): {@code ———.} ditto lines, {@code ed.}/{@code eds.}, {@code Trans.}, chapters
 * {@code In *Book*, ed. …}, journal {@code 16:1 \(1985\), 23-42} with Markdown escapes left by the
 * conversion. Expected values were read from the list by hand.
 */
class RanselChicagoListTest {

    private static ListFixture list;

    @BeforeAll
    static void parse() throws Exception {
        list = ListFixture.read("references/ransel-peasantry/list.md");
    }

    @Test
    void everyParagraphIsOneEntryAndNoneIsAnError() {
        assertEquals(50, list.parsed().references().size());
        assertFalse(list.parsed().hasErrors());
        assertEquals(50, list.parsed().references().stream().filter(r -> CslRecords.csl(r).getTitle() != null).count());
    }

    @Test
    void bookWithPlaceAndPublisher() {
        CSLItemData c = list.item(0);
        assertEquals("book", c.getType().toString());
        name(c.getAuthor()[0], "Atkinson", "Dorothy");
        assertEquals("The End of the Russian Land Commune", c.getTitle());
        assertEquals("Stanford", c.getPublisherPlace());
        assertEquals("Stanford University Press", c.getPublisher());
        assertArrayEquals(new int[][]{{1985}}, c.getIssued().getDateParts());
        assertEquals("en", c.getLanguage());
    }

    @Test
    void editedVolumeHasEditorsNotAuthors() {
        CSLItemData c = list.item(1);
        assertNull(c.getAuthor());
        name(c.getEditor()[0], "Bartlett", "Roger");
        assertEquals("New York", c.getPublisherPlace());
        assertEquals("St. Martin’s Press", c.getPublisher());
        CSLItemData three = list.item(9);
        assertEquals(3, three.getEditor().length);
        name(three.getEditor()[1], "Engel", "Barbara Alpern");
        name(three.getEditor()[2], "Worobec", "Christine D.");
    }

    @Test
    void journalVolumeColonIssueInEscapedParentheses() {
        CSLItemData c = list.item(3);
        assertEquals("article-journal", c.getType().toString());
        name(c.getAuthor()[0], "Bohac", "Rodney D.");
        assertEquals("Peasant Inheritance Strategies in Russia", c.getTitle());
        assertEquals("Journal of Interdisciplinary History", c.getContainerTitle());
        assertEquals("16", c.getVolume());
        assertEquals("1", c.getIssue());
        assertEquals("23-42", c.getPage());
        assertArrayEquals(new int[][]{{1985}}, c.getIssued().getDateParts());
        assertNull(c.getNote());
    }

    @Test
    void etAlIsNotAName() {
        CSLItemData c = list.item(7);
        name(c.getAuthor()[0], "Chayanov", "A. V.");
        assertEquals(1, c.getEditor().length);
        name(c.getEditor()[0], "Thorner", "Daniel");
        assertEquals("The Theory of Peasant Economy", c.getTitle());
        assertEquals("University of Wisconsin Press", c.getPublisher());
        assertEquals("with a foreword by Teodor Shanin", c.getNote());
        assertTrue(list.parsed().references().get(7).defects().isEmpty());
    }

    @Test
    void translatorAfterTitle() {
        CSLItemData c = list.item(8);
        name(c.getAuthor()[0], "Chekhov", "Anton");
        name(c.getTranslator()[0], "Wilson", "Edmund");
        assertArrayEquals(new int[][]{{1956}}, c.getIssued().getDateParts());
    }

    @Test
    void chapterInEditedBookWithJuniorSuffix() {
        CSLItemData c = list.item(10);
        assertEquals("chapter", c.getType().toString());
        assertEquals(1, c.getAuthor().length);
        name(c.getAuthor()[0], "Czap", "Peter");
        assertEquals("Jr.", c.getAuthor()[0].getSuffix());
        assertEquals("Marriage and the Peasant Joint Family in the Era of Serfdom", c.getTitle());
        assertEquals("The Family in Imperial Russia", c.getContainerTitle());
        name(c.getEditor()[0], "Ransel", "David L.");
        assertEquals("Urbana", c.getPublisherPlace());
        assertEquals("University of Illinois Press", c.getPublisher());
        assertEquals("Jr.", list.item(36).getAuthor()[0].getSuffix());
    }

    @Test
    void dittoLineRepeatsTheAuthorAndTheEscapedParenthesesStayInTheTitle() {
        CSLItemData c = list.item(14);
        name(c.getAuthor()[0], "Eklof", "Ben");
        assertEquals("Ways of Seeing: Recent Anglo-American Studies of the Russian Peasant (1861-1914)", c.getTitle());
        assertEquals("Jahrbücher für Geschichte Osteuropas", c.getContainerTitle());
        assertEquals("36", c.getVolume());
        assertEquals("1", c.getIssue());
        assertEquals("57-79", c.getPage());
    }

    @Test
    void dittoAfterAnEditedBookRepeatsTheNameAsAuthor() {
        CSLItemData c = list.item(35);
        name(c.getAuthor()[0], "Ransel", "David L.");
        assertNull(c.getEditor());
        assertEquals("Mothers of Misery: Child Abandonment in Russia", c.getTitle());
        assertArrayEquals(new int[][]{{1988}}, c.getIssued().getDateParts());
    }

    @Test
    void seasonAndMonthInsteadOfIssue() {
        CSLItemData spring = list.item(18);
        assertEquals("article-journal", spring.getType().toString());
        assertEquals("Representations", spring.getContainerTitle());
        assertEquals("14", spring.getVolume());
        assertEquals("169-208", spring.getPage());
        assertNull(spring.getPublisherPlace());
        assertEquals(1981, spring.getIssued().getDateParts()[0][0]);
        CSLItemData october = list.item(24);
        assertEquals("Slavonic and East European Review", october.getContainerTitle());
        assertEquals("64", october.getVolume());
        assertArrayEquals(new int[][]{{1986, 10}}, october.getIssued().getDateParts());
    }

    @Test
    void forthcomingWorkHasStatusAndNoDate() {
        CSLItemData c = list.item(22);
        assertEquals("Cultural Conflict, Law, and Criminality in Rural Russia, 1861-1907", c.getTitle());
        assertEquals("Forthcoming", c.getStatus());
        assertNull(c.getIssued());
    }

    @Test
    void translatedAndEditedBySamePerson() {
        CSLItemData c = list.item(28);
        name(c.getAuthor()[0], "Kanatchikov", "S.");
        assertEquals(1, c.getTranslator().length);
        name(c.getTranslator()[0], "Zelnik", "Reginald E.");
        name(c.getEditor()[0], "Zelnik", "Reginald E.");
    }
}
