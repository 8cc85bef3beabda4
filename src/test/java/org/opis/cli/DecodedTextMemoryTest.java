package org.opis.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A file is decoded without holding its bytes (issue 13, memory proportional to the input; README,
 * "Memory on hostile and large input"): a 24 MB .bib of Russian and Ukrainian entries is read in a forked
 * JVM with a 120 MB heap. The whole text is decoded before the first record is read; {@code --limit
 * entries=100} then keeps the run short (the rest is not converted), so what the heap must hold is the
 * decoding. Decoding the whole byte array held the bytes (24 MB), the JDK's decoding buffer (48 MB) and
 * its trimmed copy (37 MB) at once: out of memory at 128 MB (measured with {@code -Dopis.fork.classes=DIR}
 * on the classes before). Decoded block by block it holds the blocks and the text (2 × 37 MB): it passes
 * at 112 MB. Not a timing test: only success counts.
 *
 * <p>The entries are real: the reference lists of {@code references/gost-early-modern},
 * {@code references/uk-dstu-west-ukraine-lists} and {@code references/ru-khrushcheva-vozhd-notes}
 * (sources and licences in their README files), exported as biblatex by opis and drawn at random (seed
 * 13), each key made unique.
 */
class DecodedTextMemoryTest {

    static final int HEAP_MB = 120;
    static final long BYTES = 24_000_000L;

    @TempDir
    static Path dir;
    static Path bib;

    @BeforeAll
    static void input() throws IOException {
        List<String> entries = new ArrayList<>();
        for (String list : List.of("gost-early-modern", "uk-dstu-west-ukraine-lists", "ru-khrushcheva-vozhd-notes")) {
            Run r = Run.run("export", "references/" + list + "/list.md", "--format", "biblatex");
            for (String part : r.out().split("(?m)^(?=@)")) {
                String p = part.strip();
                if (p.startsWith("@") && StreamedExportMemoryTest.KEY.matcher(p).find()) entries.add(p);
            }
        }
        assertTrue(entries.size() >= 30, "entries: " + entries.size());
        bib = dir.resolve("cyrillic.bib");
        Random random = new Random(13);
        long size = 0;
        try (BufferedWriter w = Files.newBufferedWriter(bib, StandardCharsets.UTF_8)) {
            for (int n = 0; size < BYTES; n++) {
                String e = entries.get(random.nextInt(entries.size()));
                Matcher m = StreamedExportMemoryTest.KEY.matcher(e);
                m.find();
                String entry = e.substring(0, m.end(2)) + "-" + n + e.substring(m.end(2)) + "\n\n";
                w.write(entry);
                size += entry.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        String head = Files.readString(bib).substring(0, 100_000);
        // over a quarter of the characters are Cyrillic letters (the rest field names, keys, dates, punctuation)
        assertTrue(head.chars().filter(c -> c >= 0x0400 && c <= 0x04FF).count() * 4 > head.length(), "Cyrillic text expected");
    }

    @Test
    void aCyrillicBibIsDecodedInTwiceItsText() throws Exception {
        Path out = dir.resolve("out.json");
        String[] r = MemoryProportionalTest.fork(HEAP_MB, dir, "convert", bib.toString(), out.toString(), "--limit", "entries=100");
        assertFalse(r[2].contains("internal error"), r[2]);
        assertTrue(r[2].contains("input/too-many-entries"), r[2]);
        assertTrue(r[2].contains("100 records read from " + bib + " (bibtex); 100 items written as csl-json"), r[2]);
        assertEquals("1", r[0], r[2]);
        assertEquals(100, StreamedExport.count(Files.newBufferedReader(out)).orElseThrow());
    }
}
