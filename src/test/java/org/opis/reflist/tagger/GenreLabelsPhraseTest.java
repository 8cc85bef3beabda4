package org.opis.reflist.tagger;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link GenreLabels#phrase} looks up only the phrases opening with the token's word (round 20): at every token of every
 * gold entry under {@code references/} it gives what the scan of every phrase in order gave before.
 */
class GenreLabelsPhraseTest {

    /** The phrase matching as it was before round 20: every phrase in order, each token put in lower case per phrase. */
    private static int scan(List<Token> tokens, int i) {
        for (String[] p : GenreLabels.PHRASES) {
            if (i + p.length > tokens.size()) continue;
            boolean ok = true;
            for (int k = 0; k < p.length && ok; k++) ok = tokens.get(i + k).text().toLowerCase(Locale.ROOT).equals(p[k]);
            if (ok) return p.length;
        }
        return 0;
    }

    @Test
    void sameLengthAtEveryTokenOfEveryGoldEntry() throws Exception {
        List<String> entries = org.opis.testing.GoldTexts.all();
        assertTrue(entries.size() > 4000, "the gold entries are read: " + entries.size());
        int tokens = 0;
        int found = 0;
        for (String e : entries) {
            List<Token> t = Tokenizer.tokens(e);
            for (int i = 0; i <= t.size(); i++) {
                int n = GenreLabels.phrase(t, i);
                assertEquals(scan(t, i), n, e + " @" + i);
                tokens++;
                if (n > 0) found++;
            }
        }
        assertTrue(tokens > 100_000, "tokens: " + tokens);
        assertTrue(found > 20, "genre phrases found in the gold entries: " + found);
    }

    @Test
    void longestPhraseFirstOnARealEntry() {
        // Wikipedia CS1 "(Report)" after a title; "press release" is two tokens
        List<Token> t = Tokenizer.tokens("Smith, John (1999). The Navy (Report). Washington. Press release.");
        int report = -1;
        int press = -1;
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).text().equals("Report")) report = i;
            if (t.get(i).text().equals("Press")) press = i;
        }
        assertEquals(1, GenreLabels.phrase(t, report));
        assertEquals(2, GenreLabels.phrase(t, press));
        assertEquals(0, GenreLabels.phrase(t, 0));
    }
}
