package org.opis.reflist;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link DateDetails#mayWriteBeside}, the cue under which the three year-holding patterns of {@link DateDetails#parts}
 * are compiled and run, held to those patterns: wherever one of them finds a match the cue is present, for every
 * number written in every gold entry (and in random texts of the patterns' pieces); and it rules out most entries.
 */
class DateDetailsCueTest {

    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,5}");

    private static List<String> golds() {
        return org.opis.testing.GoldTexts.all();
    }

    private static int[] check(String t) {
        TreeSet<Integer> years = new TreeSet<>();
        Matcher n = NUMBER.matcher(t);
        while (n.find()) years.add(Integer.parseInt(n.group()));
        years.add(1950);
        int found = 0;
        int ruledOut = 0;
        for (int y : years) {
            boolean cue = DateDetails.mayWriteBeside(t, y);
            if (!cue) ruledOut++;
            for (Pattern p : DateDetails.yearPatterns(y)) {
                if (p.matcher(t).find()) {
                    found++;
                    assertTrue(cue, () -> "a pattern of year " + y + " matches without the cue: " + t);
                }
            }
        }
        return new int[]{found, ruledOut};
    }

    @Test
    void everyYearPatternMatchHasItsCue() throws IOException {
        List<String> golds = golds();
        assertTrue(golds.size() > 5000);
        int found = 0;
        int ruledOut = 0;
        for (String t : golds) {
            int[] r = check(t);
            found += r[0];
            ruledOut += r[1];
        }
        Random rnd = new Random(31);
        String[] pieces = {"(", ")", "( ", "1950", "1923", "2017", ",", ", ", " ", "\t", "June", "Jun.", "27", "9", "-", ".", "5", "19",
                "tháng ", "Tháng ", "năm ", "NĂM ", "ngày ", "22 ", "x", "Press", "retrieved ", "–"};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = 1 + rnd.nextInt(9); k > 0; k--) b.append(pieces[rnd.nextInt(pieces.length)]);
            int[] r = check(b.toString());
            found += r[0];
            ruledOut += r[1];
        }
        assertTrue(found > 100, "found " + found);
        assertTrue(ruledOut > 5_000, "ruled out " + ruledOut);
    }

    @Test
    void theCueFollowsTheYearWords() {
        // the cue takes a year after whitespace after a letter for the year words: each must end in a letter
        for (String w : DateDetails.words("year")) assertTrue(Character.isLetter(w.charAt(w.length() - 1)), w);
        assertFalse(DateDetails.words("year").isEmpty());
    }

    @Test
    void realShapesAreStillCompleted() {
        // checked by hand against the entries: APA newspaper date, Vietnamese month-year, day.month.year
        assertArrayEquals(new int[][]{{1950, 6, 27}}, DateDetails.parts("Doe, J. (1950, June 27). Riots. The Times, p. 3.", 1950));
        assertArrayEquals(new int[][]{{1923, 9}}, DateDetails.parts("Báo Nhân dân, tháng 9-1923, tr. 2.", 1923));
        assertArrayEquals(new int[][]{{1965, 5, 19}}, DateDetails.parts("Pravda, 19-5-1965.", 1965));
        assertEquals(null, DateDetails.parts("Smith, J. The Book. London: Press, 1950.", 1950));
        assertFalse(DateDetails.mayWriteBeside("Smith, J. The Book. London: Press, 1950.", 1950));
    }
}
