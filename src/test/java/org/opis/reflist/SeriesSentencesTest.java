package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opis.reflist.RulesReading.rules;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A book's series written as a sentence of its own between title and imprint, read by the rules on real entries
 * ({@code references/en-olshanskaya-russian-cinema}, {@code references/en-kamp-russian-revolution-4030}; expected fields read
 * off the entries), and what is no series.
 */
class SeriesSentencesTest {
    @Test
    void aSeriesSentenceWithItsNumber() {
        CSLItemData d = rules("Beumers, Birgit. _Burnt by the Sun_. KINOfile Film Companion 3. London and New York, 2000.");
        assertEquals("Burnt by the Sun", d.getTitle());
        assertEquals("KINOfile Film Companion", d.getCollectionTitle());
        assertEquals("3", d.getCollectionNumber());
        assertEquals("London and New York", d.getPublisherPlace());
        assertNull(d.getNote());
    }

    @Test
    void aSeriesSentenceBeforePlaceAndPublisher() {
        CSLItemData d = rules("Kowalski, Ronald, _The Russian Revolution, 1917-1921_. Routledge Sources in History. London: Routledge 1997.");
        assertEquals("Routledge Sources in History", d.getCollectionTitle());
        assertEquals("Routledge", d.getPublisher());
        assertEquals("London", d.getPublisherPlace());
        assertNull(d.getNote());
    }

    @Test
    void anEditionStatementIsNoSeries() {
        assertNull(rules("Kowalski, Ronald, _The Russian Revolution, 1917-1921_. Second Revised Edition."
                + " London: Routledge 1997.").getCollectionTitle());
    }
}
