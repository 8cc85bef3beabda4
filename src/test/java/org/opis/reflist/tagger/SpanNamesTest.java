package org.opis.reflist.tagger;

import de.undercouch.citeproc.csl.CSLName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Names read from a tagged author span whose closing full stop the span lost. */
class SpanNamesTest {

    @Test
    void hyphenatedInitialsThatLostTheirFullStopStayInitials() {
        // references/fr-lestage-varela-notes: "Varela F.-J., 1996, …" — the span ends "F.-J"; read as a given name
        // "Varela" and a family name "F.-J" before
        List<CSLName> n = Decoder.names("Varela F.-J");
        assertEquals(1, n.size());
        assertEquals("Varela", n.get(0).getFamily());
        assertEquals("F.-J.", n.get(0).getGiven());
    }
}
