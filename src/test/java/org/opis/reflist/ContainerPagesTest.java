package org.opis.reflist;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContainerPagesTest {

    @Test
    void theTaggersRangeComesWithTheTaggersContainer() {
        // references/rosati-foreign-policy-analysis: "… International Organization 31 (Autumn 1977), pp. 879-920"; the rules read no container or page
        var rd = new FieldChooser.Readings(Map.of("title", "conclusion"), Map.of("container-title", "internationalorganization", "page", "879-920"), Map.of());
        assertEquals(List.of("container-title", "page"), ContainerPages.mend(List.of("container-title"), rd));
    }

    @Test
    void theRulesRangeStaysWithTheRulesContainer() {
        // references/en-rutgers-early-america-field-list: "… WMQ 3d ser., 46 (1989): 94-119."; the tagger read no page
        var rd = new FieldChooser.Readings(Map.of("container-title", "wmq", "page", "94-119"), Map.of("container-title", "wmq3dser"), Map.of());
        assertEquals(List.of("title"), ContainerPages.mend(List.of("title", "page"), rd));
    }

    @Test
    void aSinglePageIsLeftToTheChooser() {
        var rd = new FieldChooser.Readings(Map.of(), Map.of("container-title", "thestraitstimes", "page", "6"), Map.of());
        assertEquals(List.of("container-title"), ContainerPages.mend(List.of("container-title"), rd));
    }

    @Test
    void aJournalTheTaggerReadAsItsPublisherStaysTheRulesContainer() {
        // references/co-areandina-contexto-salud-bibliografia: "… Palimpsestus, 6, 163-176."; the rules read the journal with its
        // volume, the tagger the same words as the publisher and no container (PeriodicalsAsPublishers)
        var rd = new FieldChooser.Readings(Map.of("container-title", "palimpsestus", "volume", "6", "page", "163-176"),
                Map.of("publisher", "palimpsestus", "volume", "6", "page", "163-176"), Map.of());
        assertEquals(List.of("title"), PeriodicalsAsPublishers.mend(List.of("title", "container-title", "publisher"), rd));
        // a book's publisher the tagger read where the rules read no numbering is left to the chooser
        var book = new FieldChooser.Readings(Map.of("container-title", "palimpsestus"), Map.of("publisher", "palimpsestus"), Map.of());
        assertEquals(List.of("container-title", "publisher"), PeriodicalsAsPublishers.mend(List.of("container-title", "publisher"), book));
    }
}
