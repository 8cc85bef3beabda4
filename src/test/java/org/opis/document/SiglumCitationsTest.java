package org.opis.document;

import org.junit.jupiter.api.Test;
import org.opis.cite.Locator;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SiglumCitationsTest {

    @Test
    void volumeInCapitalsThenPage() {
        // "(*RR*, I, 319)" and "(*RR*, III, 1228-29)" (it-atlante-calvino-*): Calvino's Romanzi e racconti, volume and page
        assertEquals(List.of(new Locator("volume", "I"), new Locator("page", "319")), SiglumCitations.locators("I, 319"));
        assertEquals(List.of(new Locator("volume", "III"), new Locator("page", "1228–1229")), SiglumCitations.locators("III, 1228-29"));
        assertEquals(List.of(new Locator("volume", "2"), new Locator("page", "45")), SiglumCitations.locators("2, 45"));
        assertEquals(List.of(new Locator("page", "12")), SiglumCitations.locators("p. 12"));
    }

    @Test
    void aYearOrWordsAreNoPinpoint() {
        // "(*NATO*, 1949)" dates an institution; "(*USA*, passim)" holds no page
        assertEquals(List.of(), SiglumCitations.locators("1949"));
        assertEquals(List.of(), SiglumCitations.locators("passim"));
        assertEquals(List.of(), SiglumCitations.locators("corsivo nostro"));
    }
}
