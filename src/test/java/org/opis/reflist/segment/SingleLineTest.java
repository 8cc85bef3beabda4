package org.opis.reflist.segment;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A one-line list whose line the caller takes as an entry is answered without the model
 * ({@link Segmenter#entries(List, int, int, java.util.function.Predicate)}): on every gold entry,
 * laid out as {@code opis parse --lines} lays it out (under a reference heading), the entries are
 * those the model's tags give, and the shortcut is taken (the line is one piece) for most of them.
 */
class SingleLineTest {

    @Test
    void oneEntryListsAreTheModelsAnswer() throws Exception {
        Segmenter seg = Segmenter.bundled();
        assertNotNull(seg);
        ObjectMapper m = new ObjectMapper();
        int entries = 0;
        int single = 0;
        try (Stream<Path> dirs = Files.list(Path.of("references"))) {
            for (Path d : dirs.sorted().toList()) {
                Path g = d.resolve("gold.jsonl");
                if (!Files.isRegularFile(g)) continue;
                for (String l : Files.readAllLines(g)) {
                    if (l.isBlank()) continue;
                    String t = m.readTree(l).get("text").asText().replace("\n", " ");
                    List<String> all = Lines.split("## References\n\n" + t);
                    Lines lines = Lines.pieces(all, 2, all.size());
                    // the caller's predicate says "an entry": the shortcut and the model agree
                    assertEquals(show(seg.byModel(lines, x -> true)), show(seg.entries(all, 2, all.size(), x -> true)), t);
                    // and says nothing: the model alone answers, as before
                    assertEquals(show(seg.byModel(lines, x -> false)), show(seg.entries(all, 2, all.size(), x -> false)), t);
                    if (lines.size() == 1) single++;
                    entries++;
                }
            }
        }
        assertTrue(entries > 5_000, "entries: " + entries);
        assertTrue(single * 10 > entries * 9, "one-piece entries: " + single + " of " + entries);
    }

    private static String show(List<Segmenter.Entry> es) {
        StringBuilder b = new StringBuilder();
        for (Segmenter.Entry e : es) b.append(e).append('\n');
        return b.toString();
    }
}
