package org.opis.reflist.tagger;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.undercouch.citeproc.csl.CSLItemData;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A tagging's record asked for under a second id (as the chooser asks for "x" and the merge for the
 * entry's id) is copied from the first with the new id: equal, field for field, to the record decoded
 * afresh under that id, for every gold entry.
 */
class TaggedItemTest {

    @Test
    void aRecordUnderAnotherIdIsTheDecodedOne() throws Exception {
        Tagger tagger = Tagger.bundled();
        ObjectMapper m = new ObjectMapper();
        int n = 0;
        try (Stream<Path> dirs = Files.list(Path.of("references"))) {
            for (Path d : dirs.sorted().toList()) {
                Path g = d.resolve("gold.jsonl");
                if (!Files.isRegularFile(g)) continue;
                for (String l : Files.readAllLines(g)) {
                    if (l.isBlank()) continue;
                    Tagger.Tagged t = tagger.tag(m.readTree(l).get("text").asText());
                    CSLItemData x = t.item("x");
                    CSLItemData a = t.item("entry-" + n);
                    assertNotSame(x, a);
                    assertEquals("entry-" + n, a.getId());
                    assertEquals(Decoder.item("entry-" + n, t.fields()), a, l);
                    assertEquals(Decoder.item("x", t.fields()), x, l);
                    assertSame(a, t.item("entry-" + n)); // asked again: the same record
                    n++;
                }
            }
        }
        assertTrue(n > 5000, "entries: " + n);
    }
}
