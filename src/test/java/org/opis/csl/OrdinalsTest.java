package org.opis.csl;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** CSL 1.0.2, "Ordinal Suffixes", "Gender-specific Ordinals" and "Number" (long-ordinal), with the CSL locale files. */
class OrdinalsTest {

    private static final String STYLE = "<style xmlns=\"http://purl.org/net/xbiblio/csl\" version=\"1.0\" class=\"in-text\"><info><title>t</title>"
            + "<id>t</id><updated>2020-01-01T00:00:00+00:00</updated></info><citation><layout><number variable=\"edition\" form=\"ordinal\"/>"
            + "<number variable=\"volume\" form=\"long-ordinal\"/></layout></citation></style>";

    @Test
    void englishSuffixesByLastDigitAndLastTwoDigits() {
        Ordinals en = Ordinals.of(STYLE, "en-US");
        // ordinal-01..03 match the last digit; ordinal-11..13 the last two digits and win over them
        String[][] cases = {{"1", "1st"}, {"2", "2nd"}, {"3", "3rd"}, {"4", "4th"}, {"11", "11th"}, {"12", "12th"}, {"13", "13th"},
                {"21", "21st"}, {"22", "22nd"}, {"23", "23rd"}, {"101", "101st"}, {"111", "111th"}, {"112", "112th"}, {"100", "100th"}};
        for (String[] c : cases) assertEquals(Optional.of(c[1]), en.format(c[0], "ordinal", "edition"), c[0]);
    }

    @Test
    void longOrdinalsUpToTenThenTheOrdinalForm() {
        Ordinals en = Ordinals.of(STYLE, "en-US");
        assertEquals(Optional.of("second"), en.format("2", "long-ordinal", "volume"));
        assertEquals(Optional.of("tenth"), en.format("10", "long-ordinal", "volume"));
        assertEquals(Optional.of("12th"), en.format("12", "long-ordinal", "volume"));
    }

    @Test
    void frenchOrdinalsFollowTheNounsGender() {
        Ordinals fr = Ordinals.of(STYLE, "fr-FR");
        // locales-fr-FR: édition is feminine (1re), volume masculine (1er), both 2e
        assertEquals(Optional.of("1ʳᵉ"), fr.format("1", "ordinal", "edition"));
        assertEquals(Optional.of("1ᵉʳ"), fr.format("1", "ordinal", "volume"));
        assertEquals(Optional.of("2ᵉ"), fr.format("2", "ordinal", "edition"));
        // match="whole-number": 21 is not 1
        assertEquals(Optional.of("21ᵉ"), fr.format("21", "ordinal", "edition"));
    }

    @Test
    void onlyWholeNumbersAndTheStylesOrdinalVariables() {
        Ordinals en = Ordinals.of(STYLE, "en-US");
        assertEquals(Optional.empty(), en.format("Rev. and expanded ed.", "ordinal", "edition"));
        assertEquals(Optional.empty(), en.format("2nd", "ordinal", "edition"));
        assertEquals(Set.of("edition:ordinal", "volume:long-ordinal"), Ordinals.variables(STYLE));
    }

    @Test
    void aStylesOwnOrdinalTermsReplaceTheLocalesAsAWhole() {
        String style = STYLE.replace("<citation>", "<locale xml:lang=\"en\"><terms><term name=\"ordinal\">.</term></terms></locale><citation>");
        Ordinals own = Ordinals.of(style, "en-US");
        assertEquals(Optional.of("2."), own.format("2", "ordinal", "edition"));
        assertEquals(Optional.of("second"), own.format("2", "long-ordinal", "volume"));
    }
}
