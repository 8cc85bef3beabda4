package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Syllabus shapes of a chapter and its book (round 22, hE): {@link ChapterTails} and {@link InitialEditors}. */
class ChapterTailsTest {
    // references/en-caloss-us-diplomatic-history-188 (list.md line 211, joined as in gold.jsonl)
    private static final String LAFEBER = "LaFeber, The American Age Vol 2. Chapter 7: Turning Point: The McKinley Years (1896-1900) pp. 193-230.";
    // same list, line 298
    private static final String MAJOR = "Major Problems in American Foreign Relations, Chapter 4. \"Franklin D. Roosevelt and the Origins of the Second World War in the Pacific.\"";
    // same list, line 195
    private static final String HUNT = "M. Hunt, \"The Long Crisis in U.S. Diplomatic History: Coming to Closure.\" In M. Hogan. America in the World: "
            + "The Historiography of American Foreign Relations Since 1941. Chapter 4. pp. 94-126.";

    @Test
    void theTitleAfterTheChapterLabelIsTheChaptersAndTheBookItsContainer() {
        CSLItemData d = new CSLItemDataBuilder().author(new CSLNameBuilder().family("LaFeber").build())
                .title("The American Age Vol 2. Chapter 7: Turning Point: The McKinley Years (1896-1900)")
                .issued(new CSLDateBuilder().dateParts(1896).build()).build();
        CSLItemData m = ChapterTails.mend(d, LAFEBER);
        assertEquals("Turning Point: The McKinley Years (1896-1900)", m.getTitle());
        assertEquals("The American Age", m.getContainerTitle());
        assertEquals("2", m.getVolume());
        assertEquals("193-230", m.getPage());
        assertEquals("LaFeber", m.getAuthor()[0].getFamily());
        assertNull(m.getIssued(), "the years are the chapter title's, not a date");
    }

    @Test
    void aBookWithoutAuthorHeadIsNoAuthor() {
        CSLItemData d = new CSLItemDataBuilder().author(new CSLNameBuilder().family("Relations").given("Major Problems in American Foreign").build())
                .title("Franklin D. Roosevelt and the Origins of the Second World War in the Pacific").build();
        CSLItemData m = ChapterTails.mend(d, MAJOR);
        assertNull(m.getAuthor());
        assertEquals("Major Problems in American Foreign Relations", m.getContainerTitle());
        assertEquals("Franklin D. Roosevelt and the Origins of the Second World War in the Pacific", m.getTitle());
    }

    @Test
    void aChapterAsLocatorAfterAnImprintOrAtTheEndStays() {
        // references/eckenstaler-open-science-notes (note 110): gold keeps the book as title, the chapter as a locator
        CSLItemData d = new CSLItemDataBuilder().title("Ausverkauf").build();
        assertSame(d, ChapterTails.mend(d, "Kreutzmüller, Ausverkauf, 2012, Kapitel IV. Abwehrstrategien jüdischer Gewerbetreibender, S. 257-357"));
        // references/wikipedia-history-of-cuba: nothing follows the chapter number
        assertSame(d, ChapterTails.mend(d, "Gott, Richard (2004). _Cuba: A new history_. Yale University Press. Chapter 5."));
    }

    @Test
    void theNameAfterInIsTheBooksEditor() {
        CSLItemData d = new CSLItemDataBuilder().author(new CSLNameBuilder().family("Hunt").given("M.").build())
                .title("The Long Crisis in U.S. Diplomatic History: Coming to Closure").containerTitle("M")
                .publisher("The Historiography of American Foreign Relations Since").issued(new CSLDateBuilder().dateParts(1941).build()).build();
        CSLItemData m = InitialEditors.mend(d, HUNT);
        assertEquals("America in the World: The Historiography of American Foreign Relations Since 1941", m.getContainerTitle());
        assertEquals("Hogan", m.getEditor()[0].getFamily());
        assertEquals("M.", m.getEditor()[0].getGiven());
        assertEquals("94-126", m.getPage());
        assertNull(m.getPublisher());
        assertNull(m.getIssued(), "1941 is written only in the book's title");
        assertEquals("Hunt", m.getAuthor()[0].getFamily());
    }

    @Test
    void anInWithoutPagesStays() {
        CSLItemData d = new CSLItemDataBuilder().title("x").build();
        assertSame(d, InitialEditors.mend(d, "M. Hunt, \"The Long Crisis.\" In M. Hogan. America in the World."));
    }
}
