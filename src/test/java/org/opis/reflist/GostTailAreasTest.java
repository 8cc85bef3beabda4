package org.opis.reflist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.undercouch.citeproc.csl.CSLItemData;
import org.junit.jupiter.api.Test;

/**
 * Russian library catalogue records (GOST 7.1) read by the rules: the publication area is read although the physical
 * description ({@code 526, [1] с., [4] л. ил : ил., портр., факс.}) and the series in parentheses follow the year
 * ({@link GostTailAreas}). Entries verbatim from {@code references/ru-chglib-gagarin-vystavka}; expected values checked
 * against the entry text. Before, any area after the year but a bare page count made the rules drop the imprint.
 */
class GostTailAreasTest {

    private static CSLItemData read(String entry) {
        return RuleReader.read(entry).orElseThrow();
    }

    @Test
    void imprintBeforeTheExtentAndTheSeries() {
        CSLItemData d = read("**Первушин А. И. [ 108 минут, изменившие мир : вся правда о полете Юрия Гагарина ]"
                + "(https://koha.benran.ru/cgi-bin/koha/opac-detail.pl?biblionumber=218090) / Первушин Антон.** — Москва : Эксмо,"
                + " 2011. — 526, [1] с., [4] л. ил : ил., портр., факс. — (Люди в космосе). — ISBN 978-5-699-48001-2.");
        assertEquals("Москва", d.getPublisherPlace());
        assertEquals("Эксмо", d.getPublisher());
        assertEquals(2011, d.getIssued().getDateParts()[0][0]);
        assertEquals("Люди в космосе", d.getCollectionTitle());
        assertEquals("108 минут, изменившие мир : вся правда о полете Юрия Гагарина", d.getTitle());
        assertEquals("978-5-699-48001-2", d.getISBN());
    }

    @Test
    void twoPublishersAndAnExtentWithIllustrations() {
        CSLItemData d = read("**Гордиенко Н. И. [ Космонавтика : иллюстрированная энциклопедия ]"
                + "(https://koha.benran.ru/cgi-bin/koha/opac-detail.pl?biblionumber=85403) / Гордиенко Н.И.** — Москва : Эксмо :"
                + " Наше слово, 2010. — 254, [1] с. : ил., портр. — ISBN 978-5-699-44140-2.");
        assertEquals("Москва", d.getPublisherPlace());
        assertEquals("Эксмо : Наше слово", d.getPublisher());
        assertEquals(2010, d.getIssued().getDateParts()[0][0]);
    }

    @Test
    void theSeriesNumberAfterItsSemicolon() {
        Draft d = new Draft();
        assertTrue(GostTailAreas.read(".   509, [1] с., [16] л. ил.   (Жизнь замечательных людей ; вып. 2054 (1854)).", d));
        assertEquals("Жизнь замечательных людей", d.collectionTitle);
        assertEquals("2054 (1854)", d.collectionNumber);
    }

    @Test
    void otherTextAfterTheYearIsNoTail() {
        // a second imprint, a title, a volume or pages of an article are not the areas of a catalogue record
        assertFalse(GostTailAreas.read(". — Москва : Наука, 1999.", new Draft()));
        assertFalse(GostTailAreas.read(". — Т. 2.", new Draft()));
        assertFalse(GostTailAreas.read(". — № 3. — С. 12–30.", new Draft()));
        Draft d = new Draft();
        assertFalse(GostTailAreas.read(". — (Серия). — Приложение к журналу.", d));
        assertNull(d.collectionTitle);
    }
}
