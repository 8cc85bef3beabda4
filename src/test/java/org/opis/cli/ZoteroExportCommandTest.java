package org.opis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** {@code opis export NOTE --to zotero}: works, cited archival documents, archives only when asked, fidelity summary. */
class ZoteroExportCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private static int count(JsonNode items, String type) {
        int n = 0;
        for (JsonNode i : items) if (i.path("type").asText().equals(type)) n++;
        return n;
    }

    @Test
    void exportsTheBundledNoteForZoteroAndPrintsTheFidelitySummary(@TempDir Path dir) throws Exception {
        Path o = dir.resolve("note-zotero.json");
        assertEquals(Main.OK, run("export", "references/selivanov-2017/note.md", "--to", "zotero", "-o", o.toString()), err.toString());
        JsonNode items = new ObjectMapper().readTree(o.toFile());
        // 41 works of the reference list (its 3 archives left out) + 13 cited archival documents
        assertEquals(54, items.size());
        assertTrue(count(items, "manuscript") >= 13);
        assertEquals(0, count(items, "collection"));
        assertTrue(err.toString().contains("fidelity (zotero): "), err.toString());
        assertTrue(err.toString().contains(" of 54 records"), err.toString());
    }

    @Test
    void includeArchivesAddsTheNotesArchivesAsDocuments(@TempDir Path dir) throws Exception {
        Path o = dir.resolve("note-zotero.json");
        assertEquals(Main.OK, run("export", "references/selivanov-2017/note.md", "--to", "zotero", "--include-archives", "-o", o.toString()), err.toString());
        JsonNode items = new ObjectMapper().readTree(o.toFile());
        assertEquals(57, items.size());
        int archives = 0;
        for (JsonNode i : items) {
            if (i.path("note").asText().startsWith("type: collection")) {
                archives++;
                assertEquals("document", i.path("type").asText());
                assertTrue(i.has("archive"));
            }
        }
        assertEquals(3, archives);
    }

    @Test
    void zoteroFileReadBackWithFromZoteroRecoversExtraLinesAsVariables(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("m.json");
        java.nio.file.Files.writeString(in, "[{\"id\":\"m\",\"type\":\"manuscript\",\"title\":\"Zapisʹ besedy\","
                + "\"original-title\":\"Запись беседы\",\"archive\":\"RGASPI\",\"archive-place\":\"Moscow\","
                + "\"archive_location\":\"f. 495, op. 201, d. 1/1\"}]");
        Path z = dir.resolve("z.json");
        assertEquals(Main.OK, run("export", in.toString(), "--to", "zotero", "-o", z.toString()), err.toString());
        JsonNode written = new ObjectMapper().readTree(z.toFile()).get(0);
        assertEquals("archive-place: Moscow\noriginal-title: Запись беседы", written.path("note").asText());
        Path back = dir.resolve("back.json");
        assertEquals(Main.OK, run("export", z.toString(), "--from", "zotero", "--to", "csl-json", "-o", back.toString()), err.toString());
        JsonNode item = new ObjectMapper().readTree(back.toFile()).get(0);
        assertEquals("Запись беседы", item.path("original-title").asText());
        assertEquals("Moscow", item.path("archive-place").asText());
        assertEquals("RGASPI", item.path("archive").asText());
        assertEquals("f. 495, op. 201, d. 1/1", item.path("archive_location").asText());
        assertFalse(item.has("note"));
    }
}
