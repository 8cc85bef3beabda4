package org.opis.reflist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shapes of the round-18 (hB) real lists read by the rules: library catalogue records in ISBD order
 * ({@link CatalogueRecord}; {@code references/nmsu-new-materials-catalogue}, and a GOST record of the same order in
 * {@code references/gost-early-modern}) and British notes with titles in straight single quotes
 * ({@link StraightQuotes}, the issue after {@code Journal, 6, 3 (1912)}; {@code references/en-fitzpatrick-anglo-german-notes},
 * {@code references/en-garcia-cabrera-canary-intelligence-notes}). Entries verbatim from those lists (whitespace
 * collapsed); expected values checked against the entry text. Each was misread before (the call number and heading
 * in the title, no imprint; the quoted title run into the journal and volume).
 */
class CatalogueAndQuoteShapesTest {

    private static CSLItemData read(String entry) {
        return RuleReader.read(entry).orElseThrow();
    }

    private static List<String> families(CSLName[] names) {
        return names == null ? List.of() : Arrays.stream(names).map(CSLName::getFamily).toList();
    }

    @Test
    void aCatalogueRecordWithCallNumberHeadingAndCoAuthor() {
        CSLItemData d = read("D443 .G473 2002                        Zuhl Library\n    Gilbert, Felix, 1905-\n"
                + "    End of the European era : 1890 to the present / Felix Gilbert, David Clay Large.\n"
                + "               New York : W.W. Norton, c2002.");
        assertEquals(List.of("Gilbert", "Large"), families(d.getAuthor()));
        assertEquals("Felix", d.getAuthor()[0].getGiven());
        assertEquals("End of the European era : 1890 to the present", d.getTitle());
        assertEquals("New York", d.getPublisherPlace());
        assertEquals("W.W. Norton", d.getPublisher());
        assertEquals(2002, d.getIssued().getDateParts()[0][0]);
        assertEquals("D443 .G473 2002", d.getCallNumber());
    }

    @Test
    void aTitleMainEntryWithEditorsAndTwoPlaces() {
        CSLItemData d = read("D387 .R429 2000 Zuhl Library Revolutions in Europe, 1848-1849 : from reform to reaction / edited by "
                + "R.J.W. Evans and Hartmut Pogge von Strandmann. Oxford ; New York : Oxford University Press, 2000.");
        assertNull(d.getAuthor());
        assertEquals(List.of("Evans", "Strandmann"), families(d.getEditor()));
        assertEquals("Revolutions in Europe, 1848-1849 : from reform to reaction", d.getTitle());
        assertEquals("Oxford ; New York", d.getPublisherPlace());
        assertEquals("Oxford University Press", d.getPublisher());
    }

    @Test
    void aTranslatorAndAForewordInTheStatement() {
        CSLItemData d = read("D802.F8 R65 2002 Zuhl Library Rousso, Henry, 1954- Haunting past : history, memory, and justice in "
                + "contemporary France / Henry Rousso ; with a preface by Philippe Petit ; translated by Ralph Schoolcraft ; "
                + "foreword to the English-language edition by Ora Avni. Philadelphia : University of Pennsylvania Press, c2002.");
        assertEquals(List.of("Rousso"), families(d.getAuthor()));
        assertEquals(List.of("Schoolcraft"), families(d.getTranslator()));
        assertNull(d.getEditor());
        assertEquals("Haunting past : history, memory, and justice in contemporary France", d.getTitle());
        assertEquals("University of Pennsylvania Press", d.getPublisher());
    }

    @Test
    void aGostRecordInTheSameOrderReadsItsEditor() {
        CSLItemData d = read("Границы и маркеры социальной стратификации России XVII–XX вв.: векторы исследования / под ред. "
                + "Д. А. Редина. СПб. : Алетейя, 2018.");
        assertEquals("Границы и маркеры социальной стратификации России XVII–XX вв.: векторы исследования", d.getTitle());
        assertEquals(List.of("Редина"), families(d.getEditor()));
        assertEquals("СПб.", d.getPublisherPlace());
        assertEquals("Алетейя", d.getPublisher());
    }

    @Test
    void aGostRecordOpeningWithTheAuthorIsNoCatalogueRecord() {
        Draft d = new Draft();
        assertFalse(CatalogueRecord.read("Воскресенский Н. А. Петр Великий как законодатель. Исследование законодательного "
                + "процесса в России в эпоху реформ первой четверти XVIII века / науч. ред. и вступ. ст. Д. О. Серова. "
                + "М. : Новое лит. обозрение, 2017.", d));
    }

    @Test
    void aBritishNoteWithATitleInStraightQuotes() {
        CSLItemData d = read("F. E. Chadwick, 'The Anglo-German Tension and a Solution', American Journal of International Law, "
                + "6, 3 (1912), pp. 601-13, here pp. 607-8.");
        assertEquals(List.of("Chadwick"), families(d.getAuthor()));
        assertEquals("The Anglo-German Tension and a Solution", d.getTitle());
        assertEquals("American Journal of International Law", d.getContainerTitle());
        assertEquals("6", d.getVolume());
        assertEquals("3", d.getIssue());
        assertEquals(1912, d.getIssued().getDateParts()[0][0]);
    }

    @Test
    void anApostropheIsNoQuote() {
        CSLItemData d = read("D. Kahn, Hitler's Spies: German Military Intelligence in World War II (New York, 1978)");
        assertEquals(List.of("Kahn"), families(d.getAuthor()));
        assertEquals("Hitler's Spies: German Military Intelligence in World War II", d.getTitle());
    }
}
