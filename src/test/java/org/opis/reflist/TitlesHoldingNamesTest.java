package org.opis.reflist;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TitlesHoldingNamesTest {

    private static FieldChooser.Readings readings(String rulesTitle, String taggerAuthor, String taggerTitle) {
        return new FieldChooser.Readings(Map.of("title", rulesTitle.toLowerCase()), Map.of("author", taggerAuthor.toLowerCase(), "title", taggerTitle.toLowerCase()),
                new java.util.HashMap<>(), Map.of("title", rulesTitle), Map.of("author", taggerAuthor, "title", taggerTitle));
    }

    @Test
    void theTaggersAuthorTakesItsTitleWhenTheRulesTitleHoldsTheName() {
        // references/betts-war-peace-strategy: "Salvador de Madariaga, Disarmament (Coward-McCann, 1929)." — the rules read
        // no author and the whole head as the title
        FieldChooser.Readings rd = readings("Salvador de Madariaga, Disarmament", "Madariaga, Salvador", "Disarmament");
        assertEquals(List.of("author", "title"), TitlesHoldingNames.mend(List.of("author"), rd));
        // the author not taken from the tagger, or a tagger title that is not in the rules' one: nothing changes
        assertEquals(List.of("publisher"), TitlesHoldingNames.mend(List.of("publisher"), rd));
        rd = readings("Salvador de Madariaga, Disarmament", "Madariaga, Salvador", "Theory and Practice");
        assertEquals(List.of("author"), TitlesHoldingNames.mend(List.of("author"), rd));
        // a title that names its subject ("Stalin: A Biography" by Service) does not hold its author
        rd = readings("Stalin: A Biography", "Service, Robert", "Stalin");
        assertEquals(List.of("author"), TitlesHoldingNames.mend(List.of("author"), rd));
    }
}
