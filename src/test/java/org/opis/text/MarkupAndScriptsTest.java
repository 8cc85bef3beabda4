package org.opis.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkupAndScriptsTest {

    @Test
    void cleanRemovesEmphasisTagsAndDoubledAngleBrackets() {
        assertEquals("Stalin i Tito", Markup.clean("*Stalin i Tito*"));
        assertEquals("Moscow, 2014b", Markup.clean("Moscow, 2014<sup>b</sup>"));
        assertEquals("http://example.org/a", Markup.clean("<<http://example.org/a>>"));
        assertEquals("a < b", Markup.clean("a < b"));
        assertEquals("one two", Markup.clean("  one \n  two "));
    }

    @Test
    void curlyAndStraightApostrophesAreBothSoftSigns() {
        assertTrue(Markup.isApostrophe('\''));
        assertTrue(Markup.isApostrophe('’'));
        assertEquals("Kreml' i Azija, s'ezd", Markup.straightApostrophes("Kreml’ i Azija, s'ezd"));
    }

    @Test
    void latinWordWithCyrillicLettersIsFound() {
        List<Scripts.MixedWord> w = Scripts.mixedWords("Istorija sovetско-albanskih otnoshenij");
        assertEquals(1, w.size());
        assertEquals("sovetско", w.get(0).word());
        assertEquals(9, w.get(0).start());
        assertEquals("sovetsko", Scripts.cleanSpelling(w.get(0), true));
    }

    @Test
    void lookAlikeRepairsByShapeWhenNotPhonetic() {
        Scripts.MixedWord w = Scripts.mixedWords("Сold War").get(0); // Cyrillic С
        assertEquals("Cold", Scripts.cleanSpelling(w, false));
    }

    @Test
    void cyrillicWordWithLatinLookAlikeGetsCyrillicLetters() {
        Scripts.MixedWord w = Scripts.mixedWords("Москвa").get(0); // Latin a at the end
        assertFalse(w.mostlyLatin());
        assertEquals("Москва", Scripts.cleanSpelling(w, true));
    }

    @Test
    void cleanWordsAreNotReported() {
        assertTrue(Scripts.mixedWords("Москва Moscow Hà Nội").isEmpty());
    }
}
