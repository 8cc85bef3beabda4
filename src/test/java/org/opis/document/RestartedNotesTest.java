package org.opis.document;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Round 18: notes after the list with no heading of their own; a full note's GOST pinpoint after a full stop. */
class RestartedNotesTest {

    /** The Polish thesis: 32 entries under "## LITERATURA", the abstract, then 26 notes numbered again from 1 ("8. Tamże, s. 49-56."). */
    @Test
    void aSecondNumberedListRestartingAtOneWithTamzeIsTheNotes() throws Exception {
        Document doc = DocumentReader.read("references/pl-korniienko-ux-thesis-przypisy/note.md", Optional.empty());
        List<Part> parts = Parts.of(doc);
        int notes = 0, entries = 0;
        for (int i = 0; i < parts.size(); i++) {
            if (doc.blocks().get(i).kind() != BlockKind.LIST_ITEM) continue;
            if (parts.get(i) == Part.NOTE) notes++;
            if (parts.get(i) == Part.REFERENCE) entries++;
        }
        assertEquals(26, notes);
        assertEquals(32, entries);
    }

    /** A list alone, numbered once, keeps all its entries (no second run, no ibid. form). */
    @Test
    void aListNumberedOnceStaysTheList() throws Exception {
        java.nio.file.Path f = java.nio.file.Files.createTempFile("opis-list", ".md");
        java.nio.file.Files.writeString(f, String.join("\n", java.nio.file.Files.readAllLines(
                java.nio.file.Path.of("references/pl-korniienko-ux-thesis-przypisy/note.md")).subList(0, 35)) + "\n");
        Document doc = DocumentReader.read(f.toString(), Optional.empty());
        assertTrue(Parts.of(doc).stream().noneMatch(p -> p == Part.NOTE));
        java.nio.file.Files.delete(f);
    }

    /** Memorial's note 77 (GOST, no comma before the page), a German note (the page after the last comma), and the eckenstaler note's book with no page. */
    @Test
    void pinpointAfterTheLastFullStopWhenNoCommaPartIsAPage() {
        var gost = FullNotes.pinpoint("Сануков К. Н. Расправа над так называемым «штабом марийских буржуазных националистов» "
                + "// Марийский юридический вестник. 2012. Вып. 9. С. 25.");
        assertEquals(1, gost.size());
        assertEquals("page", gost.get(0).label());
        assertEquals("25", gost.get(0).value());
        // massenberg-cascina-footnotes, note 1 (its first work): the page after the last comma, as before
        var german = FullNotes.pinpoint("Gould, Cecil, Michelangelo. Battle of Cascina. Newcastle upon Tyne 1966, S.6");
        assertEquals("6", german.get(0).value());
        assertTrue(FullNotes.pinpoint("Tim Berners-Lee, Mark Fischetti: Weaving the web, New York 2011.").isEmpty());
    }
}
