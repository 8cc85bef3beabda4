package org.opis.reflist;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each cue of {@link TailCues} is held to its pattern: wherever the pattern finds a match the cue is
 * present (so running the pattern only under the cue finds the same matches), on every gold entry and
 * on random text made of the patterns' own pieces; and the cue does rule out entries (it is no
 * constant {@code true}).
 */
class TailCuesTest {

    private static final String[] PIECES = {
            "2nd", "3rd", "4th", "1st", "2d", "2-e", "2е", "3-е", "12", "2", "2.", "2a.", "2ª", "º", "Rev.", "Revised", "Expanded", "New",
            "ed.", "Ed.", "edn", "edn.", "edition", "edição", "edición", "Aufl.", "изд.", "Изд.", "Изд", "ed", "zd.",
            "forthcoming", "Forthcoming", "In", "in", "press", "Press", "prESS", "В", "в", "печати", "Печати",
            "Translated and edited by ", "Ed. & trans. ", "edited and Translated ", "Trans. & Ed.", "Translated", "translated", "Trans.", "trans.", "Tran", "ran", "and", "&", "Edited", "edited", "by", "Ed", "from",
            " ", " ", " ", "\t", "\n", ",", ".", ":", "(", ")", "a", "Smith", "Press", "Moskva", "—"};

    private static List<String> cached;

    private static synchronized List<String> texts() throws IOException {
        if (cached != null) return cached;
        List<String> out = new ArrayList<>(org.opis.testing.GoldTexts.all());
        Random r = new Random(17);
        for (int i = 0; i < 60_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + r.nextInt(8);
            for (int k = 0; k < n; k++) b.append(PIECES[r.nextInt(PIECES.length)]);
            out.add(b.toString());
        }
        cached = out;
        return out;
    }

    private static void holds(List<String> texts, Pattern p, Predicate<CharSequence> cue) {
        int found = 0;
        int ruledOut = 0;
        for (String t : texts) {
            boolean c = cue.test(t);
            assertTrue(c == cue.test(new StringBuilder(t)), t);
            if (!c) ruledOut++;
            if (p.matcher(t).find()) {
                found++;
                assertTrue(c, () -> "the pattern matches without its cue: " + t);
            }
        }
        assertTrue(found > 100, p + " found " + found);
        assertTrue(ruledOut > 100, p + " ruled out " + ruledOut);
    }

    @Test
    void editionNeedsItsCue() throws IOException {
        holds(texts(), TailStatements.EDITION, TailStatements.EDITION_CUES::mayMatch);
    }

    @Test
    void forthcomingNeedsItsCue() throws IOException {
        holds(texts(), TailStatements.FORTHCOMING, TailStatements.FORTHCOMING_CUES::mayMatch);
    }

    @Test
    void translatedAndEditedNeedsItsCue() throws IOException {
        holds(texts(), TailStatements.TRANSLATED_AND_EDITED, TailCues::mayBeTranslatedAndEdited);
    }

    @Test
    void monthDayYearNeedsItsCue() throws IOException {
        List<String> texts = new ArrayList<>(texts());
        Random r = new Random(21);
        String[] pieces = {"July", "Jul.", "21", "1", ",", ", ", ",\t", ",\u000B", " ", "1958", "2001", "x", "Oct", "May 3, 1999", "1,2", "5, 6"};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = 1 + r.nextInt(6); k > 0; k--) b.append(pieces[r.nextInt(pieces.length)]);
            texts.add(b.toString());
        }
        holds(texts, EntryDates.MONTH_DAY_YEAR, TailCues::mayHoldMonthDayYear);
        assertTrue(TailCues.mayHoldMonthDayYear("Pravda, July 21, 1958."));
        assertFalse(TailCues.mayHoldMonthDayYear("Pravda, 21 July 1958."));
    }

    @Test
    void cuesAreNotConstant() {
        assertFalse(TailStatements.EDITION_CUES.mayMatch("Smith, J. The Book. London: Allen, 1990."));
        assertFalse(TailStatements.FORTHCOMING_CUES.mayMatch("Smith, J. The Book. London: Allen Press, 1990."));
        assertFalse(TailCues.mayBeTranslatedAndEdited("Smith, J. The Book. Edited by A. Jones. London, 1990."));
        assertTrue(TailCues.mayBeTranslatedAndEdited("Smith, J. The Book. Ed. and trans. A. Jones. London, 1990."));
        assertTrue(TailStatements.TRANSLATED_AND_EDITED.matcher("Ed. and trans. by A. Jones").find());
    }

    @Test
    void pagesNeedTheirCues() throws IOException {
        List<String> texts = new ArrayList<>(texts());
        Random r = new Random(23);
        String[] pieces = {", ", ",\t", ",", " ", "p", "pp.", "pp", "p.", "12", "3", "-", "\u2013", "\u2014", " - ", "and ", "xiv", "ix",
                " (ch. 1)", " (chs. 1 and 5)", "(chapter 3)", ": ", "Cambridge University Press", "Moskva", ".", "x",
                ": Press, 14-50 (ch. 1).", ": Press, 3\u201318 (chs. 1 and 2)", ", 14-50", " (ch. 2)."};
        for (int i = 0; i < 40_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = 1 + r.nextInt(9); k > 0; k--) b.append(pieces[r.nextInt(pieces.length)]);
            texts.add(b.toString());
        }
        holds(texts, TrailingPages.LABELLED, TailCues::mayHoldLabelledPages);
        holds(texts, TrailingPages.BARE_AFTER_PUBLISHER, TailCues::mayHoldBarePages);
        assertTrue(TrailingPages.LABELLED.matcher("Smith, J. The Book. London, 1990, pp. 189-209.").find());
        assertTrue(TailCues.mayHoldLabelledPages("Smith, J. The Book. London, 1990, pp. 189-209."));
        assertFalse(TailCues.mayHoldLabelledPages("Smith, J. The Book. London, 1990, 189-209."));
    }

    /** The access phrases' cues (the longest space-free piece of each phrase's literal opening) against {@code EntryLinks.ACCESSED}. */
    @Test
    void accessDatesNeedTheirCues() throws IOException {
        List<String> phrases = Data.lines("access-words.txt");
        String[] cues = TailCues.phrasePieces(phrases);
        List<String> texts = new ArrayList<>(texts());
        Random r = new Random(29);
        List<String> pieces = new ArrayList<>(List.of(" ", "(", ")", "[", "]", "12", "May", "2020", "1.", "3.", ".", ":", "x", "Stand", "last", "data", "\t"));
        for (String p : phrases) {
            String lit = p.replace(":?", ":").replace("?", "");
            pieces.add(lit);
            pieces.add(lit.toUpperCase(java.util.Locale.ROOT));
            pieces.add(p.replace(":?", ""));
        }
        for (int i = 0; i < 60_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = 1 + r.nextInt(7); k > 0; k--) b.append(pieces.get(r.nextInt(pieces.size())));
            texts.add(b.toString());
        }
        holds(texts, EntryLinks.ACCESSED, t -> {
            String lower = t.toString().toLowerCase(java.util.Locale.ROOT);
            for (String c : cues) if (lower.contains(c)) return true;
            return false;
        });
        assertTrue(List.of(cues).containsAll(List.of("accessed", "stand:", "obrashhenija", "acesso", "dostęp", "abgerufen")), List.of(cues).toString());
    }
}
