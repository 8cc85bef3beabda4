package org.opis.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opis.cli.Run.run;

/** CSL-JSON that citeproc-java would mangle or drop is read field by field, and every loss is a finding and counted. */
class NoSilentLossTest {

    private static Path json(Path dir, String text) throws Exception {
        Path f = dir.resolve("items.json");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    /** Found by fuzzing (cslJson): Jackson refuses a number with too many exponent digits with an unchecked exception. */
    @Test
    void aNumberJacksonCannotConvertIsASyntaxFindingAtItsLine() {
        var r = org.opis.csl.CslJson.read(new org.opis.text.SourceText("x.json",
                "[{\"id\": \"a\", \"type\": \"book\",\n \"issued\": {\"date-parts\": [[0e955555555555555555555599]]}}]"));
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code().equals("csl-json/syntax") && d.span().line() == 2), r.diagnostics().toString());
    }

    @Test
    void aWrongTypedAuthorCostsOnlyTheAuthorAndIsCountedAsLost(@TempDir Path dir) throws Exception {
        Path f = json(dir, "[{\"id\":\"wt\",\"type\":\"book\",\"title\":\"Sovetskaia diplomatiia\",\"author\":\"Bovin, A.E.\","
                + "\"publisher\":\"Nauka\",\"issued\":{\"date-parts\":[[1999]]}}]");
        Run r = run("export", f.toString(), "--to", "bibtex");
        assertEquals(Main.FINDINGS, r.status());
        assertTrue(r.out().startsWith("@book{wt,"), r.out());
        assertTrue(r.out().contains("title = {Sovetskaia diplomatiia}") && r.out().contains("publisher = {Nauka}")
                && r.out().contains("year = {1999}"), r.out());
        assertTrue(r.err().contains("error[csl-json/wrong-type]: item wt: author must be an array of names"), r.err());
        assertTrue(r.err().contains("fix: write \"author\": [{\"family\": \"Bovin\", \"given\": \"A.E.\"}]"), r.err());
        assertTrue(r.err().contains("1 lost"), r.err());
        assertFalse(r.err().contains("carried without known losses"), r.err());
        // CSL-JSON to CSL-JSON keeps the author as written
        Run same = run("export", f.toString(), "--to", "csl-json");
        assertTrue(same.out().contains("\"author\" : \"Bovin, A.E.\""), same.out());
    }

    @Test
    void outOfRangeNumbersImpossibleDatesReversedRangesAndDuplicateKeysAreFindings(@TempDir Path dir) throws Exception {
        Path f = json(dir, "[{\"id\":\"n\",\"type\":\"book\",\"title\":\"A\",\"title\":\"B\",\"page\":1e400,"
                + "\"issued\":{\"date-parts\":[[1e999]]},\"accessed\":{\"date-parts\":[[2001,13]]},"
                + "\"original-date\":{\"date-parts\":[[1990],[1980]]}},"
                + "{\"id\":\"p\",\"type\":\"article-journal\",\"title\":\"C\",\"page\":\"200-150\"}]");
        Run r = run("export", f.toString(), "--to", "bibtex");
        assertTrue(r.err().contains("warning[csl-json/duplicate-key]: the key \"title\" appears twice"), r.err());
        assertTrue(r.err().contains("error[csl-json/impossible-date]: item n: issued has the year 1E+999"), r.err());
        assertTrue(r.err().contains("warning[csl-json/number-out-of-range]: item n: page is the number 1E+400"), r.err());
        assertTrue(r.err().contains("warning[csl-json/season-as-month]: item n: accessed has the month 13"), r.err());
        assertTrue(r.err().contains("warning[csl-json/reversed-range]: item n: the range in original-date ends before it begins"), r.err());
        assertTrue(r.err().contains("warning[csl-json/reversed-range]: item p: the page range 200-150"), r.err());
        assertFalse(r.out().contains("2147483647") || r.out().contains("Infinity"), r.out());
        assertTrue(r.out().contains("pages = {1E+400}"), r.out());
    }

    @Test
    void nulEscapesAndDeepNestingAreFindings(@TempDir Path dir) throws Exception {
        Path f = json(dir, "[{\"id\":\"z\",\"type\":\"book\",\"title\":\"Ti\\u0000tle\"}]");
        Run r = run("export", f.toString(), "--to", "csl-json");
        assertTrue(r.err().contains("warning[csl-json/nul]"), r.err());
        assertTrue(r.out().contains("\"title\" : \"Title\""), r.out());
        Path deep = json(dir, "[".repeat(5000) + "]".repeat(5000));
        Run d = run("export", deep.toString(), "--to", "bibtex");
        assertEquals(Main.FINDINGS, d.status());
        assertTrue(d.err().contains("error[csl-json/too-large]") && d.err().contains("--limit json-depth"), d.err());
    }
}
