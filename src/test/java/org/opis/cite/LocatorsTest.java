package org.opis.cite;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LocatorsTest {

    private final Locators loc = Locators.standard();

    @Test
    void pagesRangeWithAbbreviatedEndIsExpanded() {
        assertEquals(List.of(new Locator("page", "134–136")), loc.read(", pp. 134–36").locators());
        assertEquals(List.of(new Locator("page", "104–105")), loc.read("pp. 104-5").locators());
        assertEquals(List.of(new Locator("page", "1496–1500")), loc.read("pp. 1496–500").locators());
    }

    @Test
    void capitalRomanAfterALabelIsRead() {
        // "(Calvino 2011, p. XII)" (it-atlante-calvino-dubbio-ivi-ibidem): front matter set in capitals
        assertEquals(List.of(new Locator("page", "XII")), loc.read(", p. XII").locators());
        assertEquals(List.of(new Locator("volume", "III"), new Locator("page", "51")), loc.read("vol. III, p. 51").locators());
        // an initial after a label is no number: C, D, L and M are not read, nor a capital alone before a word
        assertEquals(List.of(), loc.read("S. C. Smith").locators());
        assertEquals(List.of(), loc.read("p. Introduction").locators());
    }

    @Test
    void albanianFaqeAfterVolumeIsAPage() {
        assertEquals(List.of(new Locator("volume", "2"), new Locator("page", "153")),
                loc.read(", t. 2, f. 153").locators());
        assertEquals(List.of(new Locator("volume", "3"), new Locator("page", "700–701")),
                loc.read("v. 3, ff. 700–701").locators());
    }

    @Test
    void leavesAreFoliosAndListsAreKept() {
        assertEquals(List.of(new Locator("folio", "38, 39, 41")), loc.read("ll. 38, 39, 41").locators());
        assertEquals(List.of(new Locator("folio", "5ob.")), loc.read("l. 5ob.").locators());
    }

    @Test
    void listOfPagesAndRangesStaysOneLocator() {
        assertEquals(List.of(new Locator("page", "14, 18–19")), loc.read(", pp. 14, 18–19").locators());
    }

    @Test
    void bareNumberIsAPage() {
        assertEquals(List.of(new Locator("page", "45–47")), loc.read(": 45–7").locators());
    }

    @Test
    void readingStopsWhereTheLocatorsEnd() {
        String s = ", t. 2, f. 155. The next sentence.";
        Locators.Reading r = loc.read(s);
        assertEquals(", t. 2, f. 155", s.substring(0, r.consumed()));
    }

    @Test
    void cyrillicLabelsAreRead() {
        assertEquals(List.of(new Locator("volume", "3"), new Locator("page", "260")), loc.read("Т. 3, с. 260").locators());
    }

    @Test
    void reversedRangeKeepsTheWrittenEnd() {
        assertEquals(List.of(new Locator("page", "150–120")), loc.read("pp. 150–120").locators());
    }

    @Test
    void followingPagesRomanPagesAndParagraphs() {
        assertEquals(List.of(new Locator("page", "10f")), loc.read("S. 10f").locators());
        assertEquals(List.of(new Locator("page", "17f.")), loc.read(", S. 17f.").locators());
        assertEquals(List.of(new Locator("page", "57ff.")), loc.read(", 57 ff.").locators());
        // "f. 153" after a number is still a new label, the Albanian faqe
        assertEquals(List.of(new Locator("volume", "2"), new Locator("page", "153")), loc.read(", t. 2, f. 153").locators());
        assertEquals(List.of(new Locator("page", "xix")), loc.read(", xix").locators());
        assertEquals(List.of(), loc.read(", mix").locators());
        assertEquals(List.of(new Locator("paragraph", "5, 10, 15")), loc.read(", par.5,10,15").locators());
    }
}
