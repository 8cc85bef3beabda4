package org.opis.archival;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The skeleton filter in front of full-name lookups never says "no" to a text whose key is a
 * registered name's key: the skeleton made word by word is the skeleton of the text's key, for
 * real names, their words recombined with digits, Roman numerals and punctuation, and random text.
 */
class NameSkeletonsTest {

    private final ArchiveRegistry registry = ArchivalEngine.standard().registry();
    private final NameKey key = registry.nameKey();
    private final NameSkeletons skeletons = new NameSkeletons(key, allKeys());

    private List<String> allKeys() {
        List<String> keys = new ArrayList<>();
        for (String n : names()) keys.add(key.key(n));
        return keys;
    }

    private List<String> names() {
        List<String> names = new ArrayList<>();
        for (ArchiveEntry e : registry.entries()) {
            names.addAll(e.names());
            if (!e.english().isBlank()) names.add(e.english());
            for (ArchiveEntry.FormerName f : e.former()) if (!f.name().isBlank()) names.add(f.name());
        }
        return names;
    }

    @Test
    void everyRegisteredNamePassesTheFilter() {
        for (String n : names()) {
            if (key.key(n).length() < 4) continue;
            assertTrue(skeletons.mayMatch(n), n);
            assertTrue(registry.byName(n).found(), n);
        }
    }

    @Test
    void skeletonOfTheWordsIsTheSkeletonOfTheKey() {
        List<String> words = new ArrayList<>();
        for (String n : names()) words.addAll(Arrays.asList(n.split("\\s+")));
        words.addAll(List.of("II", "(III),", "IV.", "XIV", "Ф.", "Оп.1.", "Д.2006.", "l.", "1982", "f.0", "№", "Lot 66 D 487"));
        String[] gaps = {" ", "  ", "\u00A0", "\u2009", ", ", ". ", " – ", "\t", ""};
        SplittableRandom r = new SplittableRandom(61);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + r.nextInt(7);
            for (int i = 0; i < len; i++) {
                if (i > 0) sb.append(gaps[r.nextInt(gaps.length)]);
                sb.append(words.get(r.nextInt(words.size())));
                if (r.nextInt(5) == 0) sb.append(r.nextInt(2000));
            }
            String s = sb.toString();
            assertEquals(key.skeleton(key.key(s)), skeletons.skeletonOf(s), s);
            if (registry.byName(s).found()) assertTrue(skeletons.mayMatch(s), s);
        }
    }

    @Test
    void randomTextSkeletonIsTheSkeletonOfItsKey() {
        String alphabet = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~"
                + "\u00A0\u2009\u2013\u2014\u2018\u2019\u201C\u201D\u00AB\u00BB№½ß"
                + "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюяієїґ"
                + "éèüöäçčšžřęłñőűăâơưđIVXIVX";
        SplittableRandom r = new SplittableRandom(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + r.nextInt(40);
            for (int i = 0; i < len; i++) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            String s = sb.toString();
            assertEquals(key.skeleton(key.key(s)), skeletons.skeletonOf(s), s);
        }
    }

    @Test
    void textsThatAreNoNameAreRefusedEarly() {
        assertFalse(skeletons.mayMatch("РГАСПИ. Ф. 17. Оп. 3. Д. 1042. Л. 5"));
        assertFalse(skeletons.mayMatch("National Security File, Box 12, Folder 3"));
    }
}
