package org.opis.cite;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Labelled pinpoints and the comments after them, on notes of Wikipedia's "Battle of Austerlitz" (references/en-wikipedia-austerlitz-citations-general-references). */
class LabelledPinpointTest {

    private static final Locators L = Locators.standard();

    @Test
    void aLabelWithANumberOpensAPinpoint() {
        String s = "Farwell p. 64. \"Austerlitz is generally regarded as one of Napoleon's tactical masterpieces\"";
        assertTrue(LabelledPinpoint.at(L, s, s.indexOf("p. 64"), s.length()));
        assertFalse(LabelledPinpoint.at(L, s, 0, s.length())); // "Farwell" is a name, not a label
        assertFalse(LabelledPinpoint.at(L, "Socrates gives 17 February", 9, 26));
    }

    @Test
    void aSentenceOrAColonWordAfterThePinpointIsTheNotesComment() {
        String farwell = "Farwell p. 64. \"Austerlitz is generally regarded …\"";
        assertTrue(LabelledPinpoint.commentFollows(farwell, farwell.indexOf(". \""), farwell.length()));
        String dupuy = "Dupuy p. 102 Note: Dupuy was not afraid of expressing an opinion";
        assertTrue(LabelledPinpoint.commentFollows(dupuy, dupuy.indexOf(" Note:"), dupuy.length()));
        String more = "Gomez 2018, pp. 92–93; Niane 1984";
        assertFalse(LabelledPinpoint.commentFollows(more, more.indexOf(";"), more.length()));
    }
}
