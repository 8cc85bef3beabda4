package org.opis.reflist;

import org.junit.jupiter.api.Test;
import org.opis.reflist.tagger.Tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpanBeliefTest {
    // references/ru-rossiya-i-russkie-notes: a GOST note on an English book
    private static final String ENTRY = "Kotkin Stephen. Magnetic Mountain: Stalinism as a Civilization. — Berkeley: University of California Press, 1995. — P. 225-230.";

    @Test
    void theModelsBeliefInAReadingOfAField() throws Exception {
        Tagger.Tagged t = Tagger.bundled().tag(ENTRY);
        double title = SpanBelief.of(t, "title", "Magnetic Mountain: Stalinism as a Civilization");
        double publisher = SpanBelief.of(t, "publisher", "University of California Press");
        double titleAsPublisher = SpanBelief.of(t, "publisher", "Magnetic Mountain: Stalinism as a Civilization");
        double placeAsTitle = SpanBelief.of(t, "title", "Berkeley");
        assertTrue(title > 0.8, "title " + title);
        assertTrue(publisher > 0.8, "publisher " + publisher);
        assertTrue(titleAsPublisher < 0.1, "title read as publisher " + titleAsPublisher);
        assertTrue(placeAsTitle < 0.1, "place read as title " + placeAsTitle);
    }

    @Test
    void namesAreFoundByTheirWordsAndAValueNotInTheEntryHasNoBelief() throws Exception {
        Tagger.Tagged t = Tagger.bundled().tag(ENTRY);
        // a names value is written "family, given" by the chooser: its words are found wherever they stand
        assertTrue(SpanBelief.of(t, "author", "Kotkin, Stephen") > 0.8);
        assertEquals(-1, SpanBelief.of(t, "title", "Peasants of the Steppe"));
        assertEquals(-1, SpanBelief.of(t, "title", null));
        assertEquals(-1, SpanBelief.of(new Tagger.Tagged(ENTRY, t.tokens(), t.labels(), t.fields()), "title", "Magnetic Mountain"));
    }
}
