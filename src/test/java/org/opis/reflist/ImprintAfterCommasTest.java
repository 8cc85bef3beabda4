package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opis.reflist.RulesReading.rules;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Shapes of the rules read on real entries: the Italian imprint {@code , Publisher, Place Year} (no comma before the year)
 * and a surname opening with {@code dalla} ({@code references/it-oermafia-bibliografia-essenziale/list.md}); a double
 * journal volume before its year and a DOI given as a Markdown link showing itself
 * ({@code references/ph-fr-transcription-graphies/list.md}). Expected fields read off the entries by hand.
 */
class ImprintAfterCommasTest {
    @Test
    void anItalianPublisherThenItsPlaceAndYear() {
        CSLItemData d = rules("Bonini C., Foschini G., *Ti mangio il cuore. Nell’abisso del Gargano. Una storia feroce*, Feltrinelli, Milano 2019.");
        assertEquals("Feltrinelli", d.getPublisher());
        assertEquals("Milano", d.getPublisherPlace());
        assertEquals(2019, d.getIssued().getDateParts()[0][0]);
        CSLItemData c = rules("dalla Chiesa, N., *La convergenza. Mafia e politica nella Seconda Repubblica*, Melampo, Milano 2010.");
        assertEquals("Melampo", c.getPublisher());
        assertEquals("Milano", c.getPublisherPlace());
        assertEquals(1, c.getAuthor().length);
        assertEquals("dalla", c.getAuthor()[0].getNonDroppingParticle());
        assertEquals("Chiesa", c.getAuthor()[0].getFamily());
        assertEquals("N.", c.getAuthor()[0].getGiven());
    }

    @Test
    void aDoubleVolumeAndADoiShownAsALink() {
        CSLItemData d = rules("Kindt, Bastien, Chahan Vidal-Gorène, et Saulo Delle Donne. « Analyse automatique du grec ancien par réseau de"
                + " neurones. Évaluation sur le corpus De Thessalonica Capta ». *BABELAO* 10-11 (2022), 525-550."
                + " [https://doi.org/10.14428/babelao.vol1011.2022.65073](https://doi.org/10.14428/babelao.vol1011.2022.65073)");
        assertEquals("BABELAO", d.getContainerTitle());
        assertEquals("10-11", d.getVolume());
        assertEquals("525-550", d.getPage());
        assertEquals("10.14428/babelao.vol1011.2022.65073", d.getDOI());
        assertNull(d.getURL(), "the link's target is the DOI again, not a second address");
        assertNull(d.getNote());
    }
}
