package org.opis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.opis.cli.Run.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckCommandTest {

    static final String NOTE = "references/selivanov-2017/note.md";

    private static final String CLEAN = """
            Both agree (Smith 2001, p. 4; Jones 1999).

            ## References

            - Jones, Bob. *A Book*. London, 1999.
            - Smith, Anne. *Another Book*. Paris, 2001.
            """;

    @Test
    void cleanNoteExitsZeroWithASummary(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("clean.md");
        Files.writeString(f, CLEAN, StandardCharsets.UTF_8);
        Run r = run("check", f.toString());
        assertEquals(Main.OK, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("2 citations found: 2 resolved, 0 fuzzy, 0 unresolved, 0 ambiguous"), r.out());
        assertTrue(r.out().contains("0 references uncited"), r.out());
    }

    @Test
    void danglingCitationIsAnErrorLineAndExitOne(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("n.md");
        Files.writeString(f, CLEAN.replace("(Smith 2001, p. 4; Jones 1999)", "(Smith 2001, p. 4; Jones 2010)"), StandardCharsets.UTF_8);
        Run r = run("check", f.toString());
        assertEquals(Main.FINDINGS, r.status());
        // "Jones 2010" starts at column 31 of line 1
        assertTrue(r.out().contains(f + ":1:31: error[citation/unresolved]: citation “Jones 2010”"), r.out());
        assertTrue(r.out().contains("the list has Jones 1999"), r.out());
        assertTrue(r.out().contains(f + ":5:3: warning[reference/uncited]"), r.out());
    }

    @Test
    void bundledNoteAsJsonHasTheNamedShape() throws Exception {
        Run r = run("check", NOTE, "--format", "json");
        assertEquals(Main.FINDINGS, r.status());
        JsonNode root = new ObjectMapper().readTree(r.out());
        // noteCalls: added in round 10 (additive; README, check --format json)
        assertEquals(List.of("summary", "references", "citations", "diagnostics", "noteCalls"), names(root));
        assertEquals(86, root.get("summary").get("citations").asInt());
        assertEquals(86, root.get("citations").size());
        JsonNode c = root.get("citations").get(0);
        assertEquals(List.of("text", "span", "group", "form", "kind", "status", "resolvesTo", "candidates", "reason", "locator", "archival"), names(c));
        assertEquals(List.of("line", "column"), names(c.get("span")));
        assertEquals(List.of("id", "csl", "span", "raw", "defects"), names(root.get("references").get(0)));
        for (JsonNode x : root.get("citations")) {
            String status = x.get("status").asText();
            assertTrue(List.of("resolved", "fuzzy", "unresolved", "ambiguous").contains(status));
            if (!status.equals("resolved")) assertFalse(x.get("reason").asText().isBlank(), x.toString());
            assertTrue(List.of("parenthetical", "narrative").contains(x.get("form").asText()));
            assertTrue(List.of("bibliographic", "archival", "ibid", "newspaper").contains(x.get("kind").asText()));
        }
    }

    @Test
    void referencesAreExactlyThoseOfParseJson() throws Exception {
        JsonNode parsed = new ObjectMapper().readTree(run("parse", NOTE, "--format", "json").out());
        JsonNode checked = new ObjectMapper().readTree(run("check", NOTE, "--format", "json").out());
        // parse's json adds the tagger's fields and confidences ("tagger") to each reference; the records are the same
        parsed.get("references").forEach(r -> ((com.fasterxml.jackson.databind.node.ObjectNode) r).remove("tagger"));
        assertEquals(parsed.get("references"), checked.get("references"));
    }

    @Test
    void sarifReportIsVersion210(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("r.sarif");
        Run r = run("check", NOTE, "--format", "sarif", "-o", out.toString());
        assertEquals(Main.FINDINGS, r.status());
        assertEquals("", r.out());
        JsonNode root = new ObjectMapper().readTree(Files.readString(out));
        assertEquals("2.1.0", root.get("version").asText());
        JsonNode result = root.get("runs").get(0).get("results").get(0);
        assertTrue(result.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt() > 0);
    }

    @Test
    void missingFileAndBadFormatAreUsageErrors() {
        Run missing = run("check", "no/such/note.md");
        assertEquals(Main.USAGE, missing.status());
        assertTrue(missing.err().contains("no such file"), missing.err());
        assertFalse(missing.err().contains("\tat "), missing.err());
        assertEquals(Main.USAGE, run("check", NOTE, "--format", "html5").status());
        assertEquals(Main.USAGE, run("check").status());
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        Iterator<String> it = n.fieldNames();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void htmlFormatWritesOneSelfContainedPageAndKeepsTheExitStatus(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("report.html");
        Run r = run("check", "--format", "html", "-o", page.toString(), NOTE);
        assertEquals(Main.FINDINGS, r.status(), r.err());
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 40));
        // self-contained: opis's own two inline scripts (data and code), nothing loaded from elsewhere
        assertEquals(2, html.split("<script", -1).length - 1);
        assertFalse(html.contains("<script src"));
        assertFalse(html.contains("http://") && html.contains("src=\"http"));
        assertFalse(html.contains("<link "));
        assertFalse(html.contains("http-equiv"));
        assertTrue(html.contains("<title>Citation check: " + NOTE + "</title>"));
        assertTrue(r.err().contains("86 citations found: 79 resolved"), r.err());
    }
}
