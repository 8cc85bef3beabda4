package org.opis.reflist;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The page labels and page-count units of a list entry come from {@code lexicon/labels.tsv} (contexts list and extent). */
class PageLabelsTest {

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
}
