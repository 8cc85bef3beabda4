package org.opis.cite;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** German short forms "Names: Title, Year, S. N" in brackets (de-protirone-diagramme-aao-ebda), their repeats, and what is none. */
class ColonShortFormsTest {

    private static List<ColonShortForms.Hit> find(String t) {
        return ColonShortForms.find(t, ScannerWords.STANDARD, Locators.standard(), List.of());
    }

    private static String loc(ColonShortForms.Hit h) {
        return h.locators().isEmpty() ? "-" : h.locators().get(0).label() + " " + h.locators().get(0).value();
    }

    @Test
    void bracketsWithArrowLeadWordAndPage() {
        List<ColonShortForms.Hit> h = find("[...] welche Rolle gerade die Programmkontrolle (besitze) [...] "
                + "[vgl. → Oestereich u. Scheithauer: UML-Kurzreferenz, 2014, S. 142f]:");
        assertEquals(1, h.size());
        assertEquals("Oestereich und Scheithauer", h.get(0).who());
        assertEquals("UML-Kurzreferenz", h.get(0).title());
        assertEquals(2014, h.get(0).year().start());
        assertEquals("page 142f", loc(h.get(0)));
        List<ColonShortForms.Hit> k = find("\"aktive Zeit\". [vgl. → Kecher, Hoffmann-Elbern u. Will: UML 2.5, 2021, S. 353f]. Wir sehen");
        assertEquals("Kecher, Hoffmann-Elbern und Will", k.get(0).who());
        assertEquals("page 353f", loc(k.get(0)));
    }

    @Test
    void aContributionKeepsItsOwnTitleAndATypoedLeadWordIsSkipped() {
        List<ColonShortForms.Hit> h = find("[vl. Nüttgens u. Rump: Syntax und Semantik Ereignisgesteuerter Prozessketten (EPK), in J. Desel und "
                + "M. Weske [Hrsg.]: Promise, 2002, S.64 - 77]");
        assertEquals(1, h.size());
        assertEquals("Nüttgens und Rump", h.get(0).who());
        assertEquals("Syntax und Semantik Ereignisgesteuerter Prozessketten (EPK)", h.get(0).title());
        assertEquals(2002, h.get(0).year().start());
    }

    @Test
    void repeatsPointBack() {
        List<ColonShortForms.Hit> h = find("weglassen.\" [dies., ebda.]* und (vgl. ders., a.a.O., S. 433 - 439)");
        assertEquals(2, h.size());
        assertTrue(h.get(0).repeat() && h.get(0).locators().isEmpty());
        assertTrue(h.get(1).repeat());
        assertEquals("page 433–439", loc(h.get(1)));
    }

    @Test
    void pointersLinksImprintsAndProseAreNone() {
        assertEquals(0, find("**(II) Systematik [→ ZP:Sheet:3]** und *[→ Rezept:Flussdiagramm]*").size());
        assertEquals(0, find("[→ https://de.wikipedia.org/wiki/ARIS](https://de.wikipedia.org/wiki/ARIS)").size());
        // en-block-womens-history-notes, note 4: a full note's imprint after a comma
        assertEquals(0, find("ed. Thomas K. Landauer et al, (Mahwah, NJ: Laurence Erlbaum Associates, 2007), 427-428.").size());
        assertEquals(0, find("(Mahwah, NJ: Laurence Erlbaum Associates, 2007)").size());
        assertEquals(0, find("(Note: see the list, 2004)").size());
    }
}
