package org.opis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code opis archival}: exit status, text and JSON Lines output, stdin input. */
class ArchivalCommandTest {

    private static Run run(String stdin, String... args) {
        return Run.runWithInput(stdin, args);
    }

    @Test
    void validCitationExitsZeroAndPrintsBothNormalForms() {
        Run r = run(null, "archival", "RGASPI, f. 17, op. 3, d. 1080, l. 55");
        assertEquals(Main.OK, r.status());
        assertTrue(r.out().contains("en:      RGASPI, f. 17, op. 3, d. 1080, l. 55"), r.out());
        assertTrue(r.out().contains("gost:    РГАСПИ. Ф. 17. Оп. 3. Д. 1080. Л. 55."), r.out());
    }

    @Test
    void errorFindingExitsOneAndNamesCodeAndColumn() {
        Run r = run(null, "archival", "RGASPI. f. 495, op. 201, d. ½, pp. 151, 157");
        assertEquals(Main.FINDINGS, r.status());
        assertTrue(r.out().contains("7: error[archival/mixed-separators]"), r.out());
        assertTrue(r.out().contains("error[archival/pages-for-leaves]"), r.out());
    }

    @Test
    void warningsAloneExitZero() {
        assertEquals(Main.OK, run(null, "archival", "AVP RF, f. 569, op. 28, d. 16, p. 41, ll. 38, 39, 41").status());
    }

    @Test
    void jsonLinesOneObjectPerStdinLine() throws Exception {
        Run r = run("RGASPI, f. 17, op. 3, d. 1080, l. 55\nAVP RF, f. 79, op. 34, d. 16, p. 52. l. 75\n", "archival", "--format", "json");
        assertEquals(Main.FINDINGS, r.status());
        String[] lines = r.out().strip().split("\n");
        assertEquals(2, lines.length);
        ObjectMapper m = new ObjectMapper();
        JsonNode first = m.readTree(lines[0]);
        assertEquals("RGASPI, f. 17, op. 3, d. 1080, l. 55", first.get("input").asText());
        assertEquals("ru", first.get("scheme").asText());
        assertEquals("RGASPI", first.get("archive").get("id").asText());
        assertEquals("Russian State Archive of Socio-Political History", first.get("archive").get("name").asText());
        assertEquals("fond", first.get("levels").get(0).get("level").asText());
        assertEquals("17", first.get("levels").get(0).get("value").asText());
        assertTrue(first.get("valid").asBoolean());
        assertEquals(0, first.get("diagnostics").size());
        assertEquals("РГАСПИ. Ф. 17. Оп. 3. Д. 1080. Л. 55.", first.get("normalized").get("gost").asText());
        JsonNode second = m.readTree(lines[1]);
        assertEquals(false, second.get("valid").asBoolean());
        JsonNode d = second.get("diagnostics").get(1);
        assertEquals("archival/mixed-separators", d.get("code").asText());
        assertEquals("error", d.get("severity").asText());
        assertEquals(36, d.get("column").asInt());
        assertEquals("AVP RF, f. 79, op. 34, d. 16, p. 52, l. 75", d.get("fix").asText());
        assertEquals(java.util.List.of("input", "scheme", "archive", "levels", "valid", "diagnostics", "normalized"),
                iterate(second.fieldNames()));
        assertEquals(java.util.List.of("code", "severity", "column", "message", "fix"), iterate(d.fieldNames()));
    }

    private static java.util.List<String> iterate(java.util.Iterator<String> it) {
        java.util.List<String> l = new java.util.ArrayList<>();
        it.forEachRemaining(l::add);
        return l;
    }

    @Test
    void unknownArchiveHasNullArchiveInJson() throws Exception {
        Run r = run(null, "archival", "--format", "json", "hello world");
        JsonNode n = new ObjectMapper().readTree(r.out().strip());
        assertTrue(n.get("archive").isNull());
        assertEquals("archival/unrecognized", n.get("diagnostics").get(0).get("code").asText());
        assertEquals(Main.FINDINGS, r.status());
    }

    @Test
    void badFormatIsAUsageError() {
        assertEquals(Main.USAGE, run(null, "archival", "--format", "xml", "RGASPI, f. 17").status());
    }
}
