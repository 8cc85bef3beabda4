package org.opis.reflist;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link ChoiceChecks#keep}: the rules' date that holds the tagger's and more stays the rules'. */
class FullerRulesDateTest {

    @Test
    void aBimonthlyIssuesRangeStaysTheRules() {
        // references/lentner-us-foreign-policy: "Michael Mandelbaum, "Foreign Policy as Social Work," _Foreign Affairs 75_
        // (January/February 1996): 16-32" — the rules read January to February 1996, the tagger January 1996
        var rd = new FieldChooser.Readings(Map.of("issued", "1996-1/1996-2"), Map.of("issued", "1996-1"), Map.of());
        String entry = "Michael Mandelbaum, \"Foreign Policy as Social Work,\" _Foreign Affairs 75_ (January/February 1996): 16-32";
        assertEquals(List.of(), ChoiceChecks.keep(List.of("issued"), entry, null, Map.of(), rd));
    }

    @Test
    void aDifferentDateIsLeftToTheChooser() {
        var rd = new FieldChooser.Readings(Map.of("issued", "1995-1/1995-2"), Map.of("issued", "1996-1"), Map.of());
        assertEquals(List.of("issued"), ChoiceChecks.keep(List.of("issued"), "(January/February 1996)", null, Map.of(), rd));
    }
}
