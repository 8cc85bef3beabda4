package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The rules' volume and issue after an italic journal title. */
class ArticleNumbersTest {

    @Test
    void theIssueInParenthesesAfterTheVolume() {
        // issue 9's author-date example: the "(2)" was left in the note with a reference/unparsed-text warning
        CSLItemData d = RuleReader.read("Smith, Anna. 2012. “On Rumours.” *Kritika* 14 (2): 301–35.").orElseThrow();
        assertEquals("Kritika", d.getContainerTitle());
        assertEquals("14", d.getVolume());
        assertEquals("2", d.getIssue());
        assertEquals("301–35", d.getPage());
        assertNull(d.getNote());
    }

    @Test
    void aYearInParenthesesAfterTheVolumeIsNotAnIssue() {
        CSLItemData d = RuleReader.read("Brown, Peter B. “Muscovite Government Bureaus.” *Russian History* 10 (1983): 269–330.").orElseThrow();
        assertEquals("10", d.getVolume());
        assertNull(d.getIssue());
        assertEquals(1983, d.getIssued().getDateParts()[0][0]);
    }

    @Test
    void aMonthOrSeasonBeforeTheYearInParenthesesIsTheDateNotAPlace() {
        // issue 9's JSTOR example: "(Jun., 1982)" gave the place "Jun."
        CSLItemData d = RuleReader.read("Kramer, Mark. \"The Soviet Union and the 1956 Crises.\" Slavic Review, Vol. 41, No. 2 (Jun., 1982), pp. 210–232.").orElseThrow();
        assertNull(d.getPublisherPlace());
        assertEquals(1982, d.getIssued().getDateParts()[0][0]);
        assertEquals(6, d.getIssued().getDateParts()[0][1]);
        assertEquals("41", d.getVolume());
        assertEquals("2", d.getIssue());
    }

    @Test
    void cyrillicVolumeAndIssueLabelsEndTheJournalTitle() {
        // issue 9's Cyrillic example: the second author, volume and issue landed in the title and journal
        CSLItemData d = RuleReader.read("Белов, И. П., и С. Н. Ершов. «Торговля и кредит в уезде». Сибирский исторический журнал, т. 4, вып. 2 (2009): 15–29.").orElseThrow();
        assertEquals("Торговля и кредит в уезде", d.getTitle());
        assertEquals("Сибирский исторический журнал", d.getContainerTitle());
        assertEquals("4", d.getVolume());
        assertEquals("2", d.getIssue());
        assertEquals(2, d.getAuthor().length);
    }
}
