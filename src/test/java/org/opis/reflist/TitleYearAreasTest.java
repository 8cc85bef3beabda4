package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A GOST dash area holding only the year, closing an entry without an imprint (TitleYearAreas). */
class TitleYearAreasTest {

    private static CSLItemData read(String entry) {
        return RuleReader.read(entry).orElseThrow();
    }

    @Test
    void yearAreaAfterTheTitleIsTheDate() {
        // references/kk-ru-ustoichivoe-razvitie-publikatsii, verbatim
        CSLItemData d = read("Большаков Б.Е. Законы сохранения и изменения биосферы-ноосферы. – 1990.");
        assertEquals("Законы сохранения и изменения биосферы-ноосферы", d.getTitle());
        assertArrayEquals(new int[] {1990}, d.getIssued().getDateParts()[0]);
    }

    @Test
    void yearWithItsAbbreviatedWord() {
        // references/kk-ru-ustoichivoe-razvitie-publikatsii, verbatim: "— 1997 г."
        CSLItemData d = read("Назарбаев Н.А. Казахстан-2030: процветание, безопасность и улучшение благосостояния всех казахстанцев. — 1997 г.");
        assertEquals("Казахстан-2030: процветание, безопасность и улучшение благосостояния всех казахстанцев", d.getTitle());
        assertArrayEquals(new int[] {1997}, d.getIssued().getDateParts()[0]);
    }

    @Test
    void aYearInsideTheTitleStays() {
        // a title that holds a year without the closing dash area keeps it (made-up entry in the same shape)
        CSLItemData d = read("Иванов И.И. Россия в 1917 году. – М.: Наука, 1990.");
        assertEquals("Россия в 1917 году", d.getTitle());
        assertArrayEquals(new int[] {1990}, d.getIssued().getDateParts()[0]);
    }
}
