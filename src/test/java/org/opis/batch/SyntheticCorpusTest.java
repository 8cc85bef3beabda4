package org.opis.batch;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class SyntheticCorpusTest {

    @Test
    void sameSeedSameCorpusOtherSeedOtherCorpus() {
        SyntheticCorpus c = new SyntheticCorpus(RealSeeds.archivalCitations());
        assertEquals(c.make(1000, 1, 0), c.make(1000, 1, 0));
        assertNotEquals(c.make(1000, 1, 0), c.make(1000, 2, 0));
    }

    @Test
    void numbersVaryButTheShapeStays() {
        SyntheticCorpus c = new SyntheticCorpus(List.of("RGASPI, f. 495, op. 201, d. 1/1, l. 79"));
        List<String> out = c.make(2000, 3, 0);
        // almost every string differs from every other: a benchmark over them cannot live in a cache
        assertTrue(new HashSet<>(out).size() > 1900, "distinct: " + new HashSet<>(out).size());
        for (String s : out) {
            assertTrue(s.matches("RGASPI, f\\. [1-9]\\d{2}, op\\. [1-9]\\d{2}, d\\. [1-9]/[1-9], l\\. [1-9]\\d"), s);
        }
    }

    @Test
    void yearsStayYears() {
        SyntheticCorpus c = new SyntheticCorpus(List.of("Smith, John. *A Title*. London: Press, 1985."));
        for (String s : c.make(200, 4, 0)) {
            int year = Integer.parseInt(s.substring(s.length() - 5, s.length() - 1));
            assertTrue(year >= 1800 && year < 2000, s);
        }
    }

    @Test
    void swappedWordsComeFromTheSeedsAndMixThem() {
        SyntheticCorpus c = new SyntheticCorpus(List.of("Atkinson, Dorothy. *The End*. Stanford: Press, 1985.",
                "Bartlett, Roger. *Land Commune*. New York: Martin, 1990."));
        java.util.Set<String> pool = java.util.Set.of("Atkinson", "Dorothy", "Stanford", "Press", "Bartlett", "Roger",
                "Land", "Commune", "York", "Martin");
        boolean mixed = false;
        for (String s : c.make(500, 5, 1.0)) {
            for (String w : s.split("[^\\p{L}]+")) {
                if (w.length() > 3 && Character.isUpperCase(w.charAt(0))) assertTrue(pool.contains(w), w + " in " + s);
            }
            mixed |= s.startsWith("Atkinson") && s.contains("Roger") || s.startsWith("Bartlett") && s.contains("Dorothy");
        }
        assertTrue(mixed, "some strings mix the words of both seeds");
    }
}
