package org.opis.reflist;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Entries in author-date order whose title is unmarked and whose imprint names no press (references/is-hugsandi-boccaccio-sama-heimild). */
class BlockShapesAuthorDateTest {

    @Test
    void authorDateOpeningIsEntryLike() {
        assertTrue(BlockShapes.entryLike("Boccaccio, Giovanni. 1999. Tídægra. Þýð. Erlingur E. Halldórsson. Mál og menning, Reykjavík. s 186-192"));
        // before: no title marks, no press word, so not an entry
        assertTrue(BlockShapes.entryLike("Wallace, David. 1991. Giovanni Boccaccio, Dekameron. Cambridge University Press, Cambridge, s. 45"));
    }

    @Test
    void prosePinpointsAreNot() {
        // a note of prose with a name and a year, but no sentence of a title after the year
        assertFalse(BlockShapes.entryLike("Sama heimild s. 60-63, and see the discussion above for 1999."));
        assertFalse(BlockShapes.entryLike("Krasner, _Sovereignty_, 3-4."));
    }
}
