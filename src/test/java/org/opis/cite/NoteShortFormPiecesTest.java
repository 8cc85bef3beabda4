package org.opis.cite;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 29's smaller readers, on the notes they were measured on: a pinpoint after a year-only parenthesis and the first of
 * comma-joined authors (en-wikipedia-warring-states-citations-sources), a range narrowed to its cited page
 * (en-wikipedia-peter-iii-aragon-references-bibliography), a family name cited by its words before an inner particle and
 * the semicolons of a volume's editors (en-wikipedia-louis-xiii-notes-references).
 */
class NoteShortFormPiecesTest {

    @Test
    void pinpointAfterAYearParenthesis() {
        String t = "  10. ^ _**a**_ _**b**_ _**c**_ Cotterell (2010), pp. 90–91.";
        ParenYearPinpoint.Reading r = ParenYearPinpoint.after(Locators.standard(), t, t.indexOf(')'));
        assertEquals("page", r.locators().locators().get(0).label());
        assertEquals("90–91", r.locators().locators().get(0).value());
        String v = "  18. **^** Tzu & Griffith (1963), p. v.";
        assertEquals("v", ParenYearPinpoint.after(Locators.standard(), v, v.indexOf(')')).locators().locators().get(0).value());
        String prose = "as Smith (2010), 45 people agreed";
        assertNull(ParenYearPinpoint.after(Locators.standard(), prose, prose.indexOf(')')));
    }

    @Test
    void commaJoinedAuthorsAtANotesStart() {
        String t = "  17. **^** Ebrey, Walthall & Palais (2006), p. 29.";
        int end = t.indexOf(" (2006)");
        int start = t.indexOf("Walthall");
        assertEquals(t.indexOf("Ebrey"), CommaJoinedNames.start(t, start, end, ScannerWords.STANDARD));
        String prose = "It grew. Later, Smith & Jones (2006) argued";
        assertEquals(prose.indexOf("Smith"), CommaJoinedNames.start(prose, prose.indexOf("Smith"), prose.indexOf(" (2006)"), ScannerWords.STANDARD));
    }

    @Test
    void aRangeNarrowedToThePageCitedInIt() {
        Locators.Reading r = Locators.standard().read("pp. 167–183, at 180.");
        assertEquals(1, r.locators().size());
        assertEquals("180", r.locators().get(0).value());
        // a page outside the range is not taken, nor "at" before a word
        assertEquals("167–183", Locators.standard().read("pp. 167–183, at 190.").locators().get(0).value());
        assertEquals("167–183", Locators.standard().read("pp. 167–183, at Brepols").locators().get(0).value());
    }

    @Test
    void familyCitedByItsWordsBeforeAnInnerParticle() {
        assertEquals(List.of("Anselme"), FamilyNameForms.of("Anselme de Sainte-Marie", ScannerWords.STANDARD));
        assertEquals(List.of(), FamilyNameForms.of("van der Linden", ScannerWords.STANDARD));
        assertEquals(List.of(), FamilyNameForms.of("Moote", ScannerWords.STANDARD));
    }

    @Test
    void semicolonsBetweenAVolumesEditors() {
        String before = "Tilly, Charles (1985). \"War making and state making as organized crime\". In Evans, P.B.";
        assertTrue(NameListPieces.editorSemicolon(before, " Rueschemeyer, D.; Skocpol, T. (eds.). _Bringing the State Back In_. p. 174."));
        assertTrue(NameListPieces.editorSemicolon(before + "; Rueschemeyer, D.", " Skocpol, T. (eds.). _Bringing the State Back In_. p. 174."));
        // two works after "In" with no editors' role: parted as before
        assertFalse(NameListPieces.editorSemicolon("See the essay In Evans, P.B.", " Rueschemeyer 1985, p. 3."));
    }
}
