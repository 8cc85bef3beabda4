package org.opis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * BibTeX date ranges at month level and seasons on the way into Zotero (issue 14): Zotero's CSL-JSON
 * import keeps only the first date of a range and reads a season code as a month, so the Zotero
 * flavour writes the start in the Date field, the whole range as an {@code issued:} line of Extra,
 * and a season as {@code season} beside the year; opis reads the file back to the same dates.
 */
class ZoteroDatesTest {

    static final String BIB = "src/test/resources/org/opis/csl/dates-zotero.bib";

    @Test
    void rangesAndSeasonsAreWrittenAsZoteroKeepsThem(@TempDir Path dir) throws Exception {
        Path z = dir.resolve("z.json");
        Run r = Run.run("export", BIB, "--format", "zotero", "-o", z.toString());
        assertEquals(Main.OK, r.status(), r.err());
        JsonNode items = new ObjectMapper().readTree(z.toFile());
        JsonNode range = items.get(0), season = items.get(1), year = items.get(2);
        assertEquals("[[1995,12]]", range.get("issued").get("date-parts").toString());
        assertTrue(range.get("note").asText().contains("issued: 1995-12/1996-03"), range.toString());
        assertEquals("[[2011]]", season.get("issued").get("date-parts").toString());
        assertEquals("Autumn", season.get("issued").get("season").asText());
        assertEquals("[[1995]]", year.get("issued").get("date-parts").toString());
        assertFalse(year.has("note") && year.get("note").asText().contains("issued"), year.toString());

        // read back by opis: the range is whole again (Extra's issued line is the date)
        Run back = Run.run("export", z.toString(), "--from", "zotero", "--format", "csl-json");
        JsonNode again = new ObjectMapper().readTree(back.out());
        assertEquals("[[1995,12],[1996,3]]", again.get(0).get("issued").get("date-parts").toString(), back.out());
    }
}
