package org.opis.model;

import de.undercouch.citeproc.csl.CSLItemData;
import org.junit.jupiter.api.Test;
import org.opis.Opis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** opis's own CSL data ({@link Reference#item()}) says what citeproc-java's record says, and a record made from it is the same record. */
class CslItemTest {

    @Test
    void everyRecordOfTheBundledNoteReadsTheSameThroughItsItemAndSurvivesTheWayBack() throws Exception {
        List<Reference> refs = Opis.check(Path.of("references/selivanov-2017/note.md")).references();
        assertEquals(44, refs.size());
        List<String> differ = new ArrayList<>();
        for (Reference r : refs) {
            CSLItemData c = CslRecords.csl(r);
            CslItem item = r.item();
            if (!item.type().equals(c.getType().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))) differ.add(r.id() + " type " + item.type());
            if (!item.text("title").orElse("").equals(c.getTitle() == null ? "" : c.getTitle())) differ.add(r.id() + " title");
            int authors = c.getAuthor() == null ? 0 : c.getAuthor().length;
            if (item.names("author").size() != authors) differ.add(r.id() + " authors");
            if (c.getIssued() != null && c.getIssued().getDateParts() != null) {
                List<List<Object>> parts = item.dateParts("issued");
                if (parts.isEmpty() || !parts.get(0).get(0).equals(c.getIssued().getDateParts()[0][0])) {
                    differ.add(r.id() + " issued " + parts + " vs " + Arrays.deepToString(c.getIssued().getDateParts()));
                }
            }
            if (!Reference.of(r.id(), item).item().equals(item)) differ.add(r.id() + " round trip");
        }
        assertEquals(List.of(), differ);
    }

    @Test
    void anItemIsImmutable() {
        CslItem item = new CslItem(Map.of("type", "book", "author", List.of(Map.of("family", "Kotkin", "given", "Stephen"))));
        assertEquals("book", item.type());
        assertEquals("Kotkin", item.names("author").get(0).get("family"));
        assertThrows(UnsupportedOperationException.class, () -> item.fields().put("title", "x"));
        assertThrows(UnsupportedOperationException.class, () -> item.names("author").get(0).put("family", "x"));
        assertTrue(item.text("title").isEmpty());
    }
}
