package org.opis.bibtex;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CitationKeysTest {

    private final CitationKeys keys = new CitationKeys();

    private String key(String author, String year, String suffix, String title) {
        return keys.base(Optional.ofNullable(author), Optional.ofNullable(year), Optional.ofNullable(suffix), Optional.ofNullable(title));
    }

    @Test
    void keyIsFamilyYearAndFirstSignificantTitleWord() {
        assertEquals("bovin2003moj", key("Bovin", "2003", null, "Moj XX vek. Vospominaniya"));
        assertEquals("gaiduk1996soviet", key("Gaiduk", "1996", null, "The Soviet Union and the Vietnam War"));
        assertEquals("glazunov2010dni", key("Glazunov", "2010", null, "V dni vojny i mira"));
    }

    @Test
    void nonLatinAndDiacriticsBecomeAscii() {
        assertEquals("ho1969obrashhenie", key("Hồ Chí Minh", "1969", null, "Obrashhenie i Proshhal’noe slovo"));
        assertEquals("bovin2003moj", key("Бовин", "2003", null, "Мой XX век"));
        assertEquals("sehu1977socialisticheskaja", key("Šehu", "1977", null, "Socialisticheskaja Albanija"));
    }

    @Test
    void printedYearSuffixStaysInTheKey() {
        assertEquals("konoreva2008bnekotorye", key("Konoreva", "2008", "b", "Nekotorye shtrihi politicheskoy biografii Ho Shi Mina"));
    }

    @Test
    void collisionsGetLetterSuffixes() {
        assertEquals("hoxha1981otchetnyj", keys.unique("hoxha1981otchetnyj"));
        assertEquals("hoxha1981otchetnyja", keys.unique("hoxha1981otchetnyj"));
        assertEquals("hoxha1981otchetnyjb", keys.unique("hoxha1981otchetnyj"));
    }

    @Test
    void validKeysAreThoseEveryReaderAccepts() {
        assertTrue(CitationKeys.valid("Brewer1997Isolationandcultureofadultrathippocampalneurons.JNeurosciMethods"));
        assertTrue(CitationKeys.valid("rgaspi-495-201-1-1"));
        assertFalse(CitationKeys.valid("http://zotero.org/users/1/items/AB CD"));
        assertFalse(CitationKeys.valid("hồ1969"));
        assertFalse(CitationKeys.valid("a,b"));
    }
}
