package org.opis.reflist;

import org.junit.jupiter.api.Test;
import org.opis.testing.GoldTexts;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cheap checks run before four patterns of the rules hold wherever the pattern matches: gold entries, their tails, random
 * texts made of the patterns' pieces. {@link EntryLinks#holdsDoi} before {@link EntryLinks#DOI}, {@link TailDates#fourDigits}
 * before the three full-date shapes of {@link EntryDates}, {@link TailPages#labelThenDigit} before {@link TailPages#PAGES}.
 */
class TailPatternCuesTest {

    @Test
    void everyMatchHasItsCue() {
        List<String> texts = new ArrayList<>(GoldTexts.all());
        for (String e : GoldTexts.all()) for (int i = 1; i < e.length(); i += 10) texts.add(e.substring(i));
        String[] pieces = {"doi:", "DOI: ", "https://doi.org/", "https://dx.DOI.org/", "10.1017/", "S0020", "pp.", "Pp. ", "p.", "S.", "с.",
                "стр.", "ff.", "Tr.", "12", "2001", "199", "–", "-", " ", "\t", "\n", "\u000B", "\u00A0", ".", ",", "x", "Mai", "May ", "janvier",
                "3 ", "(", ")", "doı", "dOi"};
        Random r = new Random(43);
        for (int n = 0; n < 60_000; n++) {
            StringBuilder b = new StringBuilder();
            int k = 2 + r.nextInt(10);
            for (int i = 0; i < k; i++) b.append(pieces[r.nextInt(pieces.length)]);
            texts.add(b.toString());
        }
        int[] matched = new int[3];
        int[] ruledOut = new int[3];
        for (String t : texts) {
            boolean doi = EntryLinks.holdsDoi(t), four = TailDates.fourDigits(t), label = TailPages.labelThenDigit(t);
            if (EntryLinks.DOI.matcher(t).find()) {
                matched[0]++;
                assertTrue(doi, "a DOI without its cue: [" + t + "]");
            }
            for (Pattern p : List.of(EntryDates.DAY_MONTH_YEAR, EntryDates.MONTH_DAY_YEAR, EntryDates.MONTH_YEAR)) {
                if (p.matcher(t).find()) {
                    matched[1]++;
                    assertTrue(four, "a date without four digits: [" + t + "]");
                }
            }
            if (TailPages.PAGES.matcher(t).find()) {
                matched[2]++;
                assertTrue(label, "labelled pages without their cue: [" + t + "]");
            }
            if (!doi) ruledOut[0]++;
            if (!four) ruledOut[1]++;
            if (!label) ruledOut[2]++;
        }
        for (int i = 0; i < 3; i++) {
            assertTrue(matched[i] > 100, "matches of cue " + i + ": " + matched[i]);
            assertTrue(ruledOut[i] > 10_000, "ruled out by cue " + i + ": " + ruledOut[i]);
        }
    }

    @Test
    void cjkCharsAreTheScriptsLookup() {
        for (int c = 0; c < 1 << 16; c++) {
            Character.UnicodeScript sc = Character.UnicodeScript.of(c);
            boolean cjk = "『「《〈".indexOf(c) >= 0 || sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                    || sc == Character.UnicodeScript.KATAKANA;
            assertEquals(cjk, CjkCitations.mayBe(String.valueOf((char) c)), "char " + Integer.toHexString(c));
        }
        assertTrue(CjkCitations.mayBe("Wada Haruki 和田春樹"));
        assertTrue(!CjkCitations.mayBe("Wada Haruki, Rēnin (Tokyo, 2017)"));
    }
}
