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
    void theLibraryTheLatexDocumentNamesBesideItIsRead(@TempDir Path dir) throws Exception {
        // article.tex says \addbibresource{library.bib}, which lies beside it: checked as with --bibliography
        Run r = Run.run("check", DIR + "article.tex");
        assertTrue(r.out().contains("7 citations found: 6 resolved, 0 fuzzy, 1 unresolved"), r.out());
        assertTrue(r.out().contains("info[document/library-named]: the document names its library: read "), r.out());
        // a named file outside the document's folder, or an address, is never read
        Path sub = Files.createDirectory(dir.resolve("paper"));
        Files.copy(Path.of(DIR + "library.bib"), dir.resolve("library.bib"));
        String tex = Files.readString(Path.of(DIR + "article.tex"), StandardCharsets.UTF_8)
                .replace("\\addbibresource{library.bib}", "\\addbibresource{../library.bib}\\addbibresource{https://example.org/library.bib}");
        Files.writeString(sub.resolve("article.tex"), tex, StandardCharsets.UTF_8);
        Run outside = Run.run("check", sub.resolve("article.tex").toString());
        assertTrue(outside.out().contains("7 citations found: 0 resolved, 0 fuzzy, 7 unresolved"), outside.out());
        assertTrue(!outside.out().contains("document/library-named"), outside.out());
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

    /** A Markdown note in Windows-1251: {@code --encoding} is honoured on the document path, and the sniffing is reported. */
    @Test
    void encodingOfAMarkdownNote(@TempDir Path dir) throws Exception {
        String note = """
                # Советский Союз и холодная война

                Советское руководство рассматривало кризис как испытание (Зубок 2011, с. 123). Позднее
                Хрущёв признавал, что риск был велик (Таубман 2005, с. 560–562).

                ## Литература

                - Зубок В. М. (2011). *Неудавшаяся империя: Советский Союз в холодной войне от Сталина до Горбачёва*. Москва: РОССПЭН.
                - Таубман У. (2005). *Хрущёв*. Москва: Молодая гвардия.
                """;
        Path f = dir.resolve("note.md");
        Files.write(f, note.getBytes(java.nio.charset.Charset.forName("windows-1251")));
        Run forced = Run.run("check", f.toString(), "--encoding", "windows-1251", "--format", "json");
        assertTrue(forced.out().contains("Зубок") && forced.out().contains("Таубман"), forced.out());
        assertTrue(forced.out().replace(" ", "").contains("\"resolved\":2,"), forced.out());
        assertTrue(!forced.out().contains("input/encoding-detected"), forced.out());
        // honoured even when it is the wrong one: the same bytes forced as KOI8-R read as other letters
        Run koi = Run.run("check", f.toString(), "--encoding", "koi8-r", "--format", "json");
        assertTrue(!koi.out().contains("Зубок"), koi.out());
        Run sniffed = Run.run("check", f.toString());
        assertTrue(sniffed.out().contains("input/encoding-detected") && sniffed.out().contains("windows-1251"), sniffed.out());
        assertTrue(sniffed.out().contains("2 citations found: 2 resolved"), sniffed.out());
        Run wrong = Run.run("check", f.toString(), "--encoding", "no-such-charset");
        assertEquals(Main.USAGE, wrong.status());
    }
}
