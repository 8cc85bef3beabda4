package org.opis.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code opis check DOC --from … --bibliography …}. */
class CheckDocumentCommandTest {

    private static final String DIR = "src/test/resources/org/opis/document/";

    @Test
    void manuscriptAgainstTheLibrary() {
        Run r = Run.run("check", DIR + "manuscript.md", "--bibliography", DIR + "library.bib");
        assertEquals(Main.FINDINGS, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("7 citations found: 6 resolved, 0 fuzzy, 1 unresolved"), r.out());
        assertTrue(r.out().contains(DIR + "manuscript.md:7:45: error[citation/unresolved]"), r.out());
        assertTrue(r.out().contains("info[document/library-cited]: the document cites 3 of the 4 records"), r.out());
    }

    @Test
    void fromForcesTheFormat(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("paper.txt");
        Files.copy(Path.of(DIR + "article.tex"), f);
        Run asLatex = Run.run("check", f.toString(), "--from", "latex", "--bibliography", DIR + "library.bib");
        assertTrue(asLatex.out().contains("7 citations found: 6 resolved"), asLatex.out());
        Run unknown = Run.run("check", f.toString(), "--from", "rtf");
        assertEquals(Main.USAGE, unknown.status());
        assertTrue(unknown.err().contains("unknown format for --from: rtf"), unknown.err());
    }

    @Test
    void notAWordDocumentIsAFindingNotAStackTrace(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("broken.docx");
        Files.writeString(f, "PK but not really a zip", StandardCharsets.UTF_8);
        Run r = Run.run("check", f.toString());
        assertEquals(Main.FINDINGS, r.status());
        assertTrue(r.out().contains("error[document/unreadable]"), r.out());
        assertTrue(!r.out().contains("Exception") && !r.err().contains("\tat "), r.out() + r.err());
    }
}
