package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import org.opis.model.ParsedRecords;
import org.opis.text.SourceReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real Chicago bibliography with Library-of-Congress transliterated Russian titles and
 * {@code _underscore_} italics (references/russian-post-1782/list.md, 10 entries). Expected values
 * were read from the list by hand.
 */
class RussianPost1782ListTest {

    private static ParsedRecords parsed;

    @BeforeAll
    static void parse() throws Exception {
        parsed = ReferenceListParser.parse(SourceReader.read("references/russian-post-1782/list.md").source());
    }

    private static CSLItemData item(int i) {
        return parsed.references().get(i).csl();
    }

    private static void name(CSLName n, String family, String given) {
        assertEquals(family, n.getFamily());
        assertEquals(given, n.getGiven());
    }

    @Test
    void tenEntriesUnderTheHeadingWithoutWarnings() {
        assertEquals(10, parsed.references().size());
        assertFalse(parsed.hasErrors());
        assertTrue(parsed.references().stream().allMatch(r -> r.defects().isEmpty()), "no entry leaves text unplaced");
    }

    @Test
    void avtoreferatIsAThesisFromItsUniversity() {
        CSLItemData c = item(0);
        assertEquals("thesis", c.getType().toString());
        name(c.getAuthor()[0], "Boiarchenkova", "Oksana Igorevna");
        assertEquals("Aleksandr Andreevich Bezborodko: Lichnost’ i gosudarstvennaia deiatel’nost’", c.getTitle());
        assertEquals("Avtoreferat", c.getGenre());
        assertEquals("Riazanskii gosudarstvennyi pedagogicheskii universitet im. S. M. Esenina", c.getPublisher());
        assertNull(c.getPublisherPlace());
        assertArrayEquals(new int[][]{{2005}}, c.getIssued().getDateParts());
        assertEquals("ru", c.getLanguage());
    }

    @Test
    void underscoreItalicJournalWithVolumeIssueAndPages() {
        CSLItemData c = item(1);
        assertEquals("article-journal", c.getType().toString());
        assertEquals("Muscovite Government Bureaus", c.getTitle());
        assertEquals("Russian History", c.getContainerTitle());
        assertEquals("10", c.getVolume());
        assertEquals("3", c.getIssue());
        assertEquals("269–330", c.getPage());
        assertArrayEquals(new int[][]{{1983}}, c.getIssued().getDateParts());
    }

    @Test
    void threeAuthorsTheFirstInverted() {
        CSLItemData c = item(2);
        assertEquals(3, c.getAuthor().length);
        name(c.getAuthor()[0], "Budylina", "M. V.");
        name(c.getAuthor()[1], "Braitseva", "O. I.");
        name(c.getAuthor()[2], "Kharlamova", "A. M.");
        assertEquals("Arkhitektor N. A. L’vov", c.getTitle());
        assertEquals("Moscow", c.getPublisherPlace());
        assertEquals("ru", c.getLanguage());
    }

    @Test
    void volumeAfterTheTitle() {
        CSLItemData c = item(5);
        assertEquals("Kantsler i Kniaz’ Aleksandr Andreevich Bezborodko v Sviazi s Sobytiiami Ego Vremeni", c.getTitle());
        assertEquals("1", c.getVolume());
        assertEquals("St. Petersburg", c.getPublisherPlace());
        assertEquals("Tipografiia V. S. Balasheva", c.getPublisher());
        assertArrayEquals(new int[][]{{1879}}, c.getIssued().getDateParts());
    }

    @Test
    void chapterInABookByAnotherAuthor() {
        CSLItemData c = item(6);
        assertEquals("chapter", c.getType().toString());
        name(c.getAuthor()[0], "Lappo-Danilevskii", "K. Iu.");
        assertEquals("O Literaturnom Nasledii N. A. L’vova", c.getTitle());
        assertEquals("Izbrannye Sochineniia", c.getContainerTitle());
        name(c.getContainerAuthor()[0], "L’vov", "N. A.");
        assertEquals("7–22", c.getPage());
        assertEquals("Koeln", c.getPublisherPlace());
        assertEquals("Boehlau Verlag", c.getPublisher());
        CSLItemData t = item(9);
        name(t.getEditor()[0], "Lappo-Danilevskii", "K. Iu.");
        assertEquals("371–93", t.getPage());
    }

    @Test
    void shortLabelBeforeTheTitleIsTheShortTitle() {
        CSLItemData c = item(7);
        assertNull(c.getAuthor());
        assertEquals("PSZ1", c.getTitleShort());
        assertEquals("Polnoe Sobranie Zakonov Rossiiskoi Imperii", c.getTitle());
        assertEquals("45", c.getNumberOfVolumes());
        assertArrayEquals(new int[][]{{1830}}, c.getIssued().getDateParts());
    }

    @Test
    void englishBookStaysEnglish() {
        CSLItemData c = item(3);
        assertEquals("De Madariaga", c.getAuthor()[0].getFamily());
        assertEquals("Russia in the Age of Catherine the Great", c.getTitle());
        assertEquals("en", c.getLanguage());
    }
}
