package org.opis.reflist;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ListedNumbersTest {

    private static FieldChooser.Readings volumes(String rules, String tagger) {
        return new FieldChooser.Readings(Map.of("volume", rules.replaceAll("\\D", "")), Map.of("volume", tagger.replaceAll("\\D", "")), Map.of(),
                Map.of("volume", rules), Map.of("volume", tagger));
    }

    @Test
    void aListCutShortByTheTaggerStaysTheRules() {
        // "Gromyko, A.A. *Pamjatnoe*. T. 2, 4. Moscow, 1988." (ReferenceListParserTest): the tagger read volume 2 only
        assertEquals(List.of(), ListedNumbers.mend(List.of("volume"), volumes("2, 4", "2")));
        assertEquals(List.of(), ListedNumbers.mend(List.of("volume"), volumes("1–3", "1")));
    }

    @Test
    void aDifferentNumberIsLeftToTheChooser() {
        assertEquals(List.of("volume"), ListedNumbers.mend(List.of("volume"), volumes("24", "2")));
        assertEquals(List.of("volume"), ListedNumbers.mend(List.of("volume"), volumes("3", "2")));
    }
}
