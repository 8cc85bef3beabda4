package org.opis.reflist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The round-25 readers on entries verbatim from the lists they were written for ({@code references/et-ilukirjandus-kasutatud-teosed},
 * {@code lt-wikipedia-panevezys-saltiniai}, {@code lt-wikipedia-panevezys-literatura}, {@code it-saggio-autenticita-bibliografia},
 * {@code it-indice-concettuale-citazioni}); expected values checked by hand against each entry's text. Before the round,
 * the rules read each of them wrongly (the title-first entries as author and container, the web citations with the
 * access statement in the title, the translation's imprint as the item's, the linked italic title's address glued to it).
 */
class Round25ShapesTest {

    private static CSLItemData read(String entry) {
        return RuleReader.read(entry).orElseThrow();
    }

    private static List<String> names(CSLName[] names) {
        return names == null ? List.of() : Arrays.stream(names).map(n -> n.getFamily() + "|" + n.getGiven()).toList();
    }

    @Test
    void titleFirstThenNameYearAndImprint() {
        CSLItemData d = read("Linnade põletamine, Kai Aareleid, 2017, Tallinn: Varrak");
        assertEquals("Linnade põletamine", d.getTitle());
        assertEquals(List.of("Aareleid|Kai"), names(d.getAuthor()));
        assertEquals(2017, d.getIssued().getDateParts()[0][0]);
        assertEquals("Tallinn", d.getPublisherPlace());
        assertEquals("Varrak", d.getPublisher());
    }

    @Test
    void titleWithItsOwnCommasAndAPublisherWithAColon() {
        CSLItemData d = read("Kuu, räägi minuga, Maria Lepmaa, 2017, Pärnu: Hea Tegu");
        assertEquals("Kuu, räägi minuga", d.getTitle());
        assertEquals(List.of("Lepmaa|Maria"), names(d.getAuthor()));
        CSLItemData e = read("Eneseväärikusel pole sellega mingit pistmist, Heinrich Weinberg, 2017, Tartu: Fantaasia: Täheveski");
        assertEquals("Tartu", e.getPublisherPlace());
        assertEquals("Fantaasia: Täheveski", e.getPublisher());
    }

    @Test
    void aRolePhraseMakesTheNameAnEditor() {
        CSLItemData d = read("Ajapüüdja: mälestusi Kokora mailt, kogunud Andrus Kasemaa, 2017, Põltsamaa: Vali Press");
        assertEquals(List.of("Kasemaa|Andrus"), names(d.getEditor()));
        assertEquals(List.of(), names(d.getAuthor()));
        assertEquals("Ajapüüdja: mälestusi Kokora mailt", d.getTitle());
    }

    @Test
    void anInvertedHeadingIsNotATitleAndAName() {
        // "Family, Given Given, Year, Place: Publisher": the last word before the year is a given name, so not this shape
        CSLItemData d = read("Smith, John Robert, 1990, London: Macmillan");
        assertNotEquals("Smith", d.getTitle());
    }

    @Test
    void webCitationByCommasAfterItsAccessDate() {
        CSLItemData d = read("Elena Markuckytė, Panevėžio istorija, Visuotinė lietuvių enciklopedija, 2024-05-24. Nuoroda tikrinta 2025-03-01.");
        assertEquals(List.of("Markuckytė|Elena"), names(d.getAuthor()));
        assertEquals("Panevėžio istorija", d.getTitle());
        assertEquals("Visuotinė lietuvių enciklopedija", d.getContainerTitle());
        assertEquals(List.of(2024, 5, 24), Arrays.stream(d.getIssued().getDateParts()[0]).boxed().toList());
        assertEquals(List.of(2025, 3, 1), Arrays.stream(d.getAccessed().getDateParts()[0]).boxed().toList());
        CSLItemData s = read("Istorija, Panevėžio miesto savivaldybė. Nuoroda tikrinta 2025-03-01.");
        assertEquals("Istorija", s.getTitle());
        assertEquals("Panevėžio miesto savivaldybė", s.getContainerTitle());
        assertNull(s.getAuthor());
    }

    @Test
    void aParenthesisedCompilerIsAnEditor() {
        CSLItemData d = read("Panevėžio medicinos istorija (sud. Liudvika Knizikevičienė). – Panevėžys: ARG ofsetas, 2010. – 256 p.: iliustr. – ISBN 978-9955-741-28-2");
        assertEquals(List.of("Knizikevičienė|Liudvika"), names(d.getEditor()));
        assertEquals("Panevėžio medicinos istorija", d.getTitle());
    }

    @Test
    void theTranslationsImprintIsANoteNotTheItems() {
        CSLItemData d = read("DAWKINS, Richard, [*The Selfish Gene*](https://openlibrary.org/books/OL4554174M/The_selfish_gene), Oxford, Oxford University Press, 1976 (trad. it. *Il gene egoista*, Milano, Mondadori, 1992).");
        assertEquals("Oxford University Press", d.getPublisher());
        assertEquals(1976, d.getIssued().getDateParts()[0][0]);
    }

    @Test
    void aLinkedItalicTitleWhoseAddressEndsWithAFullStop() {
        CSLItemData d = read("ASHBY, W. Ross, [*An Introduction to Cybernetics*](https://openlibrary.org/books/OL6202924M/An_introduction_to_cybernetics.), Londra, Chapman & Hall, 1956.");
        assertEquals(List.of("ASHBY|W. Ross"), names(d.getAuthor()));
        assertEquals("Londra", d.getPublisherPlace());
        assertEquals("Chapman & Hall", d.getPublisher());
    }

    @Test
    void anHtmlLinkAroundAnItalicTitle() {
        CSLItemData d = read("AXELROD, Robert, <a href=\"https://openlibrary.org/books/OL3186143M/The_evolution_of_cooperation\"><em>The Evolution of Cooperation</em></a>, New York, Basic Books, 1984.");
        assertEquals(List.of("AXELROD|Robert"), names(d.getAuthor()));
        assertEquals("The Evolution of Cooperation", d.getTitle());
        assertEquals("https://openlibrary.org/books/OL3186143M/The_evolution_of_cooperation", d.getURL());
    }
}
