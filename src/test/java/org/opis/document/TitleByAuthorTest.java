package org.opis.document;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Notes of references/en-anarwiki-stalin-by-notes (AnarWiki "Joseph Stalin"), as written there. */
class TitleByAuthorTest {

    @Test
    void titleByAuthorNotesAreFullNotes() {
        assertTrue(TitleByAuthor.reads("Stalin: Breaker of Nations by Robert Conquest, page 10-12"));
        assertTrue(TitleByAuthor.reads("Red Holocaust by Steven Rosefielde, 2010"));
        assertTrue(TitleByAuthor.reads("Master of the House: Stalin and His Inner Circle by Oleg V.\n    Khlevniuk"));
        assertTrue(TitleByAuthor.reads("The Bolshevik Myth by Alexander Berkman"));
        assertTrue(FullNotes.reads("The Bureaucratisation of the World by Bruno Rizzi"));
    }

    @Test
    void sentencesAndShortFormsAreNot() {
        assertFalse(TitleByAuthor.reads("Referenced in analysis of USSR state capitalism"));
        assertFalse(TitleByAuthor.reads("Various estimates from Stanislav Kulchytsky and Stephen G.\n    Wheatcroft"));
        assertFalse(TitleByAuthor.reads("Compiled from multiple historical sources"));
        // the title is after the name and holds "by": not this shape
        assertFalse(TitleByAuthor.reads("Ayn Rand, The New Fascism: Rule by Consensus"));
    }
}
