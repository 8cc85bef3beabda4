package org.opis.document;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page that closes a full note after its imprint's year (references/is-hugsandi-fullveldi-sama-heimild). */
class FullNotePagesTest {

    @Test
    void bareNumberAfterThePlaceAndYearIsThePage() {
        var p = FullNotes.pinpoint("Krasner, Stephen D., _Sovereignty - Organized Hypocrisy_. Princeton University Press, Princeton 1999, 3.");
        assertEquals(1, p.size());
        assertEquals("page", p.get(0).label());
        assertEquals("3", p.get(0).value());
    }

    @Test
    void aYearAfterTheYearIsNoPage() {
        assertTrue(FullNotes.pinpoint("Krasner, Stephen D., _Sovereignty_. Princeton University Press, Princeton 1999, 2001.").isEmpty());
        // a bare number after a title, with no imprint year before it, stays unread as before
        assertTrue(FullNotes.pinpoint("Krasner, Stephen D., _Sovereignty - Organized Hypocrisy_, 3.").isEmpty());
    }
}
