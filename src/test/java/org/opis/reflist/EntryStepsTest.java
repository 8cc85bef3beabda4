package org.opis.reflist;

import org.junit.jupiter.api.Test;
import org.opis.text.SourceText;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The steps {@link EntryParser} reads an entry in, each called on its own on real entries of the gold lists (the
 * expected values read off the entry text): links and identifiers, names before a plain title, a marked title, a GOST
 * publication area, the container and dates after a title, the place and publisher of a statement.
 */
class EntryStepsTest {
    /** references/selivanov-2017 */
    private static final String HOXHA = "Hoxha, Enver. “Telegram from the Enver Hoxha to Ho Chi Minh via Gac Mazi, the Albanian Ambassador to Moscow”. "
            + "*Woodrow Wilson Center. Digital Archive: International History Declassified*, 15 August 1961 "
            + "<<http://digitalarchive.wilsoncenter.org/document/110158>> (accessed 10 May 2017).";

    @Test
    void entryLinksTakeTheAccessDateAndTheAddressOutOfTheWorkingText() {
        StringBuilder b = new StringBuilder(HOXHA);
        Draft d = new Draft();
        EntryLinks.take(HOXHA, b, d);
        assertArrayEquals(new int[]{2017, 5, 10}, d.accessed);
        assertFalse(b.toString().contains("accessed"));
        EntryLinks.takeAddress(b, d);
        assertEquals("http://digitalarchive.wilsoncenter.org/document/110158", d.url);
        assertFalse(b.toString().contains("http"));
        assertEquals(HOXHA.length(), b.length(), "blanked, not cut: positions stay the entry's");
    }

    @Test
    void identifiersPutTheIsbnInItsField() {
        // references/br-ufabc-bibliografias
        String e = "COX, Robert W. Approaches to World Order. Cambridge: Cambridge University Press, 1996. ISBN 0-521-461146";
        StringBuilder b = new StringBuilder(e);
        Draft d = new Draft();
        Identifiers.take(b, d);
        assertEquals("0-521-461146", d.isbn);
        assertFalse(b.toString().contains("ISBN"));
        assertTrue(d.notes.isEmpty());
    }

    @Test
    void markedTitlesReadTheNamesAndTheQuotedTitle() {
        StringBuilder b = new StringBuilder(HOXHA);
        Draft d = new Draft();
        MarkedTitles.Title t = MarkedTitles.read(new SourceText("t", HOXHA), HOXHA, b, 0, d, 0);
        assertEquals(TitleKind.QUOTED, t.kind());
        assertEquals(HOXHA.indexOf('”') + 1, t.tail());
        assertEquals("Telegram from the Enver Hoxha to Ho Chi Minh via Gac Mazi, the Albanian Ambassador to Moscow", d.title);
        assertEquals(1, d.authors.size());
        assertEquals("Hoxha", d.authors.get(0).getFamily());
        assertEquals("Enver", d.authors.get(0).getGiven());
    }

    @Test
    void tailDatesTakeTheFullDateAfterTheTitle() {
        StringBuilder b = new StringBuilder(", 15 August 1961 .");
        Draft d = new Draft();
        TailDates.Full full = TailDates.fullDate(b, d);
        assertArrayEquals(new int[]{1961, 8, 15}, full.parts());
        assertEquals(2, full.start());
        assertArrayEquals(new int[][]{{1961, 8, 15}}, d.issued);
        assertTrue(b.toString().isBlank() || b.toString().strip().matches("[,.\\s]*"));
    }

    @Test
    void plainNamesReadNamesAndTheYearInParentheses() {
        // references/albanian-split-wiki
        String e = "Hamm, Harry (1963). Albania: China's Beachhead in Europe. New York: Frederick A. Praeger";
        Draft d = new Draft();
        PlainNames.Head h = PlainNames.read(e, 0, d);
        assertEquals(e.indexOf("Albania"), h.ts());
        assertFalse(h.colonHead());
        assertEquals("Hamm", d.authors.get(0).getFamily());
        assertEquals("Harry", d.authors.get(0).getGiven());
        assertArrayEquals(new int[][]{{1963}}, d.issued);
        assertTrue(d.yearAfterNames);
    }

    @Test
    void gostAreasReadThePublicationAreaAndTheTitleBeforeIt() {
        // references/gost-early-modern
        String e = "Валькова О. А. Штурмуя цитадель науки. М. : Новое лит. обозрение, 2018.";
        StringBuilder b = new StringBuilder(e);
        Draft d = new Draft();
        int tail = GostAreas.publicationArea(e, b, 0, e.indexOf("Штурмуя"), d);
        assertEquals(e.indexOf("2018"), tail);
        assertEquals("Штурмуя цитадель науки", d.title);
        assertEquals("М.", d.place);
        assertEquals("Новое лит. обозрение", d.publisher);
    }

    @Test
    void tailContainersReadTheItalicJournalWithVolumeAndIssue() {
        // references/en-sokolov-dog-bibliography: the part after the article title
        String e = "Boguslawski, Alexander. 1983. Sokolov's *A School for Fools*: An Escape from Socialist Realism. "
                + "*The Slavic and East European Journal* 27 (1): 91–97.";
        int tail = e.indexOf("Realism.") + "Realism.".length();
        StringBuilder b = new StringBuilder(e);
        Draft d = new Draft();
        assertFalse(TailContainers.read(TitleKind.QUOTED, b, tail, d), "no chapter: no In before the journal");
        assertEquals("The Slavic and East European Journal", d.containerTitle);
        assertEquals("27", d.volume);
        assertEquals("1", d.issue);
        TailPages.closing(b, d, true, false);
        assertEquals("91–97", d.page);
    }

    @Test
    void placeAndPublisherSplitAtTheColon() {
        // references/br-ufabc-bibliografias: COX, Robert W. Approaches to World Order. Cambridge: Cambridge University Press, 1996.
        Draft d = new Draft();
        PlaceAndPublisher.placePublisher("Cambridge: Cambridge University Press", d);
        assertEquals("Cambridge", d.place);
        assertEquals("Cambridge University Press", d.publisher);
    }

    @Test
    void dittoMarksRepeatTheNamesOfTheEntryAbove() {
        // references/en-crowl-russia-soviet-union-360: the entry above is "Deutscher, Issac. l954. The Prophet Armed: …"
        String e = "__________. l963. The Prophet Outcast.";
        StringBuilder b = new StringBuilder(e);
        Draft d = new Draft();
        var above = List.of(new de.undercouch.citeproc.csl.CSLNameBuilder().family("Deutscher").given("Issac").build());
        int pos = DittoMarks.take(new SourceText("t", e), e, b, 0, d, above, 0);
        assertEquals("Deutscher", d.authors.get(0).getFamily());
        assertEquals(e.indexOf("l963"), pos, "the mark and its full stop read, the OCR'd year (l for 1) left");
        assertTrue(b.substring(0, pos).isBlank());
        assertTrue(d.defects.isEmpty());
        assertNull(d.title);
    }
}
