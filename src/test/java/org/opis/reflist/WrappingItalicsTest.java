package org.opis.reflist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.undercouch.citeproc.csl.CSLItemData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opis.reflist.tagger.Token;
import org.opis.reflist.tagger.Tokenizer;
import org.opis.text.WrappingItalics;

/**
 * Whole entries set in italics around their own italic title ({@link WrappingItalics}), as the
 * report readings of {@code references/bodnar-bucur-history-memory-europe-america} are printed. Entries
 * verbatim from that list; before, the rules took the whole entry for the title and read no names
 * (rules F1 on the list 0.749, all-right 0.496). Expected values read off the entries.
 */
class WrappingItalicsTest {

    private static CSLItemData read(String entry) {
        return RuleReader.read(entry).orElseThrow();
    }

    @Test
    void theNamesBeforeTheInnerTitleAreTheAuthors() {
        CSLItemData d = read("_Jacques LeGoff, _History and Memory__");
        assertEquals("LeGoff", d.getAuthor()[0].getFamily());
        assertEquals("Jacques", d.getAuthor()[0].getGiven());
        assertEquals("History and Memory", d.getTitle());
    }

    @Test
    void theImprintAfterTheInnerTitleIsRead() {
        CSLItemData d = read("_Alon Confino, _The Nation as a Local Metaphor: Wurttemberg, Imperial Germany, and National "
                + "Memory, 1871-1918_ (Chapel Hill, 1997)._");
        assertEquals("Confino", d.getAuthor()[0].getFamily());
        assertEquals("The Nation as a Local Metaphor: Wurttemberg, Imperial Germany, and National Memory, 1871-1918", d.getTitle());
        assertEquals("Chapel Hill", d.getPublisherPlace());
        assertEquals(1997, d.getIssued().getDateParts()[0][0]);
    }

    @Test
    void onlyAWrapperAroundAnotherEmphasisIsOne() {
        assertArrayEquals(new int[] {0, 37}, WrappingItalics.find("_Jacques LeGoff, _History and Memory__"));
        // a journal named alone in italics (references/lucas-slavery-seminar-630) is its title, not a wrapper
        assertNull(WrappingItalics.find("_Slavery and Abolition: A Journal of Comparative Studies_"));
        // two italic titles side by side
        assertNull(WrappingItalics.find("_Stalin_ and _Hitler_"));
        assertNull(WrappingItalics.find("Boll, Heinrich, _Billiards at Half-past Nine_ (New York, 1962), paper."));
    }

    @Test
    void theTaggerSeesTheNamesOutsideTheItalics() {
        List<Token> t = Tokenizer.tokens("_Paul Connerton, _How Societies Remember__");
        assertEquals("Paul", t.get(0).text());
        assertFalse(t.get(0).italic());
        Token how = t.stream().filter(x -> x.text().equals("How")).findFirst().orElseThrow();
        assertTrue(how.italic());
        Token remember = t.stream().filter(x -> x.text().equals("Remember")).findFirst().orElseThrow();
        assertTrue(remember.italic());
    }
}
