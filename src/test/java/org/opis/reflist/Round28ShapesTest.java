package org.opis.reflist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shapes of round 28's new lists, read by the rules alone: Central European author-date articles
 * ({@link ColonYearArticles}), a series after {@code coll.} in guillemets ({@link SeriesStatements}), AFNOR names with
 * the given names in parentheses ({@link CapsHead}), Harvard editors {@code (eds)} before the year ({@link PlainNames})
 * and a place alone closing an author-date entry ({@link PlainTitles}). Entries verbatim from
 * {@code references/cs-muni-fytoonline-literatura}, {@code fr-droit-medias-coll-bibliographie},
 * {@code fr-celsa-afnor-bibliographie} and {@code pl-urbanonto-warszawa-harvard}; expected values are their gold's,
 * checked against the entry text.
 */
class Round28ShapesTest {

    private static CSLItemData read(String entry) {
        return RuleReader.read(entry).orElseThrow();
    }

    private static List<String> names(CSLName[] names) {
        return names == null ? List.of() : Arrays.stream(names).map(n -> n.getFamily() + "|" + n.getGiven()).toList();
    }

    @Test
    void colonYearArticleWithFourNamesAndAnItalicSpeciesInTheTitle() {
        CSLItemData d = read("Danihelka J., Chytrý M., Grulich V. & Tichý L. (2000): *Stipa eriocaulis* - přehlížený druh"
                + " české flóry. *Preslia* 72: 399–410.");
        assertEquals(List.of("Danihelka|J.", "Chytrý|M.", "Grulich|V.", "Tichý|L."), names(d.getAuthor()));
        assertEquals(2000, d.getIssued().getDateParts()[0][0]);
        assertEquals("Stipa eriocaulis - přehlížený druh české flóry", d.getTitle());
        assertEquals("Preslia", d.getContainerTitle());
        assertEquals("72", d.getVolume());
        assertEquals("399–410", d.getPage());
    }

    @Test
    void colonYearArticleWithAnAbbreviatedJournal() {
        CSLItemData d = read("Ambrozek L. & Chytrý M. (1990): Die Vegetation der Zwergstrauchheiden im xerothermen Bereich"
                + " am Südostrand des Böhmischen Massivs. *Čas. Morav. Muz. Brno* 75: 169–184.");
        assertEquals(List.of("Ambrozek|L.", "Chytrý|M."), names(d.getAuthor()));
        assertEquals("Čas. Morav. Muz. Brno", d.getContainerTitle());
        assertEquals("75", d.getVolume());
        assertEquals("169–184", d.getPage());
    }

    @Test
    void seriesAfterCollInGuillemetsIsNoTitle() {
        CSLItemData d = read("Derieux Emmanuel, Le droit des médias, Dalloz, coll. « Connaissance du droit », 5ème édition,"
                + " 2013, 196 p.");
        assertEquals("Connaissance du droit", d.getCollectionTitle());
    }

    @Test
    void afnorNamesWithTheGivenNameInParentheses() {
        CSLItemData d = read("ECO \\(Umberto\\). - _Le signe : histoire et analyse d’un concept_. - Paris : LGF, 1992.");
        assertEquals(List.of("ECO|Umberto"), names(d.getAuthor()));
        assertEquals("Le signe : histoire et analyse d’un concept", d.getTitle());
        assertEquals("Paris", d.getPublisherPlace());
        assertEquals("LGF", d.getPublisher());
    }

    @Test
    void harvardEditorsBeforeTheYear() {
        CSLItemData d = read("Łoziński, J. Z. and Rottermund, A. (eds) (1993) Katalog Zabytków Sztuki. Miasto Warszawa."
                + " Część 1: Stare Miasto. Warszawa (Katalog Zabytków Sztuki w Polsce. Seria Nowa, Tom XI).");
        assertEquals(List.of("Łoziński|J. Z.", "Rottermund|A."), names(d.getEditor()));
        assertEquals(List.of(), names(d.getAuthor()));
        assertEquals(1993, d.getIssued().getDateParts()[0][0]);
    }

    @Test
    void aPlaceAloneClosingAnAuthorDateEntry() {
        CSLItemData d = read("Kunkel, R. M. (2006) Architektura gotycka na Mazowszu. Warszawa.");
        assertEquals("Architektura gotycka na Mazowszu", d.getTitle());
        assertEquals("Warszawa", d.getPublisherPlace());
    }
}
