package org.opis.archival;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The shortcuts of {@link NameKey} (no ICU for plain text, one remembered key per shape of digits)
 * give exactly the key ICU gives for the text as written.
 */
class NameKeyShortcutTest {

    private final NameKey key = ArchivalEngine.standard().registry().nameKey();

    /** Printable ASCII, NBSP and thin spaces, dashes, typographic quotes, Cyrillic and accented Latin. */
    private static final String ALPHABET = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~"
            + "\u00A0\u2009\u2013\u2014\u2018\u2019\u201C\u201D\u00AB\u00BB"
            + "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюяієїґ"
            + "éèüöäçčšžřęłñőűăâơưđ";

    @Test
    void randomTextKeysAsThroughIcu() {
        SplittableRandom r = new SplittableRandom(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + r.nextInt(40);
            // half the strings plain ASCII (the shortcut), half drawn from the whole alphabet
            int bound = n % 2 == 0 ? 95 : ALPHABET.length();
            for (int i = 0; i < len; i++) sb.append(ALPHABET.charAt(r.nextInt(bound)));
            String s = sb.toString();
            assertEquals(key.computeThroughIcu(s), key.key(s), s);
        }
    }

    @Test
    void realArchiveNamesKeyAsThroughIcu() {
        for (ArchiveEntry e : ArchivalEngine.standard().registry().entries()) {
            for (String name : e.names()) assertEquals(key.computeThroughIcu(name), key.key(name), name);
        }
    }

    /**
     * Words of the registry's names (Cyrillic, Polish, German, Czech, …) recombined in random orders
     * with random spacing and punctuation: the key made one remembered word at a time is ICU's key
     * of the whole text, also where a fold ("sh", "kh", "ts") spans two words.
     */
    @Test
    void recombinedWordsKeyAsThroughIcu() {
        java.util.List<String> words = new java.util.ArrayList<>();
        for (ArchiveEntry e : ArchivalEngine.standard().registry().entries()) {
            for (String name : e.names()) words.addAll(java.util.Arrays.asList(name.split("\\s+")));
        }
        String[] gaps = {" ", "  ", "\u00A0", "\u2009", ", ", ". ", " – ", "\t"};
        SplittableRandom r = new SplittableRandom(16);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + r.nextInt(6);
            for (int i = 0; i < len; i++) {
                if (i > 0) sb.append(gaps[r.nextInt(gaps.length)]);
                sb.append(words.get(r.nextInt(words.size())));
            }
            String s = sb.toString();
            assertEquals(key.computeThroughIcu(s), key.key(s), s);
        }
    }

    @Test
    void textsThatDifferOnlyInNumbersShareOneShape() {
        assertEquals("РГАСПИ. Ф. 0. Оп. 0/0", NameKey.digitRunsToZero("РГАСПИ. Ф. 631. Оп. 12/7"));
        assertEquals("Fond 0", NameKey.digitRunsToZero("Fond 0"));
        assertEquals("no digits", NameKey.digitRunsToZero("no digits"));
        assertEquals(key.computeThroughIcu("ГАРФ. Ф. Р-8470. Оп. 7"), key.key("ГАРФ. Ф. Р-8470. Оп. 7"));
    }
}
