package org.opis.reflist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.opis.reflist.RulesReading.names;
import static org.opis.reflist.RulesReading.rules;

import de.undercouch.citeproc.csl.CSLItemData;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 27's shapes from lists opis had not seen: a plain entry closed by {@code , [Place ]Year} (Swedish), day dates in
 * numbers and Slovene access dates ({@link NumericDates}), a chapter's {@code V: Editor (ur.)}, Icelandic ordinal volumes and issues
 * ({@link OrdinalLabels}) and a closing {@code -Publisher: 1-76.} ({@link PublisherPages}). Entries verbatim from
 * {@code references/sv-riksarkivet-forvaltning-litteratur}, {@code sl-odlivanje-smrti-viri}, {@code sl-odlivanje-smrti-literatura},
 * {@code is-hugsandi-heimildir}, {@code lv-latgales-zoodarzs-biblioteka} and {@code moise-soviet}; expected values are their
 * hand-checked gold.
 */
class Round27ShapesTest {

    @Test
    void swedishNameTitlePlaceYear() {
        CSLItemData d = rules("Gösta Lext, Mantalsskrivningen i Sverige före 1860, Göteborg 1968.");
        assertEquals(List.of("Lext|Gösta"), names(d.getAuthor()));
        assertEquals("Mantalsskrivningen i Sverige före 1860", d.getTitle());
        assertEquals("Göteborg", d.getPublisherPlace());
        assertEquals(1968, d.getIssued().getDateParts()[0][0]);
    }

    @Test
    void swedishBareYearClosingAPlainEntry() {
        CSLItemData d = rules("Sigfrid Wieselgren, Sveriges fängelser och fångvård, 1895.");
        assertEquals("Sveriges fängelser och fångvård", d.getTitle());
        assertEquals(1895, d.getIssued().getDateParts()[0][0]);
    }

    @Test
    void volumeLabelBeforeTheLastImprintKeepsTheTitleWhole() {
        // pl-spisy-urzednikow-pomorza-literatura: two imprints, the second after "t. VI": no place-year cut
        CSLItemData d = rules("Kodeks dyplomatyczny Wielkopolski, t. I- III, Poznań 1877- 1879, t. VI, Warszawa 1982");
        assertNull(d.getPublisherPlace());
    }

    @Test
    void sloveneNewspaperDayDateIsNoVolume() {
        CSLItemData d = rules("Urbančič, Vojko. Življenje posmrtnih mask. *Delo*, 10. 11. 2017, str. 20.");
        assertEquals("Življenje posmrtnih mask", d.getTitle());
        assertEquals("Delo", d.getContainerTitle());
        assertArrayEquals(new int[]{2017, 11, 10}, d.getIssued().getDateParts()[0]);
        assertNull(d.getVolume());
        assertEquals("20", d.getPage());
    }

    @Test
    void sloveneLinkIntroAndAccessDate() {
        CSLItemData d = rules("Brglez, Živa. Ovekovečenje posameznosti. *Radio Študent*, 3. 1. 2018. Dostopno na:"
                + " https://radiostudent.si/kultura/fine-umetnosti/ovekove%C4%8Denje-posameznosti, pridobljeno 20. 10. 2022.");
        assertEquals("Ovekovečenje posameznosti", d.getTitle());
        assertEquals("Radio Študent", d.getContainerTitle());
        assertArrayEquals(new int[]{2018, 1, 3}, d.getIssued().getDateParts()[0]);
        assertArrayEquals(new int[]{2022, 10, 20}, d.getAccessed().getDateParts()[0]);
        assertEquals("https://radiostudent.si/kultura/fine-umetnosti/ovekove%C4%8Denje-posameznosti", d.getURL());
        assertNull(d.getPublisherPlace());
    }

    @Test
    void sloveneChapterWithItsEditorAfterV() {
        CSLItemData d = rules("Bajič, Blaž. O čem govorimo, ko govorimo o sporni dediščini. V: Alenka Pirman (ur.). *Odlivanje smrti."
                + " *Ljubljana: Inštitut za novejšo zgodovino, 2023.");
        assertEquals(List.of("Bajič|Blaž"), names(d.getAuthor()));
        assertEquals("O čem govorimo, ko govorimo o sporni dediščini", d.getTitle());
        assertEquals(List.of("Pirman|Alenka"), names(d.getEditor()));
        assertEquals("Ljubljana", d.getPublisherPlace());
        assertEquals("Inštitut za novejšo zgodovino", d.getPublisher());
        assertEquals(2023, d.getIssued().getDateParts()[0][0]);
    }

    @Test
    void nameInReadingOrderBeforeATitleInTitleCaseIsNoCoauthorList() {
        CSLItemData d = rules("John Dumbrell, President Lyndon Johnson and Soviet Communism. Manchester, England: Manchester University"
                + " Press, 2004. 192 pp. Two chapters (pp. 91-133) are devoted to the Vietnam War.");
        assertEquals(List.of("Dumbrell|John"), names(d.getAuthor()));
        assertEquals("President Lyndon Johnson and Soviet Communism", d.getTitle());
    }

    @Test
    void icelandicOrdinalIssueAndVolume() {
        CSLItemData d = rules("Guðrún Hannesdóttir (2007). „Hver var að hlægja?“ _Börn og menning_. 1. tbl, 22. árg, bls. 4-7.");
        assertEquals("Hver var að hlægja?", d.getTitle());
        assertEquals("Börn og menning", d.getContainerTitle());
        assertEquals("22", d.getVolume());
        assertEquals("1", d.getIssue());
        assertEquals("4-7", d.getPage());
    }

    @Test
    void latvianPublisherPlaceAndPagesAfterADash() {
        CSLItemData d = rules("Pupiņš M., Pupiņa A. (2007): Eiropas purva bruņurupuča Emys orbicularis (Linnaeus, 1758) sugas aizsardzības"
                + " plāns Latvijā. -Dabas aizsardzības pārvalde, Rīga: 1-104.");
        assertEquals(List.of("Pupiņš|M.", "Pupiņa|A."), names(d.getAuthor()));
        assertEquals("Dabas aizsardzības pārvalde", d.getPublisher());
        assertEquals("Rīga", d.getPublisherPlace());
        assertEquals("1-104", d.getPage());
        assertEquals(2007, d.getIssued().getDateParts()[0][0]);
    }
}
