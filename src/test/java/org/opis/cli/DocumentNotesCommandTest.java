package org.opis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code opis parse}, {@code export} and {@code format} of a Word, HTML or LaTeX note read its list as {@code opis check}
 * does (before, a .docx was "binary data" and gave no record, and a LaTeX list was read as raw LaTeX).
 */
class DocumentNotesCommandTest {

    private static final Path NOTE = Path.of("references/selivanov-2017/note.md");
    /** The bundled note's own entries (lines 334–364) as LaTeX writes them, cited by their keys. */
    private static final String TEX = """
            \\documentclass{article}
            \\begin{document}
            Lê Duẩn accused Moscow of backsliding \\cite[pp.~8--9]{gaiduk}; see also \\citep{bovin,glazunov}.

            \\begin{thebibliography}{9}
            \\bibitem{bovin} Bovin, A.E. \\emph{Moj XX vek. Vospominaniya}. Moscow, 2003.
            \\bibitem{gaiduk} Gaiduk, Ilya V. \\emph{The Soviet Union and the Vietnam War}. Chicago: Dee, 1996.
            \\bibitem{glazunov} Glazunov, E.P. \\emph{V dni vojny i mira}. Moscow, 2010.
            \\end{thebibliography}
            \\end{document}
            """;

    private static List<String> ids(String json) throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode n : new ObjectMapper().readTree(json)) out.add(n.get("id").asText());
        return out;
    }

    @Test
    void aLatexListIsReadAsCheckReadsIt(@TempDir Path dir) throws Exception {
        Path tex = dir.resolve("note.tex");
        Files.writeString(tex, TEX, StandardCharsets.UTF_8);
        Run parse = Run.run("parse", tex.toString(), "--format", "csl-json");
        assertEquals(Main.OK, parse.status(), parse.err());
        assertEquals(List.of("bovin", "gaiduk", "glazunov"), ids(parse.out()));
        assertTrue(parse.out().contains("\"title\" : \"The Soviet Union and the Vietnam War\""), parse.out());
        Run export = Run.run("export", tex.toString(), "--format", "bibtex");
        assertEquals(Main.OK, export.status(), export.err());
        assertTrue(export.out().contains("@book{gaiduk,"), export.out());
        assertTrue(export.err().contains("3 records read from " + tex + " (note)"), export.err());
        Run format = Run.run("format", tex.toString(), "--style", "apa");
        assertEquals(Main.OK, format.status(), format.err());
        assertTrue(format.out().contains("Gaiduk, I. V. (1996). The Soviet Union and the Vietnam War. Dee."), format.out());
    }

    @Test
    void aWordNoteGivesTheRecordsOfItsMarkdown(@TempDir Path dir) throws Exception {
        Path pandoc = Path.of("/usr/bin/pandoc");
        assumeTrue(Files.isExecutable(pandoc), "pandoc is not installed");
        Path docx = dir.resolve("note.docx");
        Process p = new ProcessBuilder(pandoc.toString(), NOTE.toString(), "-o", docx.toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assumeTrue(p.waitFor() == 0, "pandoc failed");
        List<String> md = ids(Run.run("parse", NOTE.toString(), "--format", "csl-json").out());
        Run word = Run.run("parse", docx.toString(), "--format", "csl-json");
        assertEquals(44, md.size());
        assertEquals(md, ids(word.out()), word.err());
        Run restyle = Run.run("restyle", docx.toString(), "--style", "apa");
        assertEquals(Main.USAGE, restyle.status());
        assertTrue(restyle.err().contains("convert " + docx + " to Markdown first"), restyle.err());
    }
}
