package org.opis.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportCommandTest {

    /** The last run: what it wrote to standard output and standard error. */
    private Run last = new Run(0, "", "");

    private int run(String... args) {
        last = Run.run(args);
        return last.status();
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
        assertTrue(last.out().contains("@book{kolesnikov2015,"), last.out());
        assertTrue(last.out().contains("location = {Moskva}"), last.out());
        assertTrue(last.out().contains("langid = {russian}"), last.out());
        assertTrue(last.err().contains("1 records read from"), last.err());
    }

    @Test
    void brokenInputExitsWithFindingsAndCompilerStyleMessages(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("bad.bib");
        Files.writeString(in, BIB + "\n@book{broken,\n  title = {No end,\n  year = 2001\n\n@book{after, title = {After}}\n", StandardCharsets.UTF_8);
        Path o = dir.resolve("out.bib");
        assertEquals(Main.FINDINGS, run("export", in.toString(), "--to", "bibtex", "-o", o.toString()));
        assertTrue(last.err().contains(in + ":9:1: error[bibtex/unterminated]"), last.err());
        String written = Files.readString(o);
        assertTrue(written.contains("@book{kolesnikov2015,") && written.contains("@book{after,"), written);
        assertTrue(written.contains("address = {Moskva}"), written);
    }

    @Test
    void unknownFormatOrMissingFileIsAUsageError(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.bib");
        Files.writeString(in, BIB, StandardCharsets.UTF_8);
        assertEquals(Main.USAGE, run("export", in.toString(), "--to", "endnote"));
        assertTrue(last.err().contains("unknown format 'endnote'"), last.err());
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
        assertTrue(last.out().contains("@book{bovin2003moj,"), last.out() + last.err());
        assertTrue(last.out().contains("@book{glazunov2010dni,"), last.out());
    }
}
