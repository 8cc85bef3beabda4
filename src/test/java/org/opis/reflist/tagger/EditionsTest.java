package org.opis.reflist.tagger;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Edition statements as the tagged spans and the gold files write them (GOST, Betts, Chicago lists). */
class EditionsTest {

    @Test
    void anOrdinalIsItsNumber() {
        assertEquals("2", Editions.normal("2nd"));
        assertEquals("2", Editions.normal("2nd ed."));
        assertEquals("2", Editions.normal("2-е"));
        assertEquals("3", Editions.normal("3-e"));
        assertEquals("5", Editions.normal("Fifth Edition"));
        assertEquals("2", Editions.normal("Second"));
        assertEquals("2", Editions.normal("2. Aufl."));
        // references/br-ufabc-bibliografias (ABNT): "9a. ed." is the ninth edition; the gold keeps 9
        assertEquals("9", Editions.normal("9a. ed."));
        assertEquals("5", Editions.normal("5ª ed."));
    }

    @Test
    void aLabelOpeningTheStatementOrAUkrainianOrdinalIsStillTheNumber() {
        // references/ru-chglib-fizika-vystavka: "- Изд. 2-е. - Москва : URSS, [2020]."; ru-chglib-tamm-ioffe-vystavka
        assertEquals("2", Editions.normal("Изд. 2-е"));
        // references/uk-dstu8302-odesa-dodatok-d (DSTU 8302): "2-ге вид." and "Вид. 3-тє."
        assertEquals("2", Editions.normal("2-ге вид."));
        assertEquals("3", Editions.normal("Вид. 3-тє."));
        // references/by-vak-gost-examples: "2-е выд."
        assertEquals("2", Editions.normal("2-е выд."));
        // a statement with more than the ordinal is kept as written
        assertEquals("Изд. 2-е, испр. и доп.", Editions.normal("Изд. 2-е, испр. и доп."));
    }

    @Test
    void anOrdinalWordStartingLikeAPageLabelKeepsItsFirstLetter() {
        // references/betts-war-peace-strategy: "J. L. Brierly, The Law of Nations, Sixth Edition (Oxford University Press, 1963)."
        // read as "ixth Edition" while "S" (a page label, "S. 13") was cut off before the roman-looking "ix"
        java.util.List<Field> f = java.util.List.of(new Field(Label.EDITION, "Sixth Edition", 0, 1, 1.0, java.util.List.of()));
        assertEquals("6", Decoder.item("x", f).getEdition());
        // a label before a roman numeral is still cut off
        f = java.util.List.of(new Field(Label.VOLUME, "Vol. IV", 0, 1, 1.0, java.util.List.of()));
        assertEquals("IV", Decoder.item("x", f).getVolume());
    }

    @Test
    void anyOtherStatementIsKeptAsWritten() {
        assertEquals("Revised 2nd", Editions.normal("Revised 2nd"));
        assertEquals("updated", Editions.normal("updated"));
        assertEquals("15th Anniversary", Editions.normal("15th Anniversary"));
    }

    @Test
    void anEditionTheTitleSpanRanOverIsTheEdition() {
        // Betts: "Hans Morgenthau, Politics Among Nations, Fifth Edition (Knopf, 1973)."
        java.util.List<Field> f = java.util.List.of(
                new Field(Label.TITLE, "Politics Among Nations, Fifth Edition", 0, 1, 1.0, java.util.List.of()));
        var item = Decoder.item("x", f);
        assertEquals("Politics Among Nations", item.getTitle());
        assertEquals("5", item.getEdition());
    }
}
