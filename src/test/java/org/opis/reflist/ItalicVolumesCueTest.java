package org.opis.reflist;

import org.junit.jupiter.api.Test;
import org.opis.testing.GoldTexts;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The record checks' cheap cues hold wherever their patterns match: {@link ItalicVolumes#mayEndInStatement} before the
 * end-anchored volume statement, {@link ChapterNumbers#number} as the pattern it replaced — on every gold entry's italic
 * spans and tails, and on random texts of the patterns' pieces.
 */
class ItalicVolumesCueTest {

    @Test
    void everyVolumeStatementHasItsCue() {
        List<String> texts = new ArrayList<>();
        for (String e : GoldTexts.all()) {
            Matcher m = ItalicVolumes.ITALICS.matcher(e);
            while (m.find()) texts.add(m.group(2).strip());
            for (int i = 0; i < e.length(); i += 10) texts.add(e.substring(0, e.length() - i));
        }
        String[] pieces = {"Vol.", "vol", "Volume", "т.", "Т.", "Bd.", "Sv.", " ", "  ", "\t", "\n", "\u0085", "\u2028", "(", ")", ".", ",", ";",
                ":", "-", "\u2013", "1", "23", "IV", "XL", "iv", "C", "x", "Title", "of", "é", "*", "_"};
        Random r = new Random(23);
        for (int n = 0; n < 60_000; n++) {
            StringBuilder b = new StringBuilder("Word");
            int k = 1 + r.nextInt(8);
            for (int i = 0; i < k; i++) b.append(pieces[r.nextInt(pieces.length)]);
            texts.add(b.toString());
        }
        int matched = 0;
        int ruledOut = 0;
        for (String t : texts) {
            boolean cue = ItalicVolumes.mayEndInStatement(t);
            if (ItalicVolumes.STATEMENT.matcher(t).find()) {
                matched++;
                assertTrue(cue, "statement without its cue: [" + t + "]");
            }
            if (!cue) ruledOut++;
        }
        assertTrue(matched > 200, "statements: " + matched);
        assertTrue(ruledOut > 10_000, "ruled out: " + ruledOut);
    }

    @Test
    void numbersAreTheWholeMatchOfThePattern() {
        String[] pieces = {"1", "0", "9", "I", "V", "X", "L", "C", "i", "v", "x", "l", "c", "D", "M", "a", " ", "-", "٣", "Ⅳ", ""};
        Random r = new Random(7);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            int k = r.nextInt(5);
            for (int i = 0; i < k; i++) b.append(pieces[r.nextInt(pieces.length)]);
            String v = b.toString();
            assertTrue(ChapterNumbers.number(v) == v.matches("[0-9]+|[IVXLCivxlc]+"), "[" + v + "]");
        }
    }
}
