package org.opis.reflist.tagger;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Span conversion by the shape of what a span holds, on real entries with the labels a model gave them written out by
 * hand: an article left before the title it opens, a range of years cut after its first year, a link read by its shape.
 */
class SpanShapesTest {

    private static List<Field> fields(String entry, Object... spans) {
        return HandLabels.fields(entry, spans);
    }

    private static String text(List<Field> fields, Label l) {
        return HandLabels.text(fields, l);
    }

    @Test
    void anArticleBeforeTheTitleItOpensIsTheTitlesFirstWord() {
        // references/wikipedia-history-of-cuba: the 52-list model left "The" outside the title
        String e = "The Battles at El Caney and San Juan Hill Archived 14 July 2013 at the Wayback Machine. HomeOfHeroes.com. Retrieved 28 June 2013.";
        List<Field> f = fields(e, "Battles at El Caney and San Juan Hill", Label.TITLE, "HomeOfHeroes.com", Label.PUBLISHER);
        assertEquals("The Battles at El Caney and San Juan Hill", text(f, Label.TITLE));
        // issue 9's review shape: the article opens the entry
        f = fields("A History of the Comintern. By Jane Doe. [Ithaca, NY: Press, 1998.]", "History of the Comintern", Label.TITLE);
        assertEquals("A History of the Comintern", text(f, Label.TITLE));
    }

    @Test
    void plainOpeningWordsBeforeAQuotedTitleAreItsAuthor() {
        // references/en-metahistory-weber-author-date: the 64-list model read "Wikipedia contributors" as a first title
        String e = "Wikipedia contributors, \"Historiography of Germany,\" Wikipedia, The Free Encyclopedia, 2021.";
        List<Field> f = fields(e, "Wikipedia contributors", Label.TITLE, "Historiography of Germany", Label.TITLE,
                "Wikipedia, The Free Encyclopedia", Label.CONTAINER_TITLE, "2021", Label.DATE);
        assertEquals("Wikipedia contributors", text(f, Label.AUTHOR));
        assertEquals("Historiography of Germany", text(f, Label.TITLE));
        // a title whose second part is quoted after a colon stays one title; an entry with an author keeps its titles
        f = fields("Memory and Empire: \"The Return of the Past\", 2004.", "Memory and Empire", Label.TITLE, "The Return of the Past", Label.TITLE);
        assertEquals(null, text(f, Label.AUTHOR));
        f = fields("Smith, A. The Archive, \"On Rumours,\" 2012.", "Smith, A.", Label.AUTHOR, "The Archive", Label.TITLE, "On Rumours", Label.TITLE);
        assertEquals("Smith, A.", text(f, Label.AUTHOR));
        assertEquals("The Archive", text(f, Label.TITLE));
    }

    @Test
    void anInitialOrAWordInsideASentenceIsNotAnArticleOfTheTitle() {
        // an initial keeps its full stop, so "A." never touches the title; "at the" inside a sentence is not its start
        List<Field> f = fields("Smith, A. History of the Comintern. Ithaca, 1998.", "Smith, A.", Label.AUTHOR, "History of the Comintern", Label.TITLE);
        assertEquals("History of the Comintern", text(f, Label.TITLE));
        f = fields("Archived at The Wayback Machine, 2013.", "Wayback Machine", Label.TITLE);
        assertEquals("Wayback Machine", text(f, Label.TITLE));
    }

    @Test
    void aRangeOfYearsCutAfterItsFirstYearIsOneDate() {
        // references/wikipedia-cold-war-sources: "(Winter 1987–1988)", the second year read as the title's
        String e = "Harriman, Pamela C. (Winter 1987–1988). \"Churchill and ... Politics: The True Meaning of the Iron Curtain Speech\". Winston Churchill Centre.";
        List<Field> f = fields(e, "Harriman, Pamela C.", Label.AUTHOR, "Winter 1987", Label.DATE, "–1988", Label.TITLE,
                "Churchill and ... Politics: The True Meaning of the Iron Curtain Speech", Label.TITLE);
        assertEquals("Winter 1987–1988", text(f, Label.DATE));
        assertEquals("Churchill and ... Politics: The True Meaning of the Iron Curtain Speech", text(f, Label.TITLE));
        // pages after a year are no range of years: 1988 is not after 1990
        f = fields("Smith, Ann (1990), 1990-1988.", "1990", Label.DATE, "1990-1988", Label.PAGE);
        assertEquals("1990", text(f, Label.DATE));
    }

