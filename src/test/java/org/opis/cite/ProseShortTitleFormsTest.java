package org.opis.cite;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Humanities short forms amid a note's prose (de-cbdd-weikersheim-ebd-kurzbelege), and what is not one. */
class ProseShortTitleFormsTest {

    private static List<ProseShortTitleForms.Hit> find(String t) {
        return ProseShortTitleForms.find(t, 0, t.length(), Locators.standard(), Set.of("lahore", "berlin"), List.of());
    }

    @Test
    void shortFormsAfterProseWithTheirPages() {
        List<ProseShortTitleForms.Hit> h = find("Freeden, Georg Robin, 1943/44, S. 38. Hingegen bewertet Weyer, Georg Stegle, 2017, S. 50 den Anteil "
                + "Stegles deutlich höher als Freeden.");
        assertEquals(2, h.size());
        assertEquals("Weyer", h.get(1).family());
        assertEquals("Georg Stegle", h.get(1).title());
        assertEquals("page 50", h.get(1).locators().get(0).label() + " " + h.get(1).locators().get(0).value());
        List<ProseShortTitleForms.Hit> m = find("Merten, Weikersheim, o. J., S. 40. Trentin-Meyer, Georg Friedrich von Hohenlohe, 2019, S. 90 spricht versehentlich von 13 Gemälden.");
        assertEquals(2, m.size());
        assertTrue(m.get(0).year().noDate());
    }

    @Test
    void namesCarriedOnParenthesesAndPlacesAreNotShortForms() {
        // en-wikipedia-mumtaz-mahal-references-bibliography, note 21: "Shah" carries the name on; Lahore is a place
        assertEquals(0, find("Mullah Muhammad Saleh Kamboh: Shah Jahan-Nama, Lahore, 2013, p. 159").size());
        // in a parenthesis the scanner reads it (note 3)
        assertEquals(0, find("wenngleich der Langenburger Bau … hinzukam (Ziegler, Idealplan, 2019, S. 140–142).").size());
    }
}
