package org.opis.reflist;

import org.junit.jupiter.api.Test;
import org.opis.reflist.tagger.Field;
import org.opis.reflist.tagger.Label;
import org.opis.reflist.tagger.Tagger;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opis.reflist.tagger.Evaluation.comparableText;

/**
 * {@link DatesReadElsewhere} on real shapes, the tagger's date span written out as round 27's 153-list tagger read it
 * (expected values checked against the entries).
 */
class DatesReadElsewhereTest {

    private static Tagger.Tagged tagged(String entry, String date) {
        int s = entry.indexOf(date);
        return new Tagger.Tagged(entry, List.of(), new int[0], List.of(new Field(Label.DATE, date, s, s + date.length(), 0.8, List.of())));
    }

    private static FieldChooser.Readings readings(String rulesDate, String taggerDate) {
        return new FieldChooser.Readings(Map.of("issued", comparableText(rulesDate)), Map.of("issued", comparableText(taggerDate)), Map.of());
    }

    @Test
    void aVolumesPeriodTheRulesKeptAsideIsNotTheDate() {
        // the volume's period (1912–1944), kept aside by the rules; the imprint's year 1984 is the date
        String e = "История Албании. Т. 2 (1912–1944). 3-е изд. / под ред. В. П. Орлова. М. : Наука, 1984.";
        assertEquals(List.of("volume"), DatesReadElsewhere.mend(List.of("issued", "volume"), readings("1984", "1912–1944"),
                Map.of("note", "1912–1944"), tagged(e, "1912–1944")));
    }

    @Test
    void aSingleYearTheRulesKeptAsideStaysTheTaggers() {
        // references/eckenstaler-open-science-notes: gold issued 1998, original date 1997; the rules took 1997 and kept 1998 aside
        String e = "Frank Bajohr: ,,Arisierung\" in Hamburg. Die Verdrängung der jüdischen Unternehmer 1933-1945, 2. Aufl., Hamburg 1998 (zuerst 1997)";
        assertEquals(List.of("issued"), DatesReadElsewhere.mend(List.of("issued"), readings("1997", "1998"), Map.of("note", "1998"), tagged(e, "1998")));
    }

    @Test
    void aPeriodTheRulesDidNotReadElsewhereStaysTheTaggers() {
        // a multi-volume work published over years: the rules read only the first year, the period is read nowhere else
        String e = "Hinsley, F. H. British Intelligence in the Second World War. London: HMSO, 1979–1990.";
        assertEquals(List.of("issued"), DatesReadElsewhere.mend(List.of("issued"), readings("1979", "1979–1990"), Map.of(), tagged(e, "1979–1990")));
    }
}
