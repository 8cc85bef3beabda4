package org.opis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code check --format json} lists the numeric note calls joined to their notes ({@code noteCalls}). */
class CheckNoteCallsJsonTest {

    @Test
    void theBundledNotesCallsAreJoinedToItsNotes() throws Exception {
        Run r = Run.run("check", "references/selivanov-2017/note.md", "--format", "json");
        JsonNode calls = new ObjectMapper().readTree(r.out()).get("noteCalls");
        // by hand: the body calls its 26 notes with <sup>1</sup> … <sup>26</sup>, each once
        assertEquals(26, calls.size());
        List<String> lines = Files.readAllLines(Path.of("references/selivanov-2017/note.md"), StandardCharsets.UTF_8);
        for (JsonNode c : calls) {
            String label = c.get("label").asText();
            String at = lines.get(c.get("span").get("line").asInt() - 1).substring(c.get("span").get("column").asInt() - 1);
            assertTrue(at.startsWith("<sup>" + label + "</sup>"), label + ": " + at);
            String note = lines.get(c.get("note").get("line").asInt() - 1);
            assertTrue(note.strip().startsWith(label + ". "), label + ": " + note);
        }
        // first call: "(DRV),<sup>1</sup>" on line 23; note 1 opens the NOTES list on line 297
        assertEquals(23, calls.get(0).get("span").get("line").asInt());
        assertEquals(297, calls.get(0).get("note").get("line").asInt());
    }

    @Test
    void aCallWithoutItsNoteHasNoNote(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path f = dir.resolve("n.md");
        Files.writeString(f, "Stalin was not against it.<sup>1</sup> Tito was.<sup>3</sup>\n\n## Notes\n\n1. See Kotkin 1995, p. 4.\n2. Ibid., p. 5.\n\n"
                + "## References\n\nKotkin, Stephen. 1995. *Magnetic Mountain*. Berkeley: University of California Press.\n", StandardCharsets.UTF_8);
        JsonNode calls = new ObjectMapper().readTree(Run.run("check", f.toString(), "--format", "json").out()).get("noteCalls");
        assertEquals(2, calls.size());
        assertEquals(5, calls.get(0).get("note").get("line").asInt());
        assertTrue(calls.get(1).get("note").isNull());
        // a list has no note calls: the key is there, empty
        Path bib = dir.resolve("r.bib");
        Files.writeString(bib, "@book{k, author={Kotkin, Stephen}, title={Magnetic Mountain}, year={1995}}\n", StandardCharsets.UTF_8);
        JsonNode none = new ObjectMapper().readTree(Run.run("check", bib.toString(), "--format", "json").out());
        assertEquals(0, none.get("noteCalls").size());
    }
}
