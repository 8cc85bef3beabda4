package org.opis.reflist;

import org.opis.model.ParsedRecords;
import org.opis.model.Reference;
import org.opis.text.SourceText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Entries numbered by bare counting numbers ({@code 1 F. E. Chadwick, …}) begin after the number. */
class BareNumbersTest {

    private static List<String> raws(String text) {
        ParsedRecords p = ReferenceListParser.parse(new SourceText("list.txt", text));
        return p.references().stream().map(Reference::raw).toList();
    }

    @Test
    void countingNumbersOfExtractedFootnotesAreNoPartOfTheEntry() throws Exception {
        // references/en-fitzpatrick-anglo-german-notes/list.txt: 104 notes as extracted from the PDF (one blank line
        // between notes); the gold entries begin with the author's initials, not the note number
        String text = java.nio.file.Files.readString(java.nio.file.Path.of("references/en-fitzpatrick-anglo-german-notes/list.txt"));
        List<String> r = raws(text);
        assertTrue(r.size() > 80, r.size() + " entries");
        assertTrue(r.get(0).startsWith("F. E. Chadwick, 'The Anglo-German Tension"), r.get(0));
        assertTrue(r.get(1).startsWith("E. Crowe, 'Appendix A"), r.get(1));
        assertTrue(r.stream().anyMatch(e -> e.startsWith("T. Sanderson, 'Appendix B")), r.toString());
        // no entry keeps its note number (notes 1-104 each open with one)
        assertTrue(r.stream().noneMatch(e -> e.matches("(?s)\\d{1,3} \\p{L}.*")), r.toString());
        // the note number no longer lands in the note field
        var item = org.opis.model.CslRecords.csl(ReferenceListParser.parse(new SourceText("list.txt", text)).references().get(0));
        assertEquals("Chadwick", item.getAuthor()[0].getFamily());
        assertTrue(item.getNote() == null || !item.getNote().matches(".*\\b1$"), item.getNote());
    }

    @Test
    void titlesThatBeginWithANumberKeepIt() {
        // made-up list in a real shape: three titles open with numbers, but they do not count up, so they are no markers
        String text = """
                300 Spartans and After. London: Penguin, 1990.

                100 Years of Soviet Cinema. Moscow: Iskusstvo, 2019.

                12 Days in Budapest. Budapest: Corvina, 1996.
                """;
        List<String> r = raws(text);
        assertEquals(3, r.size(), r.toString());
        assertTrue(r.get(0).startsWith("300 Spartans and After"), r.get(0));
        assertTrue(r.get(1).startsWith("100 Years of Soviet Cinema"), r.get(1));
        assertTrue(r.get(2).startsWith("12 Days in Budapest"), r.get(2));
    }

    @Test
    void twoNumberedEntriesAreTooFewToCallTheNumbersMarkers() {
        String text = """
                1 Days in the Life. Chicago: Press, 2001.

                2 Cities. Berlin: Aufbau, 2004.
                """;
        List<String> r = raws(text);
        assertTrue(r.stream().anyMatch(s -> s.startsWith("1 Days")), r.toString());
    }
}
