package org.opis.reflist.tagger;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The decoder's hand scanners give what the regular expressions and the sort they replaced give:
 * on 200,000 random strings over the chars that matter (the trailing class, line terminators inside
 * and outside {@code \s}, letters) and on random marginals with ties.
 */
class CleanTextTest {

    private static final String CHARS = "ab. ,;:/\u2014\u2013-([)]\u201C\u201D\u201E\u00AB\u00BB\t\n\r\f\u000B\u0085\u2028\u2029  Яz";

    @Test
    void trailingRunAsTheRegex() {
        Random r = new Random(7);
        for (int k = 0; k < 200_000; k++) {
            String s = random(r);
            assertEquals(Decoder.TRAIL.matcher(s).replaceAll(""), CleanText.withoutTrail(s), () -> "input " + escape(s));
        }
        assertEquals("Moscow", CleanText.withoutTrail("Moscow, —"));
        assertEquals("Moscow\u2028", CleanText.withoutTrail("Moscow;\u2028"));
        assertEquals("", CleanText.withoutTrail(" ,;"));
    }

    @Test
    void singleSpacedExactlyWhenTheSpacesRegexChangesNothing() {
        Random r = new Random(11);
        for (int k = 0; k < 200_000; k++) {
            String s = random(r);
            boolean same = Decoder.SPACES.matcher(s).replaceAll(" ").equals(s);
            assertEquals(same, CleanText.singleSpaced(s), () -> "input " + escape(s));
        }
        assertNotEquals(true, CleanText.singleSpaced("a  b"));
    }

    @Test
    void alternativesAsTheStableSort() {
        Random r = new Random(3);
        double[] levels = {0, 0.05, 0.1, 0.1, 0.2, 0.3, 0.3, 0.5, 0.9, Double.NaN, -0.0};
        for (int k = 0; k < 100_000; k++) {
            double[] m = new double[Label.ALL.length];
            for (int y = 0; y < m.length; y++) m[y] = r.nextInt(3) == 0 ? levels[r.nextInt(levels.length)] : r.nextDouble() * 0.3;
            int l = r.nextInt(m.length);
            Integer[] order = new Integer[m.length];
            for (int y = 0; y < m.length; y++) order[y] = y;
            Arrays.sort(order, (a, b) -> Double.compare(m[b], m[a]));
            List<Label> want = new ArrayList<>();
            for (int y : order) if (y != l && m[y] >= 0.1 && want.size() < 2) want.add(Label.ALL[y]);
            assertEquals(want, CleanText.alternatives(m, l), () -> Arrays.toString(m) + " label " + l);
        }
    }

    private static String random(Random r) {
        int n = r.nextInt(12);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append(CHARS.charAt(r.nextInt(CHARS.length())));
        return b.toString();
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) b.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        return b.toString();
    }
}
