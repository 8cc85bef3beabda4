package org.opis.reflist;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link ChoiceChecks#lostTitle}: the tagger's empty title is not taken when no field of it holds the rules' title. */
class LostTitleTest {

    @Test
    void aTitleNoTaggerFieldHoldsStaysTheRules() {
        // the bundled note's "History and Public Policy Program, Woodrow Wilson Center. *Digital Archive: International
        // History Declassified* <<http://…>>": the 52-list model labelled the title's words other
        var rd = new FieldChooser.Readings(
                Map.of("author", "historyandpublicpolicyprogramwoodrowwilsoncenter", "title", "digitalarchiveinternationalhistorydeclassified"),
                Map.of("author", "historyandpublicpolicyprogramwoodrowwilsoncenter", "URL", "digital"), Map.of());
        String entry = "History and Public Policy Program, Woodrow Wilson Center. *Digital Archive: International History Declassified* "
                + "<<http://digitalarchive.wilsoncenter.org/>> (accessed 11 May 2017).";
        assertEquals(List.of("URL"), ChoiceChecks.lostTitle(List.of("title", "URL"), entry, rd));
    }

    @Test
    void aTitleTheTaggerReadAsOtherFieldsIsLeftToTheChooser() {
        // the rules' title "Vepra. Sv. 8" is the tagger's container and volume: nothing is lost by leaving the title empty
        var rd = new FieldChooser.Readings(Map.of("title", "veprasv8"), Map.of("container-title", "veprasv", "volume", "8"), Map.of());
        assertEquals(List.of("title"), ChoiceChecks.lostTitle(List.of("title"), "*Vepra. Sv. 8*", rd));
    }

    @Test
    void aShortFormsWordsSetApartByNothingAreLeftToTheChooser() {
        // references/eckenstaler-open-science-notes: "Nietzel 2009, S. 561" has no title; the rules read its words as one
        var rd = new FieldChooser.Readings(Map.of("title", "nietzel2009s561"), Map.of("author", "nietzel", "issued", "2009", "page", "561"), Map.of());
        assertEquals(List.of("title"), ChoiceChecks.lostTitle(List.of("title"), "Nietzel 2009, S. 561", rd));
    }
}
