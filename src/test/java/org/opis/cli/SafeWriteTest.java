package org.opis.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opis.cli.Run.run;

/** No command replaces its own input, writes through a symbolic link or leaves a half-written output unless told to. */
class SafeWriteTest {

    private static final String NOTE = """
            Both agree (Smith 2001, p. 4; Jones 1999).

            ## References

            - Jones, Bob. *A Book*. London, 1999.
            - Smith, Anne. *Another Book*. Paris, 2001.
            """;

    private static Path note(Path dir) throws Exception {
        Path f = dir.resolve("note.md");
        Files.writeString(f, NOTE, StandardCharsets.UTF_8);
        return f;
    }

    private static void assertRefusedAndKept(Path f, Run r) throws Exception {
        assertEquals(Main.USAGE, r.status(), r.out() + r.err());
        assertTrue(r.err().contains("--force"), r.err());
        assertEquals(NOTE, Files.readString(f, StandardCharsets.UTF_8));
    }

    @Test
    void checkExportFormatAndConvertRefuseToOverwriteTheirInput(@TempDir Path dir) throws Exception {
        Path f = note(dir);
        assertRefusedAndKept(f, run("check", f.toString(), "-o", f.toString()));
        assertRefusedAndKept(f, run("export", f.toString(), "--to", "bibtex", "-o", f.toString()));
        assertRefusedAndKept(f, run("format", f.toString(), "--style", "apa", "-o", f.toString()));
        Path asBib = dir.resolve("note.bib");
        Files.writeString(asBib, NOTE, StandardCharsets.UTF_8);
        assertRefusedAndKept(asBib, run("convert", asBib.toString(), asBib.toString(), "--from", "note"));
        // the same file under another spelling of its path
        assertRefusedAndKept(f, run("check", f.toString(), "-o", dir.resolve("sub/../note.md").toString()));
    }

    @Test
    void aHardLinkOrSymbolicLinkToTheInputIsTheInput(@TempDir Path dir) throws Exception {
        Path f = note(dir);
        Path hard = Files.createLink(dir.resolve("hard.md"), f);
        assertRefusedAndKept(f, run("check", f.toString(), "-o", hard.toString()));
        Path sym = Files.createSymbolicLink(dir.resolve("sym.md"), f);
        assertRefusedAndKept(f, run("export", f.toString(), "--to", "csl-json", "-o", sym.toString()));
    }

    @Test
    void forceReplacesTheInputWithTheOutput(@TempDir Path dir) throws Exception {
        Path f = note(dir);
        Run r = run("export", f.toString(), "--to", "bibtex", "-o", f.toString(), "--force");
        assertEquals(Main.OK, r.status(), r.err());
        assertTrue(Files.readString(f).startsWith("@"), Files.readString(f));
    }

    @Test
    void aSymbolicLinkOutputIsWrittenThroughOnlyWithForce(@TempDir Path dir) throws Exception {
        Path f = note(dir);
        Path target = dir.resolve("old-report.txt");
        Files.writeString(target, "keep me", StandardCharsets.UTF_8);
        Path link = Files.createSymbolicLink(dir.resolve("report.txt"), target);
        Run refused = run("check", f.toString(), "-o", link.toString());
        assertEquals(Main.USAGE, refused.status(), refused.err());
        assertTrue(refused.err().contains("symbolic link"), refused.err());
        assertEquals("keep me", Files.readString(target));
        Run forced = run("check", f.toString(), "-o", link.toString(), "--force");
        assertEquals(Main.OK, forced.status(), forced.err());
        assertTrue(Files.isSymbolicLink(link), "the link is kept");
        assertTrue(Files.readString(target).contains("2 citations found"), Files.readString(target));
    }

    @Test
    void anOrdinaryOutputIsReplacedWholeAndNoTemporaryFileIsLeft(@TempDir Path dir) throws Exception {
        Path f = note(dir);
        Path out = dir.resolve("out.bib");
        Files.writeString(out, "x".repeat(100_000), StandardCharsets.UTF_8);
        Run r = run("convert", f.toString(), out.toString());
        assertEquals(Main.OK, r.status(), r.err());
        String bib = Files.readString(out);
        assertTrue(bib.startsWith("@") && !bib.contains("xxx"), bib);
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "only the note and the output");
        }
    }

    @Test
    void aFailedRunLeavesAnExistingOutputUntouched(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.json");
        Files.writeString(out, "precious", StandardCharsets.UTF_8);
        Run r = run("export", dir.resolve("missing.md").toString(), "--to", "csl-json", "-o", out.toString());
        assertEquals(Main.USAGE, r.status());
        assertEquals("precious", Files.readString(out));
        Run unknownStyle = run("format", note(dir).toString(), "--style", "no-such-style", "-o", out.toString());
        assertNotEquals(Main.OK, unknownStyle.status());
        assertEquals("precious", Files.readString(out));
    }
}
