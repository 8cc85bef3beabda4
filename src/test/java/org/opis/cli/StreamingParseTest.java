package org.opis.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.Opis;
import org.opis.csl.CslJson;
import org.opis.model.Diagnostic;
import org.opis.model.ParsedRecords;
import org.opis.model.Reference;
import org.opis.text.SourceReader;

import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opis.cli.Run.run;

/**
 * Whole-list {@code opis parse} streams: each record is written as it is read and then dropped, so
 * memory is bounded by the text, not by the number of entries (README, Exit status and messages,
 * "Memory on hostile and large input"). Checked structurally (no record is still reachable when the
 * parse ends), not by timing or by a heap size, and the streamed bytes are those of writing the whole
 * list at once.
 */
class StreamingParseTest {

    /** A list of one full entry and {@code n} ditto entries, the shape of the README's 250,000-line case. */
    static String dittoList(int n) {
        StringBuilder s = new StringBuilder("Ivanov, I. I. *Book number 0*. Moscow: Nauka, 1999.\n");
        for (int i = 1; i <= n; i++) s.append("———. *Book number ").append(i).append("*. Moscow: Nauka, 1999.\n");
        return s.toString();
    }

    @Test
    void noRecordIsHeldOnceItIsHandedOn() throws Exception {
        SourceReader.Result read = SourceReader.decode("ditto.md", dittoList(400).getBytes(StandardCharsets.UTF_8));
        List<WeakReference<Reference>> seen = new ArrayList<>();
        String[] last = new String[2];
        List<Diagnostic> findings = Opis.parse(read, true, r -> {
            seen.add(new WeakReference<>(r));
            last[0] = r.id();
            last[1] = r.raw();
        });
        assertEquals(401, seen.size());
        assertTrue(findings.stream().noneMatch(Diagnostic::isError), findings.toString());
        // the ditto entries took the first entry's author
        assertEquals("———. *Book number 400*. Moscow: Nauka, 1999.", last[1]);
        assertTrue(last[0].startsWith("ivanov1999"), last[0]);
        long held = 0;
        for (int round = 0; round < 5; round++) {
            System.gc();
            held = seen.stream().filter(w -> w.get() != null).count();
            if (held == 0) break;
            Thread.sleep(50);
        }
        assertEquals(0, held, "records still reachable after the parse: the parser or the facade keeps them");
    }

    @Test
    void streamedOutputIsTheWholeListOutput(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("ditto.md");
        Files.writeString(f, "# A note\n\nText.\n\n## References\n\n" + dittoList(40)
                + "Петров, П. П. «Статья» // Вопросы истории. 1985. № 3. С. 10–20.\n", StandardCharsets.UTF_8);
        ParsedRecords whole = Opis.parse(SourceReader.read(f.toString()), true);
        assertEquals(42, whole.references().size());

        Run csl = run("parse", f.toString());
        assertEquals(CslJson.write(whole.references()), csl.out());
        Run json = run("parse", f.toString(), "--format", "json");
        assertEquals(ParseCommand.toJson(whole) + System.lineSeparator(), json.out());
        Path o = dir.resolve("out.json");
        Run toFile = run("parse", f.toString(), "--format", "json", "-o", o.toString());
        assertEquals(json.status(), toFile.status());
        assertEquals(json.out(), Files.readString(o, StandardCharsets.UTF_8));
        assertTrue(toFile.err().contains("42 records written to " + o), toFile.err());
        Run text = run("parse", f.toString(), "--format", "text");
        assertEquals(42, text.out().lines().count());
        assertTrue(text.out().lines().allMatch(l -> l.startsWith(f + ":")), text.out());
    }

    @Test
    void aNoteWithoutAListStillGivesTheWorksOfItsNotes(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("note.md");
        Files.writeString(f, "Text.[^1]\n\n[^1]: Stephen Kotkin, *Magnetic Mountain: Stalinism as a Civilization* "
                + "(Berkeley: University of California Press, 1995), 45.\n", StandardCharsets.UTF_8);
        ParsedRecords whole = Opis.parse(SourceReader.read(f.toString()), true);
        Run csl = run("parse", f.toString());
        assertEquals(CslJson.write(whole.references()), csl.out());
        assertTrue(csl.out().contains("Magnetic Mountain"), csl.out());
        assertTrue(csl.err().contains("citation/works-from-notes"), csl.err());
    }
}
