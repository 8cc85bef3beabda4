package org.opis.reflist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * German National Library catalogue records with areas set apart by {@code " - "} / {@code ". - "}, the heading before a
 * colon and the series in parentheses ({@link DashedAreaRecord}). Records verbatim from
 * {@code references/de-dnb-werkverzeichnisse-katalog}; expected values checked against the record. Before, the heading
 * and title ran together into the title and the areas' dashes were read as names.
 */
class DashedAreaRecordTest {

    private static CSLItemData read(String entry) {
        return RuleReader.read(entry).orElseThrow();
    }

    private static List<String> names(CSLName[] names) {
        return names == null ? List.of() : Arrays.stream(names).map(n -> n.getFamily() + "|" + n.getGiven()).toList();
    }

    @Test
    void headingTitleEditionImprintAndSeries() {
        CSLItemData d = read("Grasberger, Renate: Werkverzeichnis Anton Bruckner : (WAB) / Renate Grasberger. - Tutzing :"
                + " Schneider, 1977. - X, 309 S., Noten. - 24 cm (Publikationen des Instituts für Österreichische"
                + " Musikdokumentation ; 7) ISBN 3-7952-0232-9 IDN 770497454");
        assertEquals(List.of("Grasberger|Renate"), names(d.getAuthor()));
        assertEquals("Werkverzeichnis Anton Bruckner : (WAB)", d.getTitle());
        assertEquals("Tutzing", d.getPublisherPlace());
        assertEquals("Schneider", d.getPublisher());
        assertEquals(1977, d.getIssued().getDateParts()[0][0]);
        assertEquals("Publikationen des Instituts für Österreichische Musikdokumentation", d.getCollectionTitle());
        assertEquals("3-7952-0232-9", d.getISBN());
    }

    @Test
    void editionAreaAndUaAfterThePlace() {
        CSLItemData d = read("Schmieder, Wolfgang: Thematisch-systematisches Verzeichnis der musikalischen Werke von Johann"
                + " Sebastian Bach : Bach-Werke-Verzeichnis ; (BWV) / hrsg. von Wolfgang Schmieder. - 2. Überarb. und erw."
                + " Ausg. - Wiesbaden : Breitkopf & Härtel, 1990. - XLVI, 1014 S., zahlr. Noten. - 28 cm Nebent.: J. S. Bach"
                + " ISBN 3-7651-00255-5 IDN 910299250");
        assertEquals(List.of("Schmieder|Wolfgang"), names(d.getAuthor()));
        assertEquals("2", d.getEdition());
        assertEquals("Wiesbaden", d.getPublisherPlace());
        assertEquals(null, d.getEditor());
    }

    @Test
    void noHeadingButAStatementWithEditors() {
        CSLItemData d = read("Christoph Graupner : thematisches Verzeichnis der musikalischen Werke ; Graupner-Werke-Verzeichnis"
                + " GWV - Instrumentalwerke / hrsg. von Oswald Bill und Christoph Grosspietsch. - Stuttgart : Carus, 2005");
        assertEquals(List.of("Bill|Oswald", "Grosspietsch|Christoph"), names(d.getEditor()));
        assertEquals("Carus", d.getPublisher());
        assertEquals(2005, d.getIssued().getDateParts()[0][0]);
    }

    @Test
    void lifeDatesInTheTitleAreNotAreaDashes() {
        CSLItemData d = read("Knape, Walter: Bibliographisch-thematisches Verzeichnis der Kompositionen von Karl Friedrich Abel :"
                + " (1723 - 1787) / Walter Knape - Cuxhaven : Selbstverl., [1972]. - X, 299 S. - Ill., Noten. - 30 cm IDN"
                + " 730471519");
        assertEquals("Bibliographisch-thematisches Verzeichnis der Kompositionen von Karl Friedrich Abel : (1723 - 1787)",
                d.getTitle());
        assertEquals("Selbstverl.", d.getPublisher());
        assertEquals(1972, d.getIssued().getDateParts()[0][0]);
    }

    @Test
    void aRecordWithoutAnImprintAreaIsLeftAlone() {
        assertFalse(DashedAreaRecord.read("Smith, John: A History of Things - a second look", new Draft()));
    }
}
