package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

    // The entries below are real (references/*/gold.jsonl); the expected fields are read off the entries.

    @Test
    void aVolumeJoinedToItsPagesByAColonAfterTheJournal() {
        // mooney-state-politics: author-date, the year bare after the names, "41:1042-1956" (was: place "41", publisher "1042-")
        CSLItemData d = RuleReader.read("Smith, Mark A. 1997. \"The Nature of Party Governance: Connecting Conceptualization ad Measurement.\" "
                + "_American Journal of Political Science_. 41:1042-1956.").orElseThrow();
        assertEquals(1, d.getAuthor().length);
        assertEquals("Smith", d.getAuthor()[0].getFamily());
        assertEquals("Mark A.", d.getAuthor()[0].getGiven());
        assertEquals(1997, d.getIssued().getDateParts()[0][0]);
        assertEquals("American Journal of Political Science", d.getContainerTitle());
        assertEquals("41", d.getVolume());
        assertEquals("1042-1956", d.getPage());
        assertNull(d.getPublisher());
        assertNull(d.getPublisherPlace());
        assertEquals(de.undercouch.citeproc.csl.CSLType.ARTICLE_JOURNAL, d.getType());
    }

    @Test
    void aVolumeItalicisedWithItsJournalAndAMonthRange() {
        // lentner-us-foreign-policy: "_Foreign Affairs 75_ (January/February 1996)" (was: container "Foreign Affairs 75", place "January/")
        CSLItemData d = RuleReader.read("Michael Mandelbaum, \"Foreign Policy as Social Work,\" _Foreign Affairs 75_ (January/February 1996): 16-32").orElseThrow();
        assertEquals("Foreign Affairs", d.getContainerTitle());
        assertEquals("75", d.getVolume());
        assertNull(d.getPublisherPlace());
        assertArrayEquals(new int[]{1996, 1}, d.getIssued().getDateParts()[0]);
        assertArrayEquals(new int[]{1996, 2}, d.getIssued().getDateParts()[1]);
        assertEquals("16-32", d.getPage());
    }

    @Test
    void vietnameseVolumeIssueAndPageLabels() {
        // vi-wikipedia-gorbachev-nguon: "Quyển 45 số 1. tr. 7–25" (quyển volume, số number, trang page; "tr." was read as "translated by")
        CSLItemData d = RuleReader.read("Tarschys, Daniel (1993). \"The Success of a Failure: Gorbachev's Alcohol Policy, 1985–88\" "
                + "[Sự thành công của thất bại: Chính sách rượu của Gorbachev, 1985-88]. *Europe-Asia Studies*. Quyển 45 số 1. tr. 7–25. "
                + "doi:10.1080/09668139308412074. JSTOR 153247.").orElseThrow();
        assertEquals("45", d.getVolume());
        assertEquals("1", d.getIssue());
        assertEquals("7–25", d.getPage());
        assertNull(d.getTranslator());
    }

    @Test
    void aVietnameseVolumeAtTheEndOfATitleStaysInTheTitle() {
        // vi-wikipedia-nam-tien: the gold keeps "…, Tập 2" in the title as the source's title field writes it
        CSLItemData d = RuleReader.read("Chu Quang Trứ (2002). *Văn hóa Việt Nam: nhìn từ mỹ thuật, Tập 2*. Viện mỹ thuật.").orElseThrow();
        assertEquals("Văn hóa Việt Nam: nhìn từ mỹ thuật, Tập 2", d.getTitle());
        assertNull(d.getVolume());
    }
}
