package org.opis.reflist;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** "Work cited" marks closing a title are taken off it; the same letters inside a title stay. */
class OpCitMarksTest {

    @Test
    void aClosingMarkIsNoWordOfTheTitle() {
        // references/pham-xanh-vietnamese-notes: "Hồ Chí Minh: *Toàn tập, Sđd*, t.1, tr.91." (gold title "Toàn tập")
        assertEquals("Toàn tập", OpCitMarks.strip("Toàn tập, Sđd"));
        // "Tạp chí* La Revue Communiste, Tlđd*, tr. 205." (gold container "La Revue Communiste")
        assertEquals("La Revue Communiste", OpCitMarks.strip("La Revue Communiste, Tlđd"));
        assertEquals("Autonomie et connaissance", OpCitMarks.strip("Autonomie et connaissance, op. cit."));
    }

    @Test
    void aTitleWithoutAMarkOrOnlyAMarkStays() {
        assertEquals("Toàn tập", OpCitMarks.strip("Toàn tập"));
        assertEquals("Sđd", OpCitMarks.strip("Sđd"));
        // the mark must follow a comma or full stop, not end a word
        assertEquals("Studies in Loc Cit", OpCitMarks.strip("Studies in Loc Cit"));
        assertEquals(null, OpCitMarks.strip(null));
    }
}
