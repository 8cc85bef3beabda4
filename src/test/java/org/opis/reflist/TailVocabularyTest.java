package org.opis.reflist;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The words of an entry's tail read from data files: page labels and page-count units ({@code lexicon/labels.tsv},
 * contexts list and extent), thesis words ({@code thesis-words.tsv}), status words ({@code status-words.txt}), edition
 * labels ({@code edition-labels.txt}).
 */
class TailVocabularyTest {

    @Test
    void croatianStrLabelsThePages() {
        // references/hr-fhs-povijest-literatura: the tail after the quoted title of Bertoša's article
        StringBuilder b = new StringBuilder(", Vjesnik Državnog arhiva u Rijeci 41-42 (2000.), str. 315-352.,");
        Draft d = new Draft();
        TailPages.labelled(b, d, true);
        assertEquals("315-352", d.page);
        assertFalse(b.toString().contains("str. 315"), b.toString());
    }

    @Test
    void aCountOfPagesWrittenOutIsTheNumberOfPages() {
        // references/fisher-interactive-conflict-resolution: "… Applied Techniques of Conflict Transformation_. 22 pages."
        StringBuilder b = new StringBuilder(" 22 pages.");
        Draft d = new Draft();
        TailPages.closing(b, d, false, false);
        assertEquals("22", d.numberOfPages);
    }

    @Test
    void theRuleReaderNoLongerLeavesTheLabelInANote() {
        var r = RuleReader.reference("Miroslav Bertoša, \"Matične knjige - arhivsko vrelo o demografskim previranjima predindustrijske "
                + "Europe\", Vjesnik Državnog arhiva u Rijeci 41-42 (2000.), str. 315-352.,").orElseThrow();
        var csl = org.opis.model.CslRecords.csl(r);
        assertEquals("315-352", csl.getPage());
        assertEquals(null, csl.getNote());
    }

    @Test
    void aPolishStatusIsTheRecordsStatus() {
        // references/pl-spisy-urzednikow-pomorza-literatura: the tail after the journal in quotes
        StringBuilder b = new StringBuilder(", “Studia Źródłoznawcze” (w druku)");
        Draft d = new Draft();
        TailStatements.take(b, d);
        assertEquals("w druku", d.status);
    }

    @Test
    void aSpanishDoctoralThesisIsAThesis() {
        // references/es-ph-redes-teatro-bibliografia: the tail after Isasi's quoted title
        StringBuilder b = new StringBuilder(" (Tesis doctoral, University of Nebraska - Lincoln, 2017b).");
        Draft d = new Draft();
        TailStatements.take(b, d);
        assertEquals("thesis", d.type);
        assertEquals("Tesis doctoral", d.genre);
    }

    @Test
    void oneLabelledPageClosingABookIsThePageCited() {
        // references/wikipedia-history-of-cuba: a CS1 book cited at one page (gold: publisher Routledge, locator 42)
        var r = RuleReader.reference("George, Edward (2004). _The Cuban Intervention in Angola, 1965-1991: From Che Guevara to "
                + "Cuito Cuanavale_. Routledge. p. 42.").orElseThrow();
        var csl = org.opis.model.CslRecords.csl(r);
        assertEquals("Routledge", csl.getPublisher());
        assertEquals(null, csl.getPage());
        assertEquals(null, csl.getNote());
        // references/hoang-ngoc-vinh-hcm-notes: a Vietnamese note's volume and page after the imprint
        var v = org.opis.model.CslRecords.csl(RuleReader.reference("Hồ Chí Minh toàn tập, Nxb CTQG, Hà Nội 2002, tập 12, tr.304").orElseThrow());
        assertEquals("12", v.getVolume());
        assertEquals(null, v.getNote());
    }

    @Test
    void aCzechEditionLabelIsRead() {
        // references/de-dnb-werkverzeichnisse-katalog: Poštolka's Koželuh, the edition area of the DNB record
        StringBuilder b = new StringBuilder(". - 1. vyd. - Praha : Státní Hudební Vydavatelství, 1964.");
        Draft d = new Draft();
        TailStatements.take(b, d);
        assertEquals("1", d.edition);
        assertFalse(b.toString().contains("vyd."), b.toString());
    }
}
