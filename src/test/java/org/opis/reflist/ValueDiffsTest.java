package org.opis.reflist;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValueDiffsTest {

    private static Map<String, Double> diff(String field, String rules, String tagger) {
        Map<String, Double> x = new LinkedHashMap<>();
        ValueDiffs.add(x, field, rules, tagger);
        return x;
    }

    @Test
    void aVolumeCountAtTheEndOfOneReadingsTitle() {
        // references/smolansky-ir168-soviet-diplomacy: "Beloff, M., The Foreign Policy of Soviet Russia, 1929-1941, 2 vols., (1947-1949)."
        Map<String, Double> x = diff("title", "The Foreign Policy of Soviet Russia, 1929-1941, 2 vols",
                "The Foreign Policy of Soviet Russia, 1929-1941");
        assertEquals(1.0, x.get("title:d.tail.r+"), x.toString());
        assertTrue(x.containsKey("title:d.tail.r+lex:vol"), x.toString());
        assertTrue(x.containsKey("title:d.tail.r+digit"));
        assertFalse(x.containsKey("title:d.tail.r+year"), "2 is not a year");
        assertTrue(x.containsKey("title:d.tail.r+w2-3"));
        assertTrue(x.containsKey("title:d.tail.r+first,"));
        assertTrue(x.containsKey("title:d.tail.r+lastL"));
    }

    @Test
    void aYearAtTheHeadOfTheRulesTitle() {
        // references/ru-khlevniuk-stalin-zhizn-notes: "1953 год. Между прошлым и будущим. Каталог выставки. М., 2003"
        Map<String, Double> x = diff("title", "1953 год. Между прошлым и будущим. Каталог выставки",
                "Между прошлым и будущим. Каталог выставки");
        assertEquals(1.0, x.get("title:d.head.r+"), x.toString());
        assertTrue(x.containsKey("title:d.head.r+year"));
        assertTrue(x.containsKey("title:d.head.r+w2-3"));
        assertTrue(x.containsKey("title:d.head.r+firstD"));
    }

    @Test
    void valuesThatShareNoEndAndEqualValuesGiveNoPiece() {
        // references/en-caloss-us-diplomatic-history-188: a chapter's title and its book's read as the title
        Map<String, Double> x = diff("title", "Approaching the Study of American Foreign Relations",
                "Major Problems in American Foreign Relations");
        assertEquals(1.0, x.get("title:d.head.both"), x.toString());  // they share their tail, differ at the head
        assertTrue(diff("title", "Our Enver", "Our Enver").isEmpty());
        assertTrue(diff("title", null, "Our Enver").isEmpty());
    }

    @Test
    void marksOpenedAndNotClosed() {
        // references/koenker-history-328: "Elena Zubkova, _Russia after the War: Hopes, Illusions, and Disappointments (_ 1998)"
        Map<String, Double> x = diff("title", "Russia after the War: Hopes, Illusions, and Disappointments (",
                "Russia after the War: Hopes, Illusions, and Disappointments");
        assertEquals(1.0, x.get("title:r.unpaired"));
        assertFalse(x.containsKey("title:t.unpaired"));
        // references/kucher-environmental-history-water: the rules cut inside "_The Earth Modified … of _Man and Nature_ (1863)_"
        assertTrue(ValueDiffs.unpaired("The Earth Modified by Human Action. A New Edition of _Man and Nature"));
        // references/de-wiesbaden-widerstand-literatur: the tagger cut between the German quotes' marks
        assertTrue(ValueDiffs.unpaired("Toni Sender – aus Amerika ein \u201EBlick nach Deutschland"));
        assertFalse(ValueDiffs.unpaired("Toni Sender – aus Amerika ein \u201EBlick nach Deutschland\u201C"));
        assertFalse(ValueDiffs.unpaired("Dreams of the \u201CNew Man\u201D (1920\u20131935)"));
        assertFalse(ValueDiffs.unpaired("\u00ABТорговля и кредит в уезде\u00BB"));
    }
}
