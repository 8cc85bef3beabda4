package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opis.reflist.ListFixture.name;

/**
 * The {@code ## Sources} list of references/wikipedia-cold-war/note.md: Wikipedia's citation templates
 * rendered to Markdown ({@code Family, Given (Year). _Title_. Publisher. ISBN …}, journal articles with
 * {@code **14** (2): 373–376}, {@code Retrieved …}). Expected values were read from the source lines by hand.
 */
class WikipediaSourcesListTest {

    private static ListFixture list;

    @BeforeAll
    static void parse() throws Exception {
        list = ListFixture.read("references/wikipedia-cold-war/note.md");
    }

    @Test
    void twentyFourEntriesFromBooksJournalArticlesAndWeb() {
        assertEquals(24, list.parsed().references().size());
        assertEquals(50, list.parsed().references().get(0).span().line());
        assertEquals(73, list.parsed().references().get(20).span().line());
        assertEquals(79, list.parsed().references().get(23).span().line());
    }

    @Test
    void publisherAloneAfterTheItalicTitleAndIsbnInItsField() {
        // line 50: Andrew, Christopher; Mitrokhin, Vasili (1999). _The Sword and the Shield: …_. Basic Books. ISBN 9780465003105.
        CSLItemData c = list.item(0);
        assertEquals("book", c.getType().toString());
        name(c.getAuthor()[0], "Andrew", "Christopher");
        name(c.getAuthor()[1], "Mitrokhin", "Vasili");
        assertArrayEquals(new int[][]{{1999}}, c.getIssued().getDateParts());
        assertEquals("The Sword and the Shield: The Mitrokhin Archive and the Secret History of the KGB", c.getTitle());
        assertEquals("Basic Books", c.getPublisher());
        assertNull(c.getPublisherPlace());
        assertEquals("9780465003105", c.getISBN());
        assertNull(c.getNote());
        assertNull(c.getAnnote());
    }

    @Test
    void publisherWithPressWordIsNotAnAnnotation() {
        // line 52: Crocker, Chester A.; Hampson, Fen Osler; Aall, Pamela R. (2007). _Leashing the Dogs of War: …_. US Institute of Peace Press. ISBN 978-1-929223-97-8.
        CSLItemData c = list.item(2);
        assertEquals(3, c.getAuthor().length);
        name(c.getAuthor()[2], "Aall", "Pamela R.");
        assertEquals("Leashing the Dogs of War: Conflict Management in a Divided World", c.getTitle());
        assertEquals("US Institute of Peace Press", c.getPublisher());
        assertEquals("978-1-929223-97-8", c.getISBN());
        assertNull(c.getAnnote());
        assertNull(c.getPublisherPlace());
    }

    @Test
    void publisherIsbnArchiveNoteAndRetrievedDate() {
        // line 55: Gerolymatos, André (2017). _An International Civil War: Greece, 1943–1949_. Yale University Press.
        //          ISBN 978-0-300-18060-2. Archived from the original on 29 July 2020. Retrieved 13 May 2020.
        CSLItemData c = list.item(5);
        name(c.getAuthor()[0], "Gerolymatos", "André");
        assertArrayEquals(new int[][]{{2017}}, c.getIssued().getDateParts());
        assertEquals("An International Civil War: Greece, 1943–1949", c.getTitle());
        assertEquals("Yale University Press", c.getPublisher());
        assertEquals("978-0-300-18060-2", c.getISBN());
        assertArrayEquals(new int[][]{{2020, 5, 13}}, c.getAccessed().getDateParts());
        assertEquals("Archived from the original on 29 July 2020.", c.getNote());
        assertNull(c.getAnnote());
    }

    @Test
    void placeAndPublisherWithInitialsBeforeIsbn() {
        // line 57: Kinzer, Stephen (2003). _All the Shah's men : …_. Hoboken, NJ: J. Wiley & Sons. ISBN 978-0-471-67878-6.
        CSLItemData c = list.item(7);
        name(c.getAuthor()[0], "Kinzer", "Stephen");
        assertEquals("Hoboken, NJ", c.getPublisherPlace());
        assertEquals("J. Wiley & Sons", c.getPublisher());
        assertEquals("978-0-471-67878-6", c.getISBN());
        assertNull(c.getAnnote());
    }