    @Test
    void aLinkIsReadByItsShape() {
        // references/selivanov-2017/note.md line 341 (the bundled note): the 52-list model read "Digital" as the link
        // and left the address unlabelled
        String e = "History and Public Policy Program, Woodrow Wilson Center. *Digital Archive: International History Declassified* "
                + "<<http://digitalarchive.wilsoncenter.org/>> (accessed 11 May 2017).";
        List<Field> f = fields(e, "History and Public Policy Program, Woodrow Wilson Center", Label.AUTHOR, "Digital", Label.URL,
                "11 May 2017", Label.ACCESSED);
        assertEquals("http://digitalarchive.wilsoncenter.org", text(f, Label.URL));
        assertFalse(f.stream().anyMatch(x -> x.label() == Label.URL && x.text().equals("Digital")));
    }
    @Test
    void aPublisherSpanOverAParenthesisInAnEntryWithoutTitleHoldsTheTitle() {
        // references/betts-war-peace-strategy: a fold model read "Thirteen Days (Norton" as one publisher
        String e = "Robert F. Kennedy. Thirteen Days (Norton, 1969).";
        List<Field> f = fields(e, "Robert F. Kennedy", Label.AUTHOR, "Thirteen Days (Norton", Label.PUBLISHER, "1969", Label.DATE);
        assertEquals("Thirteen Days", text(f, Label.TITLE));
        assertEquals("Norton", text(f, Label.PUBLISHER));
        // with a title span read, a parenthesis in the publisher stays the publisher's ("Penguin Group (US)")
        e = "Kempe, Frederick (2011). _Berlin 1961_. Penguin Group (US). ISBN 978-0-399-15729-5.";
        f = fields(e, "Berlin 1961", Label.TITLE, "Penguin Group (US)", Label.PUBLISHER);
        assertEquals("Penguin Group (US)", text(f, Label.PUBLISHER));
    }
    @Test
    void aShortSentenceAfterTheTitleBeforeTheDateIsThePublisher() {
        // references/wikipedia-history-of-cuba (gold publisher "Al Jazeera"): the fold model left the site unlabelled
        String e = "\"Cuba receives first US shipment in 50 years\". Al Jazeera. 14 July 2012. Archived from the original on 16 July 2012. Retrieved 16 July 2012.";
        List<Field> f = fields(e, "Cuba receives first US shipment in 50 years", Label.TITLE, "14 July 2012", Label.DATE);
        assertEquals("Al Jazeera", text(f, Label.PUBLISHER));
        // a sentence a label word opens, or one followed by no date or link, stays unlabelled
        f = fields("Current Digest of the Soviet and Post-Soviet Press. Translated excerpts.", "Current Digest of the Soviet and Post-Soviet Press", Label.TITLE);
        assertEquals(null, text(f, Label.PUBLISHER));
        f = fields("\"Title of a Page\". Edited Volume. 14 July 2012.", "Title of a Page", Label.TITLE, "14 July 2012", Label.DATE);
        assertEquals(null, text(f, Label.PUBLISHER));
    }

    @Test
    void aNumberReadAsTheIssueAfterAVolumeLabelIsTheVolume() {
        // references/pham-xanh-vietnamese-notes (gold volume "1"): the fold model read the number after "t." as the issue
        String e = "Hồ Chí Minh: *Toàn tập, *Nxb. Sự thật, Hà Nội, 1980, t.1, tr.157-158";
        List<Field> f = fields(e, "Toàn tập", Label.TITLE, "1", Label.ISSUE);
        assertEquals("1", text(f, Label.VOLUME));
        assertEquals(null, text(f, Label.ISSUE));
        // after an issue label it stays the issue
        f = fields("Smith, A. “On Rumours.” *Kritika* 14, no. 2 (2012).", "On Rumours", Label.TITLE, "14", Label.VOLUME, "2", Label.ISSUE);
        assertEquals("2", text(f, Label.ISSUE));
    }

    @Test
    void aShortSentenceAfterTheTitleBeforeAnArchivedCopyIsThePublisher() {
        // references/wikipedia-history-of-cuba (gold publisher "MysticSeaport.org"): no date between the site and the
        // note of its archived copy, and the fold model left the site unlabelled
        String e = "\"The Cuban Slave Market\". MysticSeaport.org. Archived from the original on 8 April 2009. Retrieved 24 April 2013.";
        List<Field> f = fields(e, "The Cuban Slave Market", Label.TITLE, "24 April 2013", Label.ACCESSED);
        assertEquals("MysticSeaport.org", text(f, Label.PUBLISHER));
        // a sentence the archive note does not follow stays unlabelled
        f = fields("\"Cuba Hurricanes 2008\". Canadian Red Cross. Reprinted from the original.", "Cuba Hurricanes 2008", Label.TITLE);
        assertEquals(null, text(f, Label.PUBLISHER));
    }
}
