package org.opis.reflist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Polish medievalists' entries read by the rules ({@link InitialsCommaAreas}): names initials first, the areas set
 * apart by commas alone, the journal in quotation marks after a plain article title, or the place and year closing a
 * book with no publisher. Entries verbatim from {@code references/pl-spisy-urzednikow-pomorza-literatura}; expected
 * values checked against the entry text. Before, the article title was read as a second author ({@code 1327,
 * Przynależność …}), the quoted journal as the title and its volume as the place; the book's {@code Toruń 1969} stayed
 * in the title.
 */
class InitialsCommaAreasTest {

    private static CSLItemData read(String entry) {
        return RuleReader.read(entry).orElseThrow();
    }

    private static List<String> families(CSLName[] names) {
        return names == null ? List.of() : Arrays.stream(names).map(CSLName::getFamily).toList();
    }

    @Test
    void theQuotedJournalFollowsAPlainArticleTitle() {
        CSLItemData d = read("J. Bieniak, Przynależność administracyjno polityczna kasztelanii nadgoplańskich w latach 1267- 1327,"
                + " “Zeszyty Naukowe UMK w Toruniu. Historia”, 2, 1966");
        assertEquals(List.of("Bieniak"), families(d.getAuthor()));
        assertEquals("J.", d.getAuthor()[0].getGiven());
        assertEquals("Przynależność administracyjno polityczna kasztelanii nadgoplańskich w latach 1267- 1327", d.getTitle());
        assertEquals("Zeszyty Naukowe UMK w Toruniu. Historia", d.getContainerTitle());
        assertEquals("2", d.getVolume());
        assertEquals(1966, d.getIssued().getDateParts()[0][0]);
        assertNull(d.getPublisherPlace());
    }

    @Test
    void issueAndPagesAfterTheYear() {
        CSLItemData d = read("E. Rymar, Problem autentyczności dokumentu księcia gdańskiego Świętopełka data 20 stycznia 1205 r. i jego"
                + " przydatność do badań nad dziejami Pomorza Sławieńsko-Słupskiego w pierwszej połowie XIII wieku, “Rocznik Gdański”,"
                + " 40, 1980, z. 1, s. 39-64");
        assertEquals("Rocznik Gdański", d.getContainerTitle());
        assertEquals("40", d.getVolume());
        assertEquals("1", d.getIssue());
        assertEquals("39-64", d.getPage());
        assertEquals(1980, d.getIssued().getDateParts()[0][0]);
        // no comma before the journal, an issue range
        d = read("K. Jasiński, Chronologia kościołów gdańskich XII i XIII wieku “Zapiski Historyczne”, 50, 1985, z. 1");
        assertEquals("Chronologia kościołów gdańskich XII i XIII wieku", d.getTitle());
        assertEquals("Zapiski Historyczne", d.getContainerTitle());
        d = read("K. Jasiński, Uwagi nad kancelarią Władysława Łokietka Kazimierza Wielkiego, “Zapiski Historyczne”, 19, 1953, z. 1-4");
        assertEquals(List.of("Jasiński"), families(d.getAuthor()));
        assertEquals("1-4", d.getIssue());
    }

    @Test
    void aBookClosesWithPlaceAndYear() {
        CSLItemData d = read("J. Bieniak, Wielkopolska, Kujawy, ziemie łęczycka i sieradzka wobec problemu zjednoczenia państwowego w l."
                + " 1300- 1306, Toruń 1969");
        assertEquals(List.of("Bieniak"), families(d.getAuthor()));
        assertEquals("Wielkopolska, Kujawy, ziemie łęczycka i sieradzka wobec problemu zjednoczenia państwowego w l. 1300- 1306",
                d.getTitle());
        assertEquals("Toruń", d.getPublisherPlace());
        assertEquals(1969, d.getIssued().getDateParts()[0][0]);
        d = read("H. Lingenberg, Die Anfänge des Klosters Oliva und die Entstehung der deutschen Stadt Danzig, Stuttgart 1882");
        assertEquals("Die Anfänge des Klosters Oliva und die Entstehung der deutschen Stadt Danzig", d.getTitle());
        assertEquals("Stuttgart", d.getPublisherPlace());
    }

    @Test
    void otherShapesAreLeftToTheOtherRules() {
        // a chapter: "[w:]" before the book — not a book whose title runs to the place
        String chapter = "R. Wenskus, Eine prussische Familie in Pommerellen und ihre Erben, [w:] Europa Slavica - Europa Orientalis,"
                + " Berlin 1980";
        assertFalse(InitialsCommaAreas.read(chapter, new Draft()));
        assertNotEquals("Eine prussische Familie in Pommerellen und ihre Erben, [w:] Europa Slavica - Europa Orientalis",
                read(chapter).getTitle());
        // an edition with no author: "wyd." names its editor; no initials open the entry
        assertFalse(InitialsCommaAreas.read("Pommerellisches Urkundenbuch, wyd. M. Perlbach, Danzig 1882", new Draft()));
        // a family name first (not initials first) is another shape
        assertFalse(InitialsCommaAreas.read("Bieniak, J., Toruń 1969", new Draft()));
        // a quoted phrase inside the title: left to the other rules
        assertFalse(InitialsCommaAreas.read("G. Labuda, Geneza miasta na “prawie lubeckim” w Gdańsku, “Kwartalnik Historii Kultury"
                + " Materialnej”, 29, 1981, nr 1", new Draft()));
    }
}
