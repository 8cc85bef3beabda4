package org.opis.cite;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A primary source cited in a translation's pages, on notes of Wikipedia's "Mansa Musa" (references/en-wikipedia-mansa-musa-primary-sources). */
class TranslationPagesTest {

    @Test
    void thePinpointIsTheTranslationsPage() {
        String note = "Al-Umari, translated in Levtzion & Hopkins 2000, p. 267";
        int r = note.indexOf("translated");
        assertEquals(note.indexOf("p. 267"), TranslationPages.pinpointStart(ScannerWords.STANDARD, note, r, note.length()));
        String sadi = "al-Sadi, translated in Hunwick 1999, p. 10";
        assertEquals(sadi.indexOf("p. 10"), TranslationPages.pinpointStart(ScannerWords.STANDARD, sadi, sadi.indexOf("translated"), sadi.length()));
    }

    @Test
    void withoutTheJoiningWordsNothingMoves() {
        String note = "Al-Umari, Chapter 10.";
        int r = note.indexOf("Chapter");
        assertEquals(r, TranslationPages.pinpointStart(ScannerWords.STANDARD, note, r, note.length()));
    }
}
