package org.opis.reflist;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@link FoldedCues} run before the case-insensitive word patterns of {@link LinkIntros}, {@link EditorHeads} and
 * {@link ChapterTails} are held to their patterns: wherever a pattern finds a match its cue is present (so running it
 * only under the cue finds the same matches), on every gold entry and on random texts made of the words in other cases
 * and with characters that only Unicode case folding equates (the long s, the Kelvin sign), and each cue rules texts out.
 */
class FoldedCuesTest {
    private static final String[] PIECES = {
            "Disponible en:", "DISPONIBLE EN", "diſponible en", "Available at:", "AVAILABLE AT", "available online", "URL:", "url",
            "Verfügbar unter", "VERFÜGBAR UNTER", "Dostępne w:", "DOSTĘPNE W", "Erişim adresi", "ERİŞİM ADRESİ", "erişim",
            "ed.", "Ed.", "eds.", "EDS", "(ed.)", "(eds.)", "Hrsg.", "HRSG", "hrsg", "red.", "Red.", "под ред.", "ПОД РЕД.", "éd.", "ÉD.",
            "ch.", "Ch.", "CH.", "chapter", "CHAPTER", "Chapter", "Kap.", "KAP.", "гл.", "ГЛ.", "Kapitel", "chap.", "cap.",
            "\u212A", "k", "ſ", "s", "İ", "ı", "i", "I",
            "Smith, John", "Jones", "*Title*", "London", "1999", "12", "pp. 3-18", ",", ".", ". ", ", ", " ", " ", "(", ")", ":", "\n", " https://x.org/a "};

    private static List<String> texts() throws IOException {
        List<String> out = new ArrayList<>(org.opis.testing.GoldTexts.all());
        Random r = new Random(27);
        for (int i = 0; i < 60_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + r.nextInt(10);
            for (int k = 0; k < n; k++) b.append(PIECES[r.nextInt(PIECES.length)]);
            out.add(b.toString());
        }
        return out;
    }

    private static void holds(List<String> texts, Pattern p, FoldedCues cue, boolean collapsed, int least) {
        int found = 0;
        int ruledOut = 0;
        for (String t : texts) {
            boolean c = cue.mayHold(t);
            if (!c) ruledOut++;
            String seen = collapsed ? t.strip().replaceAll("\\s+", " ") : t;
            if (p.matcher(seen).find()) {
                found++;
                assertTrue(c, () -> "the pattern matches without its cue: " + t);
            }
        }
        assertTrue(found >= least, p + " found " + found);
        assertTrue(ruledOut > 1000, p + " ruled out " + ruledOut);
    }

    @Test
    void linkIntroCueHoldsEveryMatch() throws IOException {
        holds(texts(), LinkIntros.INTRO, LinkIntros.OPENINGS, false, 100);
    }

    @Test
    void editorHeadCueHoldsEveryMatch() throws IOException {
        holds(texts(), EditorHeads.HEAD, EditorHeads.MARKERS, false, 100);
    }

    @Test
    void chapterCueHoldsEveryMatch() throws IOException {
        holds(texts(), ChapterTails.SHAPE, ChapterTails.LABELS, true, 20); // the chapter shape is strict: 29 matches
    }

    @Test
    void foldsAsThePatternDoes() {
        // the long s and the Kelvin sign match "s" and "k" in a (?iu) pattern; folded, they are "s" and "k"
        assertTrue(Pattern.compile("(?iu:disponible)").matcher("diſponible").find());
        assertEquals("disponible", FoldedCues.fold("DIſPONIBLE"));
        assertEquals("k", FoldedCues.fold("\u212A"));
        FoldedCues c = FoldedCues.of(List.of("Disponible en"));
        assertTrue(c.mayHold("Gavan. DIſPONIBLE EN: https://x.org"));
        assertFalse(c.mayHold("Gavan. Disponible: https://x.org"));
        // a phrase opening with a regular-expression character, or holding an alternative of its own, rules nothing out
        assertEquals(List.of("available at", "", "", "URL:"), FoldedCues.openings(List.of("available at:?", "(?:x)y", "a|b", "URL:")));
        assertTrue(FoldedCues.of(List.of("x", "")).mayHold("nothing of it"));
    }
}
