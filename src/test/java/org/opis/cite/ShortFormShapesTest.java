package org.opis.cite;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Short-form shapes met on round 13's unseen notes (references/de-ki-agile-kurzbelege, pt-abnt-dramance-notes):
 * the German Kurzbeleg with initialled authors and a short title, ABNT surnames in capitals.
 */
class ShortFormShapesTest {

    @Test
    void kurzbelegIsFamiliesThenShortTitle() {
        InitialledAuthors.Read r = InitialledAuthors.read("Neumann, M. et al., GenAI Adoption").orElseThrow();
        assertEquals(List.of("Neumann"), r.families());
        assertTrue(r.etAl());
        assertEquals("GenAI Adoption", r.title());
        r = InitialledAuthors.read("Swaraj, A., Kumar, S., Trust But Verify").orElseThrow();
        assertEquals(List.of("Swaraj", "Kumar"), r.families());
        assertFalse(r.etAl());
        assertEquals("Trust But Verify", r.title());
        r = InitialledAuthors.read("Kharma, M. F. et al., LLM-Generated Code").orElseThrow();
        assertEquals(List.of("Kharma"), r.families());
        assertEquals("LLM-Generated Code", r.title());
        assertTrue(InitialledAuthors.withShortTitle("Pearce, H. et al., Asleep at the Keyboard"));
        // an inverted name alone has no short title; plain author lists are not read
        assertFalse(InitialledAuthors.withShortTitle("Schwaber, K., Sutherland, J."));
        assertTrue(InitialledAuthors.read("Davies and Wheatcroft").isEmpty());
        assertTrue(InitialledAuthors.read("Kotkin, Magnetic Mountain").isEmpty());
    }

    @Test
    void capitalSurnamesAreNotAbbreviations() {
        assertTrue(CapitalSurnames.surnames("ORLANDI"));
        assertTrue(CapitalSurnames.surnames("FAROULT; ROBSON"));
        assertFalse(CapitalSurnames.surnames("USSR"));
        assertFalse(CapitalSurnames.surnames("CPSU"));
        assertFalse(CapitalSurnames.surnames("NKVD"));
        assertFalse(CapitalSurnames.surnames("Orlandi"));
        String t = "ORLANDI, 2015, p. 26";
        assertTrue(CapitalSurnames.pageAfter(t, t.indexOf("2015") + 4, t.length()));
        String gloss = "USSR, 1922–1991";
        assertFalse(CapitalSurnames.pageAfter(gloss, gloss.length(), gloss.length()));
    }

    @Test
    void abntNoteIsACitationAndAGlossIsNot() {
        CitationScanner sc = new CitationScanner(new BasicArchivalReader(), n -> false);
        List<InTextCitation> found = sc.scan(new org.opis.text.SourceText("n.md",
                "Texto.[^1] O período (USSR, 1922–1991) acabou.\n\n[^1]: ORLANDI, 2015, p. 26\n"));
        assertEquals(1, found.size(), found::toString);
        assertEquals("ORLANDI", found.get(0).who());
        assertEquals(List.of(new Locator("page", "26")), found.get(0).locators());
    }
}
