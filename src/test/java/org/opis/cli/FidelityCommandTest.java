package org.opis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.opis.cli.Run.run;
import static org.junit.jupiter.api.Assertions.*;

class FidelityCommandTest {

    private static final String ITEM = "[{\"id\":\"m\",\"type\":\"manuscript\",\"title\":\"Zapisʹ besedy\","
            + "\"original-title\":\"Запись беседы\",\"archive\":\"RGASPI\",\"archive_location\":\"f. 495, op. 201, d. 1/1\"}]";

    @Test
    void jsonReportForCslJsonNamesOriginalTitle(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("m.json");
        Files.writeString(f, ITEM);
        Run r = run("fidelity", f.toString(), "--to", "csl-json", "--format", "json");
        assertEquals(Main.OK, r.status(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("original-title", j.path("records").get(0).path("losses").get(0).path("field").asText());
        assertEquals(1, j.path("summary").path("lost").asInt());
    }

    @Test
    void textReportForZoteroSaysWhereTheOriginalTitleGoes(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("m.json");
        Files.writeString(f, ITEM);
        Run r = run("fidelity", f.toString(), "--to", "zotero");
        assertEquals(Main.OK, r.status(), r.err());
        assertTrue(r.out().contains("moved   original-title"), r.out());
        assertTrue(r.out().contains("summary: 1 records, 1 with losses: 0 lost, 0 changed, 1 moved"), r.out());
    }

    @Test
    void unknownTargetAndMissingFileAreUsageErrors(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("m.json");
        Files.writeString(f, ITEM);
        assertEquals(Main.USAGE, run("fidelity", f.toString(), "--to", "ris").status());
        Run missing = run("fidelity", dir.resolve("none.json").toString(), "--to", "zotero");
        assertEquals(Main.USAGE, missing.status());
        assertTrue(missing.err().contains("no such file"), missing.err());
    }
}
