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

    @Test
    void theTaggersAuthorHoldingTheRulesTitleIsLeft() {
        // a one-word title after a name in reading order, no italics: "Ian Kershaw, Hitler (London: Allen Lane, 1998)."
        FieldChooser.Readings rd = new FieldChooser.Readings(Map.of("author", "kershaw ian", "title", "hitler"),
                Map.of("author", "ian kershaw hitler", "title", "hitler"), new java.util.HashMap<>(),
                Map.of("author", "Kershaw, Ian", "title", "Hitler"), Map.of("author", "Ian Kershaw, Hitler", "title", "Hitler"));
        assertEquals(List.of("publisher"), TitlesHoldingNames.namesHoldingTitle(List.of("author", "publisher"), rd));
        // names that do not hold the title are taken as chosen
        rd = new FieldChooser.Readings(Map.of("author", "kershaw i", "title", "hitler"),
                Map.of("author", "kershaw ian", "title", "hitler"), new java.util.HashMap<>(),
                Map.of("author", "Kershaw, I.", "title", "Hitler"), Map.of("author", "Kershaw, Ian", "title", "Hitler"));
        assertEquals(List.of("author"), TitlesHoldingNames.namesHoldingTitle(List.of("author"), rd));
    }
}
