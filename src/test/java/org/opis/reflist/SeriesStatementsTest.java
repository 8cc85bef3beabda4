package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** {@link SeriesStatements} on real entries (expected values from the entry text). */
class SeriesStatementsTest {

    @Test
    void aFrenchSeriesInGuillemetsAfterThePublisher() {
        // references/fr-davion-relations-internationales: the guillemets were read as a quoted title
        CSLItemData d = RuleReader.read("BOZO Frédéric,La Politique étrangère de la France depuis 1945, La Découverte « Repères », 1997").orElseThrow();
        assertEquals("Repères", d.getCollectionTitle());
        assertEquals("La Découverte", d.getPublisher());
        assertEquals("La Politique étrangère de la France depuis 1945", d.getTitle());
    }

    @Test
    void aGermanSeriesInParenthesesWithItsNumber() {
        // references/de-wiesbaden-widerstand-literatur: the number was read as the volume
        CSLItemData d = RuleReader.read("Jürgen Steen, Gabriele Weiden: Toni Sender 1888 – 1964. Rebellin, Demokratin, Weltbürgerin. "
                + "Ausstellungskatalog. Frankfurt/M. 1992 (Kleine Schriften des Historischen Museums, Bd. 50).").orElseThrow();
        assertEquals("Kleine Schriften des Historischen Museums", d.getCollectionTitle());
        assertEquals("50", d.getCollectionNumber());
        assertNull(d.getVolume());
    }

    @Test
    void aPublisherAndYearInParenthesesAreNoSeries() {
        // references/betts-war-peace-strategy
        CSLItemData d = RuleReader.read("Wesley K. Wark, The Ultimate Enemy: British Intelligence and Nazi Germany, 1933-1939 (Cornell University Press, 1985).")
                .orElseThrow();
        assertNull(d.getCollectionTitle());
        assertEquals("Cornell University Press", d.getPublisher());
    }

    @Test
    void aSeriesAndItsNumberClosingTheTitlesSentence() {
        // references/betts-war-peace-strategy
        CSLItemData d = RuleReader.read("Michael I. Handel, Israel's Political-Military Doctrine, Occasional Paper No. 30 "
                + "(Harvard University Center for International Affairs, 1973).").orElseThrow();
        assertEquals("Israel's Political-Military Doctrine", d.getTitle());
        assertEquals("Occasional Paper", d.getCollectionTitle());
        assertEquals("30", d.getCollectionNumber());
    }
}
