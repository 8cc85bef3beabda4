package org.opis.reflist.tagger;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.opis.reflist.tagger.HandLabels.fields;
import static org.opis.reflist.tagger.HandLabels.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Round 17's span rules, on real entries of the gold lists with the labels their leave-one-list-out fold models gave
 * them written out by hand: a newspaper after a dated title, an APA site, a container after {@code [w:]}, a site read
 * as an author, a name before {@code toàn tập}, a link written as its own text.
 */
class ContainerSpansTest {

    @Test
    void aSecondTitleBeforeAPageIsTheNewspaper() {
        // references/nlb-cold-war-guides: the fold model read the newspaper as a second title
        String e = "[Crisis over](http://eresources.nlb.gov.sg/newspapers/Digitised/Article/straitstimes19621030-1.2.3.aspx). (1962, October 30). The Straits Times, p. 1. Retrieved from NewspaperSG.";
        List<Field> f = fields(e, "Crisis over", Label.TITLE, "http://eresources.nlb.gov.sg/newspapers/Digitised/Article/straitstimes19621030-1.2.3.aspx", Label.URL,
                "1962, October 30", Label.DATE, "The Straits Times", Label.TITLE);
        assertEquals("Crisis over", text(f, Label.TITLE));
        assertEquals("The Straits Times", text(f, Label.CONTAINER_TITLE));
        assertEquals("1", text(f, Label.PAGE));
        // a note's pinpoint after the only title stays a page of that title: no container
        f = fields("Smith, John, The Cold War, p. 4.", "Smith, John", Label.AUTHOR, "The Cold War", Label.TITLE);
        assertNull(text(f, Label.CONTAINER_TITLE));
        assertEquals("The Cold War", text(f, Label.TITLE));
    }

    @Test
    void theSiteOfAnApaRetrievalNoteIsTheContainer() {
        // references/nlb-cold-war-guides: "from Siteseen Ltd website:" left unlabelled; the link's text is its address
        String e = "Siteseen Ltd. (2017). Cold War timeline. Retrieved March 18, 2017, from Siteseen Ltd website: "
                + "[http://www.datesandevents.org/events-timelines/03-cold-war-timeline.htm](http://www.datesandevents.org/events-timelines/03-cold-war-timeline.htm)";
        List<Field> f = fields(e, "Siteseen Ltd", Label.AUTHOR, "2017", Label.DATE, "Cold War timeline", Label.TITLE,
                "March 18, 2017", Label.ACCESSED, "[http://www.datesandevents.org/events-timelines/03-cold-war-timeline.htm]", Label.URL);
        assertEquals("Siteseen Ltd", text(f, Label.CONTAINER_TITLE));
        assertEquals("Cold War timeline", text(f, Label.TITLE));
        assertEquals("http://www.datesandevents.org/events-timelines/03-cold-war-timeline.htm", text(f, Label.URL));
    }

    @Test
    void theRunAfterAnInMarkIsTheContainer() {
        // references/pl-wroclaw-fortress-bibliografia: the journal after "[w:]" read as a publisher, a book as a second title
        String e = "M. Małachowicz, Kompanijne schrony bierne twierdzy Wrocław [w:] Fortyfikacja, t.V, 1998.";
        List<Field> f = fields(e, "M. Małachowicz", Label.AUTHOR, "Kompanijne schrony bierne twierdzy Wrocław", Label.TITLE,
                "Fortyfikacja", Label.PUBLISHER, "V", Label.VOLUME, "1998", Label.DATE);
        assertEquals("Fortyfikacja", text(f, Label.CONTAINER_TITLE));
        assertNull(text(f, Label.PUBLISHER));
        e = "M. Małachowicz, Twierdza Wrocławska z przełomu XIX/XXw., [w:] Z dziejów fortyfikacji na Śląsku, Wrocław 1993.";
        f = fields(e, "M. Małachowicz", Label.AUTHOR, "Twierdza Wrocławska z przełomu XIX/XXw", Label.TITLE,
                "Z dziejów fortyfikacji na Śląsku", Label.TITLE, "Wrocław", Label.PUBLISHER_PLACE, "1993", Label.DATE);
        assertEquals("Twierdza Wrocławska z przełomu XIX/XXw", text(f, Label.TITLE));
        assertEquals("Z dziejów fortyfikacji na Śląsku", text(f, Label.CONTAINER_TITLE));
        // a word "w" without its colon is no mark
        e = "A. Nowak, Wojna, w Polsce 1920, Warszawa 1990.";
        f = fields(e, "A. Nowak", Label.AUTHOR, "Wojna", Label.TITLE, "Polsce 1920", Label.TITLE, "Warszawa", Label.PUBLISHER_PLACE);
        assertNull(text(f, Label.CONTAINER_TITLE));
    }

    @Test
    void aSiteAfterTheTitleReadAsAnAuthorIsThePublisher() {
        // references/wikipedia-history-of-cuba: "Al Jazeera" read as a person after the title
        String e = "\"Cuba receives first US shipment in 50 years\". Al Jazeera. 14 July 2012. Archived from the original on 16 July 2012. Retrieved 16 July 2012.";
        List<Field> f = fields(e, "Cuba receives first US shipment in 50 years", Label.TITLE, "Al Jazeera", Label.AUTHOR,
                "14 July 2012", Label.DATE);
        assertEquals("Al Jazeera", text(f, Label.PUBLISHER));
        assertNull(text(f, Label.AUTHOR));
        // with an author before the title, a name after it stays a name
        e = "Smith, Ann. \"On Rumours\". Jane Doe. 14 July 2012.";
        f = fields(e, "Smith, Ann", Label.AUTHOR, "On Rumours", Label.TITLE, "Jane Doe", Label.AUTHOR, "14 July 2012", Label.DATE);
        assertNull(text(f, Label.PUBLISHER));
    }

    @Test
    void aNameBeforeToanTapIsTheAuthor() {
        // references/hoang-ngoc-vinh-hcm-notes: the fold model read the name and "toàn tập" as one title; "Xem" (see) leads
        String e = "Xem Hồ Chí Minh toàn tập, Nxb CTQG, Hà Nội 2002, tập 3, tr.3";
        List<Field> f = fields(e, "Xem Hồ Chí Minh toàn tập", Label.TITLE, "Nxb CTQG", Label.PUBLISHER, "Hà Nội", Label.PUBLISHER_PLACE,
                "2002", Label.DATE);
        assertEquals("Hồ Chí Minh", text(f, Label.AUTHOR));
        assertEquals("toàn tập", text(f, Label.TITLE));
        // a title that only is the phrase has no author in it
        f = fields("Toàn tập, Nxb CTQG, Hà Nội 2002", "Toàn tập", Label.TITLE);
        assertNull(text(f, Label.AUTHOR));
    }
}
