package org.opis.reflist;

import org.opis.model.CslRecords;
import org.opis.model.ParsedRecords;
import org.opis.text.SourceText;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hostile lists under a reference heading: the parser completes, keeps the text and reports, never throws. */
class HostileListInputTest {

    private static ParsedRecords parse(String body) {
        return ReferenceListParser.parse(new SourceText("hostile.md", "## References\n\n" + body));
    }

    @Test
    void deeplyNestedBracketsAreReadWithoutThrowing() {
        String entry = "Smith, J. " + "(".repeat(50_000) + "[{“«".repeat(20_000) + "Title" + ")".repeat(50_000) + ". Moscow, 1999.\n";
        ParsedRecords r = parse(entry);
        assertEquals(1, r.references().size());
        assertTrue(r.references().get(0).defects().stream().anyMatch(d -> d.code().equals("reference/too-long")));
    }

    @Test
    void hundredThousandAsterisksAreOneReportedEntry() {
        ParsedRecords r = parse("*".repeat(100_000) + "\n");
        assertEquals(1, r.references().size());
        assertFalse(r.references().get(0).defects().isEmpty());
    }

    @Test
    void aMegabyteOfDittoLinesGivesOneEntryPerLine() {
        int lines = 250_000;
        ParsedRecords r = parse("Smith, John. *A Book*. Moscow, 1999.\n" + "- .\n".repeat(lines));
        assertEquals(lines + 1, r.references().size());
        assertEquals("Smith", CslRecords.csl(r.references().get(lines)).getAuthor()[0].getFamily());
    }

    @Test
    void repeatedGostAreasAndEscapesInOneEntryStayBounded() {
        ParsedRecords r = parse("Иванов И. И. Заглавие. М. : ".repeat(150) + "Наука, 1999.\n\n" + "Smith, J. \\( _a_ ".repeat(300) + "\n");
        assertEquals(2, r.references().size());
    }
}
