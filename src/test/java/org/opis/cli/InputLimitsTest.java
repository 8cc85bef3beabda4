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

/**
 * The limits on input size, line length and entry count (issue 13): beyond each, a finding names the
 * limit and how to raise it, what is within the limit is read, and {@code --limit} raises it.
 */
class InputLimitsTest {

    static final Path RANSEL = Path.of("references/ransel-peasantry/list.md"); // 50 entries, 6,922 bytes
    static final Path TEN_BIB = Path.of("src/test/resources/org/opis/bibtex/roundtrip-10.bib");

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) n++;
        return n;
    }

    @Test
    void aFileOverTheInputSizeIsReadUpToTheLastWholeLineWithAFinding() {
        Run r = run("parse", RANSEL.toString(), "--format", "text", "--limit", "input-size=1000");
        assertEquals(Main.FINDINGS, r.status(), r.err());
        assertTrue(r.err().contains("error[input/too-large]") && r.err().contains("--limit input-size=N (now 1000)"), r.err());
        // the first entries (whole lines within the first 1,000 bytes) are read; the 50th is not
        assertTrue(r.out().contains("Atkinson") || r.out().contains("atkinson"), r.out());
        int lines = r.out().split("\n").length;
        assertTrue(lines >= 5 && lines < 12, r.out());
        Run whole = run("parse", RANSEL.toString(), "--format", "text");
        assertFalse(whole.err().contains("input/too-large"), whole.err());
        assertEquals(50, whole.out().split("\n").length, whole.out());
    }

    @Test
    void aLineOverTheLineLengthIsCutWithAFindingAndTheRestIsRead(@TempDir Path dir) throws Exception {
        String list = Files.readString(RANSEL);
        Path f = dir.resolve("long.md");
        // the third entry gets a run of 5,000 letters: over a limit of 2,000
        String[] entries = list.split("\n\n");
        entries[2] = entries[2] + " " + "x".repeat(5000);
        Files.writeString(f, String.join("\n\n", entries), StandardCharsets.UTF_8);
        Run r = run("parse", f.toString(), "--format", "text", "--limit", "line-length=2000");
        assertTrue(r.err().contains(":5:2001: warning[input/line-too-long]") && r.err().contains("has 5072 characters")
                && r.err().contains("--limit line-length=N"), r.err());
        assertEquals(50, r.out().split("\n").length, r.out());
        Run raised = run("parse", f.toString(), "--format", "text", "--limit", "line-length=6000");
        assertFalse(raised.err().contains("input/line-too-long"), raised.err());
    }

    @Test
    void oneLineJsonIsNotCutByTheLineLength(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("one-line.json");
        Files.writeString(f, "[{\"id\":\"a\",\"type\":\"book\",\"title\":\"" + "T".repeat(3000) + "\"}]", StandardCharsets.UTF_8);
        Run r = run("export", f.toString(), "--to", "csl-json", "--limit", "line-length=100");
        assertEquals(Main.OK, r.status(), r.err());
        assertFalse(r.err().contains("line-too-long"), r.err());
        assertTrue(r.out().contains("T".repeat(3000)));
    }

    @Test
    void entriesBeyondTheLimitAreNotReadInEveryFormat(@TempDir Path dir) throws Exception {
        // .bib
        Run bib = run("export", TEN_BIB.toString(), "--to", "csl-json", "--limit", "entries=3");
        assertEquals(Main.FINDINGS, bib.status(), bib.err());
        assertTrue(bib.err().contains("error[input/too-many-entries]") && bib.err().contains("more than 3 entries"), bib.err());
        assertEquals(3, count(bib.out(), "\"id\" :"), bib.out());
        // CSL-JSON, RIS and a reference list made from the same ten
        Path json = dir.resolve("ten.json");
        Path ris = dir.resolve("ten.ris");
        assertEquals(Main.OK, run("convert", TEN_BIB.toString(), json.toString()).status());
        assertEquals(Main.OK, run("export", TEN_BIB.toString(), "--to", "ris", "-o", ris.toString()).status());
        Run js = run("export", json.toString(), "--to", "bibtex", "--limit", "entries=4");
        assertTrue(js.err().contains("error[input/too-many-entries]"), js.err());
        assertEquals(4, js.out().split("(?m)^@", -1).length - 1, js.out());
        Run rs = run("export", ris.toString(), "--to", "csl-json", "--limit", "entries=2");
        assertTrue(rs.err().contains("error[input/too-many-entries]"), rs.err());
        assertEquals(2, count(rs.out(), "\"id\" :"), rs.out());
        Run list = run("parse", RANSEL.toString(), "--format", "text", "--limit", "entries=7");
        assertTrue(list.err().contains(":15:1: error[input/too-many-entries]"), list.err());
        assertEquals(7, list.out().split("\n").length, list.out());
    }
}
