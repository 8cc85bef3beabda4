package org.opis.reflist;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValueShapesTest {

    private static Map<String, Double> shapes(String field, String value) {
        Map<String, Double> x = new LinkedHashMap<>();
        ValueShapes.add(x, field, "t", value);
        return x;
    }

    @Test
    void aPublisherWithItsPublisherWordAndAPlaceReadAsPublisher() {
        // references/wikipedia-history-of-cuba: "Durham, NC: Duke University Press"
        Map<String, Double> good = shapes("publisher", "Duke University Press");
        assertTrue(good.containsKey("publisher:t.lex:pubword"), good.toString());
        assertTrue(good.containsKey("publisher:t.w2-3"));
        assertFalse(good.containsKey("publisher:t.digit"));
        // the same list's misread: place, publisher and pages in one field
        Map<String, Double> bad = shapes("publisher", "Durham, NC: Duke University Press. pp. 199–238");
        assertTrue(bad.containsKey("publisher:t.colon"));
        assertTrue(bad.containsKey("publisher:t.digit"));
        assertTrue(bad.containsKey("publisher:t.lex:page"), bad.toString());
        assertTrue(bad.containsKey("publisher:t.w4-8"));
    }

    @Test
    void namesCountAndNamesWithoutAGivenName() {
        // references/ph-fr-transcription-graphies: "Vidal-Gorène, Dupin, Decours-Perez, Riccioli." read as two inverted names
        Map<String, Double> x = shapes("author", "Vidal-Gorène, Dupin; Decours-Perez, Riccioli");
        assertEquals(1.0, x.get("author:t.n2"));
        assertFalse(x.containsKey("author:t.noGiven"));
        Map<String, Double> y = shapes("author", "Vidal-Gorène, ; Dupin, ; Decours-Perez, ; Riccioli, ");
        assertEquals(1.0, y.get("author:t.n3"));
        assertEquals(1.0, y.get("author:t.noGiven"));
    }
}
