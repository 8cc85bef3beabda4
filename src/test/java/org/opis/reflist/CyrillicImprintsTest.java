package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Place or publisher in Cyrillic imprints: the place dictionary, not the script, decides (PlaceWords.isKnownPlace). */
class CyrillicImprintsTest {

    private static CSLItemData read(String entry) {
        return RuleReader.read(entry).orElseThrow();
    }

    @Test
    void loneNameTheDictionaryDoesNotKnowIsThePublisher() {
        // references/uk-kolomyia-dzherela, verbatim: "Вік" is a Kolomyia publisher
        CSLItemData d = read("Гагірний В., Недавні історії давнього міста. Вік, 2011");
        assertEquals("Вік", d.getPublisher());
        assertNull(d.getPublisherPlace());
        assertEquals("Недавні історії давнього міста", d.getTitle());
    }

    @Test
    void loneCityOfTheDictionaryStaysThePlace() {
        // references/uk-kolomyia-dzherela, verbatim
        CSLItemData d = read("Нагірний В., Мурованка. Південні ворота Коломиї. Івано-Франківськ, 2016");
        assertEquals("Івано-Франківськ", d.getPublisherPlace());
        assertNull(d.getPublisher());
    }

    @Test
    void historicSpellingOfPetersburgIsAPlace() {
        // references/lt-wikipedia-panevezys-saltiniai: the pre-1918 spelling with the hard sign
        CSLItemData d = read("Поневѣжъ. Энциклопедический словарь Брокгауза и Ефрона, Т. 24А (48) : Полярные сияния — Прая. С.-Петербургъ, 1898., 525 psl. (rus.)");
        assertEquals("С.-Петербургъ", d.getPublisherPlace());
        assertNull(d.getPublisher());
    }

    @Test
    void universityAfterTheTitleIsThePublisher() {
        // references/kk-ru-ustoichivoe-razvitie-publikatsii, verbatim
        CSLItemData d = read("Бобылев В. Информационная и методологическая основа для расчета эколого-экономических индикаторов, МГУ, 2000.");
        assertEquals("МГУ", d.getPublisher());
        assertNull(d.getPublisherPlace());
    }
}