    @Test
    void openPageRangeOfABook() {
        // line 58: Kydd, Andrew H. (2018). _Trust and Mistrust in International Relations_. Princeton University Press. pp. 107–. ISBN 978-0-691-18851-5. …
        CSLItemData c = list.item(8);
        name(c.getAuthor()[0], "Kydd", "Andrew H.");
        assertEquals("Trust and Mistrust in International Relations", c.getTitle());
        assertEquals("Princeton University Press", c.getPublisher());
        assertEquals("107–", c.getPage());
        assertEquals("978-0-691-18851-5", c.getISBN());
        assertArrayEquals(new int[][]{{2019, 10, 24}}, c.getAccessed().getDateParts());
        assertNull(c.getAnnote());
    }

    @Test
    void chapterInEditedBookWithPublisherAndTenDigitIsbn() {
        // line 59: LaFeber, Walter (1993a). "Thomas C. Mann …". In Thomas J. McCormick & Walter LaFeber (eds.). _Behind the Throne: …_.
        //          University of Wisconsin Press. ISBN 0-299-13740-6.
        CSLItemData c = list.item(9);
        assertEquals("chapter", c.getType().toString());
        name(c.getAuthor()[0], "LaFeber", "Walter");
        assertEquals("a", c.getYearSuffix());
        name(c.getEditor()[0], "McCormick", "Thomas J.");
        name(c.getEditor()[1], "LaFeber", "Walter");
        assertEquals("Behind the Throne: Servants of Power to Imperial Presidents, 1898–1968", c.getContainerTitle());
        assertEquals("University of Wisconsin Press", c.getPublisher());
        assertEquals("0-299-13740-6", c.getISBN());
        assertNull(c.getNote());
    }

    @Test
    void twoPlacesJoinedBySemicolonBeforeThePublisher() {
        // line 62: McCauley, Martin (2008). _Origins of the Cold War, 1941–1949_. Harlow, England; New York: Pearson Longman. ISBN 978-1-4058-7433-5.
        CSLItemData c = list.item(12);
        assertEquals("Origins of the Cold War, 1941–1949", c.getTitle());
        assertEquals("Harlow, England; New York", c.getPublisherPlace());
        assertEquals("Pearson Longman", c.getPublisher());
        assertEquals("978-1-4058-7433-5", c.getISBN());
    }

    @Test
    void fiveAuthorsOneWithoutGivenNameAndFullDate() {
        // line 66: Paterson, Thomas; Clifford, J. Garry; Brigham; Donoghue, Michael; Hagan, Kenneth (1 January 2014).
        //          _American Foreign Relations: Volume 2: Since 1895_. Cengage Learning. ISBN 978-1-305-17722-2. …
        CSLItemData c = list.item(16);
        assertEquals("book", c.getType().toString());
        assertEquals(5, c.getAuthor().length);
        name(c.getAuthor()[0], "Paterson", "Thomas");
        name(c.getAuthor()[1], "Clifford", "J. Garry");
        assertEquals("Brigham", c.getAuthor()[2].getFamily());
        name(c.getAuthor()[4], "Hagan", "Kenneth");
        assertArrayEquals(new int[][]{{2014, 1, 1}}, c.getIssued().getDateParts());
        assertEquals("American Foreign Relations: Volume 2: Since 1895", c.getTitle());
        assertEquals("Cengage Learning", c.getPublisher());
        assertEquals("978-1-305-17722-2", c.getISBN());
    }

