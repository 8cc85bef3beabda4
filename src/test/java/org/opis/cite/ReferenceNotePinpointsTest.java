package org.opis.cite;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Pinpoints of Wikipedia full notes as a Markdown converter writes them (references/en-wikipedia-albacore-citations-bibliography, notes 9 and 17). */
class ReferenceNotePinpointsTest {

    private static List<String> pinpoints(String note) {
        int from = note.indexOf(").") + 1;
        return ReferenceNotePinpoints.of(Locators.standard(), note, from, note.length()).stream()
                .map(l -> l.label() + " " + l.value()).toList();
    }

    @Test
    void aPageClosedByAnEscapedFullStopIsThePinpoint() {
        assertEquals(List.of("page 77–80"), pinpoints(
                "Harrison, W.A. (2002). _Fairey Swordfish and Albacore_. Marlborough: Crowood. pp. 77–80\\. ISBN 1-86126-512-3."));
        assertEquals(List.of("page 153–157"), pinpoints("Thetford, Owen (1991). _British naval aircraft since 1912_ (6th rev. ed.). "
                + "London: Naval Institute Press / Putnam. pp. 153–157\\. ISBN 1-55750-076-2."));
        // unescaped, as before
        assertEquals(List.of("page 292, 306"), pinpoints("Mason, Tim (1998). _The secret years : flight testing at Boscombe Down 1939-1945_. "
                + "Manchester, UK: Hikoki. pp. 292, 306. ISBN 0-9519899-9-5."));
    }
}
