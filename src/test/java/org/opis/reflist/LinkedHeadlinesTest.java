package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** APA newspaper articles with no author and a linked headline (round 22, hE): {@link LinkedHeadlines}. */
class LinkedHeadlinesTest {
    // references/nlb-cold-war-guides/list.md line 300 (without its "* " marker, as in gold.jsonl)
    private static final String NIKITA = "[Nikita acts](http://eresources.nlb.gov.sg/newspapers/Digitised/Article/straitstimes19621029.2.3.aspx). "
            + "(1962, October 29). The Straits Times, p. 1. Retrieved from NewspaperSG.";

    @Test
    void theLinkTextIsTheHeadlineAndTheNameBeforeThePageTheNewspaper() {
        CSLItemData d = new CSLItemDataBuilder().author(new CSLNameBuilder().family("Nikita").build()).title("The Straits Times").build();
        CSLItemData m = LinkedHeadlines.mend(d, NIKITA);
        assertNull(m.getAuthor());
        assertEquals("Nikita acts", m.getTitle());
        assertEquals("The Straits Times", m.getContainerTitle());
        assertEquals("1", m.getPage());
        assertEquals(CSLType.ARTICLE_NEWSPAPER, m.getType());
        assertArrayEquals(new int[]{1962}, m.getIssued().getDateParts()[0]);
        assertEquals("http://eresources.nlb.gov.sg/newspapers/Digitised/Article/straitstimes19621029.2.3.aspx", m.getURL());
    }

    @Test
    void theDayIsAddedByDateDetails() {
        CSLItemData m = DateDetails.complete(LinkedHeadlines.mend(new CSLItemDataBuilder().title("x").build(), NIKITA), NIKITA);
        assertArrayEquals(new int[]{1962, 10, 29}, m.getIssued().getDateParts()[0]);
    }

    @Test
    void aNameBeforeTheLinkOrNoPageLeavesTheRecord() {
        CSLItemData d = new CSLItemDataBuilder().title("Nikita acts").build();
        assertSame(d, LinkedHeadlines.mend(d, "Smith, J. " + NIKITA));
        assertSame(d, LinkedHeadlines.mend(d, NIKITA.replace(", p. 1", "")));
    }
}
