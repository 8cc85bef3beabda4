package org.opis.csl;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class MarkupNormalizerTest {

    @Test
    void italicsMarksAndListMarkerAreDropped() {
        assertEquals("Bovin, A.E. Moj XX vek. Vospominaniya. Moscow, 2003.",
                MarkupNormalizer.normalize("- Bovin, A.E. *Moj XX vek. Vospominaniya*. Moscow, 2003."));
    }

    @Test
    void quotesApostrophesAndDashesAreUnified() {
        assertEquals("Buharkin, I.V. \"Kreml' i Ho Shi Min, 1945-1969\".",
                MarkupNormalizer.normalize("Buharkin, I.V. “Kreml’ i Ho Shi Min, 1945–1969”."));
        assertEquals(MarkupNormalizer.normalize("Ljudi. Gody. Vlast'"), MarkupNormalizer.normalize("Ljudi. Gody. Vlast’"));
    }

    @Test
    void lostRepeatedAuthorDashMatchesTheStylesDash() {
        // the note's "- . *Otchetnyj …" is a list item whose 3-em dash was lost in conversion
        String printed = MarkupNormalizer.normalize("- . *Reflections on China*. T. 2. Tirana, 1979.");
        String formatted = MarkupNormalizer.normalize("———. Reflections on China. T. 2. Tirana, 1979.");
        assertEquals(formatted, printed);
        assertEquals("---. Reflections on China. T. 2. Tirana, 1979.", printed);
    }

    @Test
    void doubledAngleBracketsAndWhiteSpaceAreNormalised() {
        assertEquals("Declassified <http://digitalarchive.wilsoncenter.org/> (accessed 11 May 2017).",
                MarkupNormalizer.normalize("Declassified  <<http://digitalarchive.wilsoncenter.org/>>\u00a0(accessed 11 May 2017). "));
    }

    @Test
    void wordsAndPunctuationStillCount() {
        assertNotEquals(MarkupNormalizer.normalize("Ognetov, I.A."), MarkupNormalizer.normalize("Ognětov, I.A."));
        assertNotEquals(MarkupNormalizer.normalize("no. 3 (1998)."), MarkupNormalizer.normalize("no. 3 (1998)"));
        // a leading hyphenated word is not a list marker
        assertEquals("-ov, A.", MarkupNormalizer.normalize("-ov, A."));
    }

    @Test
    void longLineIsNormalisedInLinearTime() {
        String s = "<<".repeat(2_000_000) + "*“—’ ".repeat(1_000_000);
        assertEquals(2_000_000, MarkupNormalizer.normalize(s).chars().filter(c -> c == '<').count());
    }
}
