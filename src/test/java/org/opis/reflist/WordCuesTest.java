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
 * The cues of {@link WordCues} are held to the patterns they guard in {@link TailStatements}, {@link EntryVolumes} and {@link Identifiers}: wherever a
 * pattern finds a match its cue is present (so running it only under the cue finds the same matches),
 * on every gold entry, on every tail of a gold entry and on random text made of the patterns' own
 * words; and each cue rules texts out (it is no constant true).
 */
class WordCuesTest {

    private static final String[] PIECES = {
            "Edited by ", "edited by ", "Ed. ", "ed. ", "eds. ", "Eds. ", "Red. ", "ред. ", "Под ред. ", "pod red. ", "a cura di ", "A cura di ",
            "Hrsg. von ", "hrsg. u. eingel. von ", "Herausgegeben von ", "compiled by ", "Comp. ", "Сост. ", "сост.\t",
            "Translated by ", "translated from Russian by ", "Trans. ", "trans. by ", "Tr. ", "tr. 7–25", "Пер. с англ. ", "пер. ",
            "No. 3", "no.4", "Nos. 1–2", "Nr. 5", "nr 5", "№ 2", "Issue 7", "issue 3", "Heft 2", "Vyp. 4", "Вып. 3", "вип. 1", "č. 2",
            "sz. 4", "br. 9", "nº 12", "n° 3", "núm. 2", "fasc. 5", "số 4", "Số 2",
            "ISBN 978-0-300-18060-2", "isbn: 0-19", "ISSN 1086-3265", "eISSN 1234", "OCLC 123", "S2CID 142792238", "JSTOR 4", "hdl:20.500/1",
            "PMID 12", "PMC 5", "LCCN 2001", "Bibcode: 1", "arXiv:1234", "ISBN-13 978",
            "d", "ed", "rans", "ss", "o", ".", " ", "\t", "\n", ",", ":", "(", ")", "Smith", "Press", "Moskva", "—", "12", "3–5", "Ledo"};

    private static List<String> texts() throws IOException {
        List<String> out = new ArrayList<>();
        for (String t : org.opis.testing.GoldTexts.all()) {
            out.add(t);
            for (int i = 10; i < t.length(); i += 10) out.add(t.substring(i)); // tails, as the rules read them
        }
        Random r = new Random(21);
        for (int i = 0; i < 60_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + r.nextInt(6);
            for (int k = 0; k < n; k++) b.append(PIECES[r.nextInt(PIECES.length)]);
            out.add(b.toString());
        }
        return out;
    }

    private static void holds(List<String> texts, Pattern p, WordCues cue) {
        int found = 0;
        int ruledOut = 0;
        for (String t : texts) {
            boolean c = cue.mayMatch(t);
            assertEquals(c, cue.mayMatch(new StringBuilder(t)), t);
            if (!c) ruledOut++;
            if (p.matcher(t).find()) {
                found++;
                assertTrue(c, () -> "the pattern matches without its cue: " + t);
            }
        }
        assertTrue(found > 100, p + " found " + found);
        assertTrue(ruledOut > 1000, p + " ruled out " + ruledOut);
    }

    @Test
    void eachPatternNeedsItsCue() throws IOException {
        List<String> texts = texts();
        holds(texts, TailStatements.EDITED_BY, TailStatements.EDITED_BY_CUES);
        holds(texts, TailStatements.TRANSLATED_BY, TailStatements.TRANSLATED_BY_CUES);
        holds(texts, EntryVolumes.ISSUE, EntryVolumes.ISSUE_CUES);
        holds(texts, Identifiers.IDENTIFIER, Identifiers.IDENTIFIER_CUES);
    }

    @Test
    void cuesFollowTheWords() {
        // "Edited by": the first letter in either case, the longest piece without a space
        assertEquals(List.of("dited"), WordCues.of(List.of("edited by"), true).cues());
        // "ed." and "red." hold "d."; "eds." does not
        assertEquals(List.of("d.", "ds."), WordCues.of(List.of("ed.", "eds.", "red."), true).cues());
        // case kept: "no." is no cue of "No.", and "Nos." does not hold "No."
        assertEquals(List.of("No.", "Nos.", "no."), WordCues.of(List.of("No.", "Nos.", "no."), false).cues());
        // a one-letter word taken in either case leaves nothing to look for: every text may match
        assertTrue(WordCues.of(List.of("s", "edited"), true).mayMatch(""));
        assertTrue(WordCues.ignoringCase(List.of("isbn")).mayMatch("Smith. ISBN 978-5"));
    }

    @Test
    void realEntriesAreRuledOutOrNot() {
        String plain = "Smith, J. The Book. London: Allen, 1990.";
        assertFalse(TailStatements.EDITED_BY_CUES.mayMatch(plain));
        assertFalse(TailStatements.TRANSLATED_BY_CUES.mayMatch(plain));
        assertFalse(EntryVolumes.ISSUE_CUES.mayMatch(plain));
        assertFalse(Identifiers.IDENTIFIER_CUES.mayMatch(plain));
        String edited = "Getty, J. Arch, ed. Stalinist Terror. Edited by J. Arch Getty and R. T. Manning. Cambridge, 1993. ISBN 0-521-44125-0.";
        assertTrue(TailStatements.EDITED_BY_CUES.mayMatch(edited));
        assertTrue(TailStatements.EDITED_BY.matcher(edited).find());
        assertTrue(Identifiers.IDENTIFIER_CUES.mayMatch(edited));
        assertTrue(EntryVolumes.ISSUE_CUES.mayMatch("Slavic Review 41, no. 2 (1982): 210–232."));
        assertTrue(EntryVolumes.ISSUE.matcher("Slavic Review 41, no. 2 (1982): 210–232.").find());
    }
}
