package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An issuing body's acronym between the title and the place (TitleAcronymPublishers). */
class TitleAcronymPublishersTest {

    private static CSLItemData read(String entry) {
        return RuleReader.read(entry).orElseThrow();
    }

    @Test
    void acronymBeforeThePlaceIsThePublisher() {
        // references/kk-ru-ustoichivoe-razvitie-publikatsii, verbatim
        CSLItemData d = read("World Health Report 1995: Bridging the Gaps. WHO, Geneva, 1995.");
        assertEquals("World Health Report 1995: Bridging the Gaps", d.getTitle());
        assertEquals("WHO", d.getPublisher());
        assertEquals("Geneva", d.getPublisherPlace());
    }

    @Test
    void romanNumeralClosingATitleStays() {
        // a made-up entry in the shape of references/et-ilukirjandus-kasutatud-teosed: the title's own part number
        CSLItemData d = read("Aas, Raimo. Kevadsulased nitševood: nitševood ja aastaajad. II. Tallinn, 2017.");
        assertEquals(null, d.getPublisher());
        assertEquals("Tallinn", d.getPublisherPlace());
    }
}
