package org.opis.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private static final String BIB = """
            @book{kolesnikov2015,
              author    = {Kolesnikov, Aleksandr A.},
              title     = {Rossiia i V{\\'}etnam},
              address   = {Moskva},
              year      = {2015},
              language  = {russian}
            }
            """;

    @Test
    void exportsABibFileAsBiblatexToStandardOutput(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.bib");
        Files.writeString(in, BIB, StandardCharsets.UTF_8);
        assertEquals(Main.OK, run("export", in.toString(), "--to", "biblatex"));
        assertTrue(out.toString().contains("@book{kolesnikov2015,"), out.toString());
        assertTrue(out.toString().contains("location = {Moskva}"), out.toString());
        assertTrue(out.toString().contains("langid = {russian}"), out.toString());
        assertTrue(err.toString().contains("1 records from"), err.toString());
    }

    @Test
    void brokenInputExitsWithFindingsAndCompilerStyleMessages(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("bad.bib");
        Files.writeString(in, BIB + "\n@book{broken,\n  title = {No end,\n  year = 2001\n\n@book{after, title = {After}}\n", StandardCharsets.UTF_8);
        Path o = dir.resolve("out.bib");
        assertEquals(Main.FINDINGS, run("export", in.toString(), "--to", "bibtex", "-o", o.toString()));
        assertTrue(err.toString().contains(in + ":9:1: error[bibtex/unterminated]"), err.toString());
        String written = Files.readString(o);
        assertTrue(written.contains("@book{kolesnikov2015,") && written.contains("@book{after,"), written);
        assertTrue(written.contains("address = {Moskva}"), written);
    }

    @Test
    void unknownFormatOrMissingFileIsAUsageError(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.bib");
        Files.writeString(in, BIB, StandardCharsets.UTF_8);
        assertEquals(Main.USAGE, run("export", in.toString(), "--to", "endnote"));
        assertTrue(err.toString().contains("unknown format 'endnote'"), err.toString());
        assertEquals(Main.USAGE, run("export", dir.resolve("missing.bib").toString(), "--to", "bibtex"));
    }

    @Test
    void convertPicksTheOutputFormatFromTheExtension(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.bib");
        Files.writeString(in, BIB, StandardCharsets.UTF_8);
        Path json = dir.resolve("out.json");
        assertEquals(Main.OK, run("convert", in.toString(), json.toString()));
        String j = Files.readString(json);
        assertTrue(j.contains("\"kolesnikov2015\"") && j.contains("\"publisher-place\""), j);
        Path bib = dir.resolve("back.bib");
        assertEquals(Main.OK, run("convert", json.toString(), bib.toString()));
        assertTrue(Files.readString(bib).contains("@book{kolesnikov2015,"));
        assertEquals(Main.USAGE, run("convert", in.toString(), dir.resolve("out.xyz").toString()));
    }

    @Test
    void noteExportGeneratesReadableKeys(@TempDir Path dir) throws Exception {
        Path note = dir.resolve("note.md");
        Files.writeString(note, """
                # A note

                ## REFERENCES

                - Bovin, A.E. *Moj XX vek. Vospominaniya*. Moscow, 2003.
                - Glazunov, E.P. *V dni vojny i mira*. Moscow, 2010.
                """, StandardCharsets.UTF_8);
        assertEquals(Main.OK, run("export", note.toString(), "--to", "bibtex"));
        assertTrue(out.toString().contains("@book{bovin2003moj,"), out.toString() + err);
        assertTrue(out.toString().contains("@book{glazunov2010dni,"), out.toString());
    }
}
