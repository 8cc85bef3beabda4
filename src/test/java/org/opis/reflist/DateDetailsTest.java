package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Bare years completed by the month and day the entry writes; entries from the lists under references/, values read off their text. */
class DateDetailsTest {

    @Test
    void aMonthInParenthesesAfterTheVolumeOfAnAuthorDateEntry() {
        // references/mason-chinese-politics-author-date
        assertArrayEquals(new int[][]{{1995, 7}}, DateDetails.parts(
                "Dittmer, Lowell. 1995. \"Chinese Informal Politics\", **_The China Journal_** __34 (July): 1-34.", 1995));
        assertArrayEquals(new int[][]{{1990, 1}, {1990, 2}}, DateDetails.parts(
                "Wilson, Ian and You Ji (1990). \"Leadership by 'Lines': China's Unresolved Succession\", **_Problems of Communism_** __. 39 (January-February): 28-44.", 1990));
    }

    @Test
    void aSeasonInParenthesesIsTheCslSeasonMonth() {
        // references/taylor-intelligence-ps471
        assertArrayEquals(new int[][]{{1980, 21}}, DateDetails.parts(
                "Lefever, Ernest W. 1980. Can covert action be just? _Policy Review_ 12 (Spring): 115-22.", 1980));
    }

    @Test
    void anApaNewspaperDate() {
        // references/nlb-cold-war-guides
        String e = "[Seoul falls to the Reds](http://eresources.nlb.gov.sg/newspapers/Digitised/Article/freepress19500627.2.2.aspx). (1950, June 27). The Singapore Free Press, p. 1. Retrieved from NewspaperSG.";
        CSLItemData d = new CSLItemDataBuilder().title("Seoul falls to the Reds").issued(new CSLDateBuilder().dateParts(1950).build()).build();
        assertArrayEquals(new int[][]{{1950, 6, 27}}, DateDetails.complete(d, e).getIssued().getDateParts());
    }

    @Test
    void vietnameseAndNumericDates() {
        // references/vi-wikipedia-le-duan-thu-muc, pham-xanh-vietnamese-notes, eckenstaler-open-science-notes
        assertArrayEquals(new int[][]{{2017, 2, 22}}, DateDetails.parts(
                "Mạch Quang Thắng (ngày 22 tháng 2 năm 2017). \"Đồng chí Lê Duẩn – Người học trò xuất sắc của Chủ tịch Hồ Chí Minh\" (PDF).", 2017));
        assertArrayEquals(new int[][]{{1923, 9}}, DateDetails.parts("Báo *Le Paria*, số 21, tháng 9-1923.", 1923));
        assertArrayEquals(new int[][]{{2010, 11, 1}}, DateDetails.parts(
                "Ralf Ahrens, Unternehmensgeschichte, Version: 1.0, in: Docupedia-Zeitgeschichte, 1.11.2010, URL: <http://docupedia.de/zg/Ahrens_unternehmensgeschichte_v1_de_2010.>", 2010));
    }

    @Test
    void theDateTheCopyWasReadIsNotTheWorks() {
        // references/vi-wikipedia-borodin-thu-muc: "Truy cập ngày 19 tháng 10 năm 2018" is when the page was read
        assertNull(DateDetails.parts("Shabad, Theodore (ngày 1 tháng 7 năm 1964). \"Soviet Rehabilitates Borodin, Aide in China in '20's\". "
                + "*The New York Times*(bằng tiếng Anh). Truy cập ngày 19 tháng 10 năm 2018.", 2018));
    }

    @Test
    void aDateWithAMonthOrNoneWrittenIsLeftAsItIs() {
        // references/en-rutgers-early-america-field-list: no month anywhere
        CSLItemData d = new CSLItemDataBuilder().issued(new CSLDateBuilder().dateParts(1989).build()).build();
        assertSame(d, DateDetails.complete(d, "James H. Merrell, \"Some Thoughts on Colonial Historians and American Indians,\" WMQ 3d ser., 46 (1989): 94-119."));
        CSLItemData m = new CSLItemDataBuilder().issued(new CSLDateBuilder().dateParts(1995, 3).build()).build();
        assertSame(m, DateDetails.complete(m, "Dittmer, Lowell. 1995. \"Chinese Informal Politics\", **_The China Journal_** __34 (July): 1-34."));
    }
}
