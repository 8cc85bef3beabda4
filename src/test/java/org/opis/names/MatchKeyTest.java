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

    @Test
    void preparedNamesAndTheMemoCompareAsPlainStringsDo() {
        MatchKey.Memo memo = keys.memo();
        String[][] pairs = {{"Bukharkin", "Buharkin"}, {"Ognětov", "Ognetov"}, {"KHRUSHCHEV", "Khrushchev"},
                {"Хрущёв", "Khrushchev"}, {"Gaiduk", "Glazunov"}, {"Ulunyan", "Ulunjan"}};
        for (String[] p : pairs) {
            MatchKey.Comparison plain = keys.compare(p[0], p[1]);
            assertEquals(plain, keys.compare(keys.prepare(p[0]), keys.prepare(p[1])), p[0] + " / " + p[1]);
            assertEquals(plain, memo.compare(p[0], p[1]), p[0] + " / " + p[1]);
            assertEquals(plain, memo.compare(p[0], p[1]), "asked again: " + p[0] + " / " + p[1]);
        }
        assertEquals("khrushchev", memo.ascii("Khrushchev"));
        assertEquals(keys.key("Хрущёв"), memo.key("Хрущёв"));
        assertEquals(keys.distance("Gaidouk", "Gajduk"), memo.distance("Gaidouk", "Gajduk"));
    }

    @Test
    void asciiNamesKeepTheirLettersWithoutTransliteration() {
        assertEquals("o neill smith", keys.ascii("O Neill-Smith"));
        assertEquals("oneill", keys.ascii("O’Neill"));
        assertEquals("hoxha 1971 82", keys.ascii("Hoxha 1971–82"));
    }

    @Test
    void manyThreadsGetTheSameKeysAsOne() throws Exception {
        String[] names = {"Хрущёв", "Щербаков", "Hruščëv", "Ognětov", "Trần Ngọc Danh", "Lê Duẩn", "Shcherbakov"};
        java.util.List<String> expected = java.util.Arrays.stream(names).map(keys::key).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<java.util.List<String>>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> {
                    java.util.List<String> got = new java.util.ArrayList<>();
                    for (int k = 0; k < 200; k++) got = java.util.Arrays.stream(names).map(keys::key).toList();
                    return got;
                }));
            }
            for (java.util.concurrent.Future<java.util.List<String>> f : runs) assertEquals(expected, f.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void latinTextWithAccentsGetsTheKeyIcuWouldGiveIt() {
        // letters, accents, soft signs, quotes and dashes as notes write them; the shortcut past ICU must not change a key
        StringBuilder alphabet = new StringBuilder();
        for (char c = 32; c < 127; c++) alphabet.append(c);
        for (char c = 0xC0; c <= 0x24F; c++) alphabet.append(c);
        for (char c = 0x1E00; c <= 0x1EFF; c++) alphabet.append(c);
        for (char c = 0x300; c <= 0x36F; c++) alphabet.append(c);
        alphabet.append("\u02B9\u02BA\u02BC\u2018\u2019\u201C\u201D\u00AB\u00BB\u2013\u2014\u00A0\u2026\n\t");
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = 1 + random.nextInt(14); j > 0; j--) {
                sb.append(random.nextInt(3) == 0 ? (char) ('a' + random.nextInt(26)) : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            assertEquals(keys.ascii(s, true), keys.ascii(s, false), s);
        }
        assertEquals("zapis besedy s poslom", keys.ascii("Zapisʹ besedy s poslom"));
        assertEquals("tran ngoc danh", keys.ascii("Trần Ngọc Danh"));
        assertEquals("pravda", keys.ascii("«Pravda»"));
    }
}
