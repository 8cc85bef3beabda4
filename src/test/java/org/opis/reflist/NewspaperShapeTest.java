package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NewspaperShapeTest {

    @Test
    void aDailyCitedByItsDayIsANewspaperArticle() {
        // wikipedia-cold-war-sources: Keller, Bill (26 October 1989). "Gorbachev, in Finland, …". The New York Times.
        CSLItemData d = new CSLItemDataBuilder().id("k").type(CSLType.ARTICLE_JOURNAL)
                .title("Gorbachev, in Finland, Disavows Any Right of Regional Intervention")
                .containerTitle("The New York Times").issued(new CSLDateBuilder().dateParts(1989, 10, 26).build()).build();
        assertEquals(CSLType.ARTICLE_NEWSPAPER, NewspaperShape.retype(d).getType());
    }

    @Test
    void aJournalWithVolumeOrIssueOrOnlyAMonthStaysAJournal() {
        CSLItemData withVolume = new CSLItemDataBuilder().id("a").type(CSLType.ARTICLE_JOURNAL).containerTitle("Slavic Review")
                .volume("41").issued(new CSLDateBuilder().dateParts(1982, 6, 1).build()).build();
        assertEquals(CSLType.ARTICLE_JOURNAL, NewspaperShape.retype(withVolume).getType());
        CSLItemData month = new CSLItemDataBuilder().id("b").type(CSLType.ARTICLE_JOURNAL).containerTitle("Foreign Affairs")
                .issued(new CSLDateBuilder().dateParts(1996, 3).build()).build();
        assertEquals(CSLType.ARTICLE_JOURNAL, NewspaperShape.retype(month).getType());
        CSLItemData book = new CSLItemDataBuilder().id("c").type(CSLType.BOOK).title("Diary")
                .issued(new CSLDateBuilder().dateParts(1962, 5, 1).build()).build();
        assertEquals(CSLType.BOOK, NewspaperShape.retype(book).getType());
    }

    @Test
    void theWholeEntryReadsAsANewspaperArticle() {
        String entry = "Keller, Bill (26 October 1989). \"Gorbachev, in Finland, Disavows Any Right of Regional Intervention\". "
                + "_The New York Times_. ISSN 0362-4331. Retrieved 16 March 2017.";
        assertEquals(CSLType.ARTICLE_NEWSPAPER, RuleReader.read(entry).orElseThrow().getType());
    }

    @Test
    void aRecordOfNoKnownTypeWithAnAccessDateIsAWebPage() {
        // wikipedia-history-of-cuba: Wikipedia's cite web shape, with no link left in the text
        CSLItemData d = RuleReader.read("\"Cuba Exile Community\". LatinAmericanStudies.org. Archived from the original on 18 January 2013. "
                + "Retrieved 9 July 2013.").orElseThrow();
        assertEquals(CSLType.WEBPAGE, d.getType());
        CSLItemData paged = new CSLItemDataBuilder().id("p").type(CSLType.DOCUMENT).page("12")
                .accessed(new CSLDateBuilder().dateParts(2013, 7, 9).build()).build();
        assertEquals(CSLType.DOCUMENT, WebPageShape.retype(paged).getType());
    }
}
