package org.opis.reflist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shapes of round 29's German and Italian humanities lists, read by the rules alone: names joined by a slash
 * ({@code NameParser}), a lone place after {@code (Year):} ({@link YearColonHeads}), chapters and articles after {@code in:}
 * ({@link ColonYearChapters}), the short cross-reference {@code in: Editors (Hg.): pages} ({@link CrossReferences}), a
 * superscript edition before the year ({@link SuperscriptEditions}) and {@code (a c. di)}. Entries verbatim from
 * {@code references/de-kattenbusch-fs-*} and {@code it-kattenbusch-fs-*}; expected values are their gold's, checked against
 * the entry text.
 */
class Round29ShapesTest {

    private static CSLItemData read(String entry) {
        return RuleReader.read(entry).orElseThrow();
    }

    private static List<String> names(CSLName[] names) {
        return names == null ? List.of() : Arrays.stream(names).map(n -> n.getFamily() + "|" + n.getGiven()).toList();
    }

    @Test
    void editorsJoinedByASlashWithTheirRoleBeforeTheYear() {
        CSLItemData d = read("Bausch, Karl-Richard/Gauger, Hans-Martin (Hg.) (1971): *INTERLINGUISTICA. Sprachvergleich und"
                + " Übersetzung. Festschrift zum 60. Geburtstag von Mario Wandruszka*, Tübingen.");
        assertEquals(List.of("Bausch|Karl-Richard", "Gauger|Hans-Martin"), names(d.getEditor()));
        assertEquals(List.of(), names(d.getAuthor()));
        assertEquals(1971, d.getIssued().getDateParts()[0][0]);
        assertEquals("Tübingen", d.getPublisherPlace());
    }

    @Test
    void italianEditorsRoleAbbreviated() {
        CSLItemData d = read("Hengartner, Thomas/Merki, Christoph Maria (a c. di) (1999): *Genussmittel. Ein kulturgeschichtliches"
                + " Handbuch*. Frankfurt/New York.");
        assertEquals(List.of("Hengartner|Thomas", "Merki|Christoph Maria"), names(d.getEditor()));
        assertEquals("Genussmittel. Ein kulturgeschichtliches Handbuch", d.getTitle());
    }

    @Test
    void aLoneTownAfterTheYearAndColonIsThePlace() {
        CSLItemData d = read("Lins, Ulrich (1988): *Die gefährliche Sprache. Die Verfolgung des Esperanto unter Hitler und"
                + " Stalin*, Gerlingen.");
        assertEquals("Gerlingen", d.getPublisherPlace());
        assertNull(d.getPublisher());
        CSLItemData ditto = read("– (2003): *Flus leterares dl Grijun y dl Friûl*, San Martin de Tor.");
        assertEquals("San Martin de Tor", ditto.getPublisherPlace());
        assertNull(ditto.getPublisher());
    }

    @Test
    void aChapterAfterInWithItsEditorsBookPlaceAndPages() {
        CSLItemData d = read("Virdis, Maurizio (1988): Sardisch: Areallinguistik, in: Günter Holtus/Michael Metzeltin/Christian"
                + " Schmitt (Hg.): *Lexikon der Romanistischen Linguistik. Vol. IV: Italienisch, Korsisch, Sardisch*, Tübingen,"
                + " 897–913.");
        assertEquals("chapter", d.getType().toString().toLowerCase().replace('_', '-'));
        assertEquals(List.of("Virdis|Maurizio"), names(d.getAuthor()));
        assertEquals("Sardisch: Areallinguistik", d.getTitle());
        assertEquals(List.of("Holtus|Günter", "Metzeltin|Michael", "Schmitt|Christian"), names(d.getEditor()));
        assertEquals("Lexikon der Romanistischen Linguistik. Vol. IV: Italienisch, Korsisch, Sardisch", d.getContainerTitle());
        assertEquals("Tübingen", d.getPublisherPlace());
        assertEquals("897–913", d.getPage());
    }

    @Test
    void anArticleAfterInWithVolumeIssueAndPages() {
        CSLItemData d = read("Fetter, Mark (1996): The Esperanto Community: A Quasi-ethnic Linguistic Minority?, in: *Language"
                + " Problems and Language Planning* 20(1): 53–59.");
        assertEquals("The Esperanto Community: A Quasi-ethnic Linguistic Minority?", d.getTitle());
        assertEquals("Language Problems and Language Planning", d.getContainerTitle());
        assertEquals("20", d.getVolume());
        assertEquals("1", d.getIssue());
        assertEquals("53–59", d.getPage());
    }

    @Test
    void aCrossReferenceGivesTheBooksEditorsAndTheChaptersPages() {
        CSLItemData d = read("Becker, Ulrich (2001): Interlinguistik und Internet, in: Sabine Fiedler/Haitao Liu (Hg.): 254–277.");
        assertEquals(List.of("Becker|Ulrich"), names(d.getAuthor()));
        assertEquals("Interlinguistik und Internet", d.getTitle());
        assertEquals(List.of("Fiedler|Sabine", "Liu|Haitao"), names(d.getEditor()));
        assertEquals("254–277", d.getPage());
        assertNull(d.getContainerTitle());
    }

    @Test
    void aSuperscriptEditionBeforeTheYear() {
        CSLItemData d = read("Goldoni, Carlo (^2^1960): La bottega del caffè, in: *Tutte le opere di Carlo Goldoni*, Milano , vol."
                + " III, 1–80.");
        assertEquals("2", d.getEdition());
    }

    @Test
    void etAlClosingThePlaceStandsForTheOtherPlaces() {
        CSLItemData d = read("Fiedler, Sabine (1999): *Plansprache und Phraseologie. Empirische Untersuchungen zu reproduziertem"
                + " Sprachmaterial im Esperanto*, Frankfurt a.M. et al.");
        assertEquals("Frankfurt a.M.", d.getPublisherPlace());
        assertNull(d.getPublisher());
    }
}
