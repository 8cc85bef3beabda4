package org.opis.reflist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shapes of the round-20 (hB) real lists read by the rules: a library call number in parentheses where the
 * imprint would stand ({@link CallNumbers}; {@code references/en-intellectual-history-469-darwin}), a Roman volume
 * after an italic journal and a comma ({@code TailContainers}' volume after the container; same list), a journal's
 * series after its name ({@link JournalSeries}; {@code references/en-rutgers-early-america-field-list}) and a
 * state's postal code after the place ({@link StateCodes}; same list). Entries verbatim from those lists; expected
 * values checked against the entry text. Each was misread before (the call number read as publisher and year; the
 * volume and pages read as a place; {@code 3d ser.} read into the journal's name; {@code NC} read as the publisher).
 */
class CallNumberAndSeriesShapesTest {

    private static CSLItemData read(String entry) {
        return RuleReader.read(entry).orElseThrow();
    }

    private static List<String> families(CSLName[] names) {
        return names == null ? List.of() : Arrays.stream(names).map(CSLName::getFamily).toList();
    }

    @Test
    void aCallNumberClosingTheEntryIsNoImprint() {
        CSLItemData d = read("Asa Gray, _Darwiniana_ (QH367 G77 1963)");
        assertEquals(List.of("Gray"), families(d.getAuthor()));
        assertEquals("Darwiniana", d.getTitle());
        assertEquals("QH367 G77 1963", d.getCallNumber());
        assertNull(d.getPublisher());
        assertNull(d.getIssued());
        d = read("Ronald L. Numbers, _Darwinism Comes to America_ (231.76520973 N971d 1998)");
        assertEquals("Darwinism Comes to America", d.getTitle());
        assertEquals("231.76520973 N971d 1998", d.getCallNumber());
        assertNull(d.getPublisher());
        assertNull(d.getIssued());
        d = read("Peter J. Bowler, _Charles Darwin: the Man and His Influence_ (QH31 .D2 B743 1991)");
        assertEquals("QH31 .D2 B743 1991", d.getCallNumber());
        assertNull(d.getIssued());
    }

    @Test
    void anImprintInParenthesesIsNoCallNumber() {
        // references/en-rutgers-early-america-field-list
        CSLItemData d = read("Richard White, The Middle Ground: Indians, Empires, and Republics in the Great Lakes Region, 1650-1815 (New York, 1991).");
        assertNull(d.getCallNumber());
        assertEquals("New York", d.getPublisherPlace());
        assertEquals(1991, d.getIssued().getDateParts()[0][0]);
        assertFalse(CallNumbers.isCallNumber("manuscript 1995"));
        assertFalse(CallNumbers.isCallNumber("Ed."));
        assertFalse(CallNumbers.isCallNumber("Vol 2"));
        assertFalse(CallNumbers.isCallNumber("London, 1960"));
        assertTrue(CallNumbers.isCallNumber("AC8F6 1902 v.21"));
        assertTrue(CallNumbers.isCallNumber("575.D228"));
    }

    @Test
    void aRomanVolumeAfterAnItalicJournalIsTheVolume() {
        CSLItemData d = read("Louis Agassiz, \"Evolution and Permanence of Type,\" _Atlantic Monthly_ , XXXIII (January, 1874), 92-101.");
        assertEquals("Atlantic Monthly", d.getContainerTitle());
        assertEquals("XXXIII", d.getVolume());
        assertEquals("92-101", d.getPage());
        assertNull(d.getPublisherPlace());
        assertEquals(1874, d.getIssued().getDateParts()[0][0]);
    }

    @Test
    void aJournalsSeriesIsNoPartOfItsName() {
        CSLItemData d = read("James A. Hijiya, \"Why the West Is Lost,\" WMQ 3d ser., 51 (1994): 276-292.");
        assertEquals("Why the West Is Lost", d.getTitle());
        assertEquals("WMQ", d.getContainerTitle());
        assertEquals("51", d.getVolume());
        assertEquals("276-292", d.getPage());
        // a name that ends in no series stays whole
        d = read("William Cronon, \"Revisiting the Vanishing Frontier: The Legacy of Frederick Jackson Turner,\" The Western Historical Quarterly, 18 (1987): 157-176.");
        assertEquals("The Western Historical Quarterly", d.getContainerTitle());
    }

    @Test
    void aStateCodeAfterThePlaceIsPartOfThePlace() {
        CSLItemData d = read("Amy R. W. Meyers and Margaret Pritchard, Empire's Nature: Mark Catesby's New World Vision (Chapel Hill, NC, 1999).");
        assertEquals(List.of("Meyers", "Pritchard"), families(d.getAuthor()));
        assertEquals("Chapel Hill, NC", d.getPublisherPlace());
        assertNull(d.getPublisher());
        assertTrue(StateCodes.closePlace("Urbana, IL"));
        assertFalse(StateCodes.closePlace("Paris, Fayard"));
    }
}
