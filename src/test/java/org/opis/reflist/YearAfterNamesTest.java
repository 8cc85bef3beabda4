package org.opis.reflist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Romanian course bibliographies: names family first without a comma, the year in parentheses, then title and imprint
 * set apart by commas ({@link YearAfterNames}). Entries verbatim from {@code references/ro-geografie-fizica-bibliografie};
 * expected values checked against the entry text. Before, the whole entry was read as the title.
 */
class YearAfterNamesTest {

    private static CSLItemData read(String entry) {
        return RuleReader.read(entry).orElseThrow();
    }

    private static List<String> names(CSLName[] names) {
        return names == null ? List.of() : Arrays.stream(names).map(n -> n.getFamily() + "|" + n.getGiven()).toList();
    }

    @Test
    void familyGivenYearTitlePublisherPlacePages() {
        CSLItemData d = read("Mihăilescu Vintilă (1969) Geografia fizică a României, Editura Științifică, București, 319 p.");
        assertEquals(List.of("Mihăilescu|Vintilă"), names(d.getAuthor()));
        assertEquals(1969, d.getIssued().getDateParts()[0][0]);
        assertEquals("Geografia fizică a României", d.getTitle());
        assertEquals("Editura Științifică", d.getPublisher());
        assertEquals("București", d.getPublisherPlace());
    }

    @Test
    void severalNamesAndAVolume() {
        CSLItemData d = read("Ielenicz Mihai, Pătru Ileana Georgeta (2005) Geografia fizică a României, Editura Universitară,"
                + " București, vol. 1, 256 p.");
        assertEquals(List.of("Ielenicz|Mihai", "Pătru|Ileana Georgeta"), names(d.getAuthor()));
        assertEquals("1", d.getVolume());
        assertEquals("Editura Universitară", d.getPublisher());
    }

    @Test
    void coordinatorsAreEditors() {
        CSLItemData d = read("Gafta D., Mountford O. (coord.) (2008) Manual de interpretare a habitatelor NATURA 2000 din"
                + " România, Editura Risoprint, Cluj-Napoca, 101 p.");
        assertEquals(List.of("Gafta|D.", "Mountford|O."), names(d.getEditor()));
        assertNull(d.getAuthor());
        assertEquals("Editura Risoprint", d.getPublisher());
    }

    @Test
    void commaBetweenFamilyAndGivenAndATitleWithCommas() {
        CSLItemData d = read("Tufescu Victor (1974) România. Natură, om, economie, Editura Didactică și Pedagogică, București.");
        assertEquals("România. Natură, om, economie", d.getTitle());
        CSLItemData e = read("Dragotă, Carmen-Sofia (2006) Precipitațiile excedentare în România, Editura Academiei Române,"
                + " București.");
        assertEquals(List.of("Dragotă|Carmen-Sofia"), names(e.getAuthor()));
    }

    @Test
    void notTheAuthorDateShapeWithAFullStopAfterTheYear() {
        assertEquals(false, YearAfterNames.read("Kenneth Waltz (1979). Theory of International Politics.", new Draft()));
    }
}
