package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** {@link GenreStatements} on real syllabus entries (references/koenker-history-328; expected values from the entry text). */
class GenreStatementsTest {

    @Test
    void aLeadingLabelIsTheGenreNotAGivenName() {
        CSLItemData d = RuleReader.read("Memoir: Konstantin Paustovsky, _Story of a Life_ (1967)").orElseThrow();
        assertEquals("Memoir", d.getGenre());
        assertEquals("Paustovsky", d.getAuthor()[0].getFamily());
        assertEquals("Konstantin", d.getAuthor()[0].getGiven());
        assertEquals("Story of a Life", d.getTitle());
    }

    @Test
    void aClosingSentenceThatIsOnlyALabelIsTheGenre() {
        CSLItemData d = RuleReader.read("Andrei Kurkov, _Death and the Penguin_ , 2001, Harvill paper. Novel.").orElseThrow();
        assertEquals("Novel", d.getGenre());
        assertEquals("Death and the Penguin", d.getTitle());
    }

    @Test
    void aTitleOrNameBeforeAColonIsNoLabel() {
        // a word not in the labels file: "Strategy: The Logic of War and Peace" (references/betts-war-peace-strategy shape)
        CSLItemData d = RuleReader.read("Edward Luttwak, Strategy: The Logic of War and Peace (Harvard University Press, 1987).").orElseThrow();
        assertNull(d.getGenre());
        assertEquals("Strategy: The Logic of War and Peace", d.getTitle());
    }
}
