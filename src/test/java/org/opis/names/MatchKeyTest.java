package org.opis.names;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatchKeyTest {

    private final MatchKey keys = MatchKey.standard();

    @Test
    void khAndHSpellingsMatchAsTransliterationVariants() {
        MatchKey.Comparison c = keys.compare("Bukharkin", "Buharkin");
        assertEquals(MatchKey.Closeness.TRANSLITERATION, c.closeness());
        assertTrue(c.reason().contains("kh / h"), c.reason());
    }

    @Test
    void yaAndJaSpellingsMatch() {
        assertEquals(MatchKey.Closeness.TRANSLITERATION, keys.compare("Mosyakov", "Mosjakov").closeness());
        assertEquals(MatchKey.Closeness.TRANSLITERATION, keys.compare("Mosiakov", "Mosjakov").closeness());
    }

    @Test
    void armenianNameWithAndWithoutInitialHMatches() {
        assertEquals(keys.key("Harutyun Ulunyan"), keys.key("Arutyun Ulunjan"));
        assertEquals(MatchKey.Closeness.TRANSLITERATION, keys.compare("Ulunyan", "Ulunjan").closeness());
    }

    @Test
    void diacriticOnlyDifferenceIsReportedAsSuch() {
        MatchKey.Comparison c = keys.compare("Ognětov", "Ognetov");
        assertEquals(MatchKey.Closeness.DIACRITICS, c.closeness());
        assertTrue(c.reason().contains("diacritics"));
    }

    @Test
    void sameSpellingInAnotherCaseIsExact() {
        assertEquals(MatchKey.Closeness.EXACT, keys.compare("KHRUSHCHEV", "Khrushchev").closeness());
        assertEquals(MatchKey.Closeness.EXACT, keys.compare("Hồ Chí Minh", "Hồ Chí Minh").closeness());
    }

    @Test
    void cyrillicSpellingMatchesItsRomanizations() {
        assertEquals(keys.key("Хрущёв"), keys.key("Khrushchev"));
        assertEquals(keys.key("Хрущёв"), keys.key("Hruščëv"));
        assertEquals(keys.key("Щербаков"), keys.key("Shcherbakov"));
        assertEquals(keys.key("Щербаков"), keys.key("Shherbakov"));
    }

    @Test
    void adjectivalEndingsInAnySystemMatch() {
        assertEquals(keys.key("Burlatskii"), keys.key("Burlatsky"));
        assertEquals(keys.key("Burlatskii"), keys.key("Burlackij"));
        assertEquals(keys.key("Tsvetaeva"), keys.key("Cvetaeva"));
        assertEquals(keys.key("Zhukov"), keys.key("Žukov"));
    }

    @Test
    void softSignsAreDropped() {
        assertEquals(keys.key("Gor'kii"), keys.key("Gorʹkij"));
        assertEquals(keys.key("Kreml’"), keys.key("Kreml"));
    }

    @Test
    void differentNamesDoNotMatch() {
        assertFalse(keys.compare("Gaiduk", "Glazunov").matches());
        assertFalse(keys.compare("Konoreva", "Kobelev").matches());
        assertFalse(keys.compare("Ivanov", "Ivanova").matches());
    }

    @Test
    void distanceCountsEditsBetweenKeys() {
        assertEquals(0, keys.distance("Gaidouk", "Gajduk"));
        assertEquals(1, keys.distance("Ivanov", "Ivanova"));
    }
}