    @Test
    void maintenanceTagGoesToTheNote() {
        // line 68: … _The Oxford Companion to American Military History_. Oxford University Press. ISBN 978-0-19-507198-6. Retrieved 16 June 2008.[_permanent dead link_]
        CSLItemData c = list.item(18);
        assertEquals("chapter", c.getType().toString());
        name(c.getEditor()[0], "Whiteclay Chambers", "John");
        assertEquals("The Oxford Companion to American Military History", c.getContainerTitle());
        assertEquals("Oxford University Press", c.getPublisher());
        assertEquals("978-0-19-507198-6", c.getISBN());
        assertArrayEquals(new int[][]{{2008, 6, 16}}, c.getAccessed().getDateParts());
        assertEquals("permanent dead link", c.getNote());
        assertNull(c.getAnnote());
    }

    @Test
    void journalArticleWithFullDateBoldVolumeIssueAndPages() {
        // line 73: Iatrides, John O. (1 October 1996). "The British Labour Government …". _Journal of Modern Greek Studies_.
        //          **14** (2): 373–376\. doi:10.1353/mgs.1996.0020. ISSN 1086-3265. S2CID 142792238.
        CSLItemData c = list.item(20);
        assertEquals("article-journal", c.getType().toString());
        assertEquals(1, c.getAuthor().length);
        name(c.getAuthor()[0], "Iatrides", "John O.");
        assertArrayEquals(new int[][]{{1996, 10, 1}}, c.getIssued().getDateParts());
        assertEquals("The British Labour Government and the Greek Civil War: The Imperialism of 'Non-Intervention' (review)", c.getTitle());
        assertEquals("Journal of Modern Greek Studies", c.getContainerTitle());
        assertEquals("14", c.getVolume());
        assertEquals("2", c.getIssue());
        assertEquals("373–376", c.getPage());
        assertEquals("10.1353/mgs.1996.0020", c.getDOI());
        assertEquals("1086-3265", c.getISSN());
        assertEquals("S2CID 142792238", c.getNote());
    }

    @Test
    void journalArticleIdentifiersOtherThanIssnKeptInTheNote() {
        // line 74: Roberts, Geoffrey (2011). "Moscow's Cold War on the Periphery: …". _Journal of Contemporary History_. **46** (1): 58–81\.
        //          doi:10.1177/0022009410383292. hdl:20.500.12323/1406. ISSN 0022-0094. JSTOR 25764609. S2CID 161542583.
        CSLItemData c = list.item(21);
        assertEquals("article-journal", c.getType().toString());
        assertEquals("Journal of Contemporary History", c.getContainerTitle());
        assertEquals("46", c.getVolume());
        assertEquals("1", c.getIssue());
        assertEquals("58–81", c.getPage());
        assertEquals("0022-0094", c.getISSN());
        assertEquals("hdl:20.500.12323/1406; JSTOR 25764609; S2CID 161542583", c.getNote());
        assertNull(c.getPublisherPlace());
    }

    @Test
    void seasonWithYearRangeAfterTheNames() {
        // line 78: Harriman, Pamela C. (Winter 1987–1988). "Churchill and ... Politics: …". Winston Churchill Centre. Archived … Retrieved 22 June 2008.
        CSLItemData c = list.item(22);
        name(c.getAuthor()[0], "Harriman", "Pamela C.");
        assertArrayEquals(new int[][]{{1987}, {1988}}, c.getIssued().getDateParts());
        assertEquals("4", c.getIssued().getSeason());
        assertEquals("Churchill and ... Politics: The True Meaning of the Iron Curtain Speech", c.getTitle());
        assertEquals("Winston Churchill Centre", c.getPublisher());
        assertNull(c.getPublisherPlace());
        assertArrayEquals(new int[][]{{2008, 6, 22}}, c.getAccessed().getDateParts());
    }

    @Test
    void noEntryKeepsAnIsbnOrIssnInPlaceOrNote() {
        for (int i = 0; i < list.parsed().references().size(); i++) {
            CSLItemData c = list.item(i);
            for (String s : new String[]{c.getPublisherPlace(), c.getNote(), c.getAnnote(), c.getPage()}) {
                assertTrue(s == null || !(s.contains("ISBN") || s.contains("ISSN") || s.contains("978-")), "entry " + (i + 1) + ": " + s);
            }
        }
    }
}
