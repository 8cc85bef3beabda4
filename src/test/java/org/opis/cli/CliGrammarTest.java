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

/** The one grammar of the command line: -o/--output FILE, --format FMT, suggestions, --quiet, styles, completion. */
class CliGrammarTest {

    static final String NOTE = "references/selivanov-2017/note.md";
    static final String SAMPLE = "src/test/resources/org/opis/csl/selivanov-sample.json";

    @Test
    void mistypedCommandsAndOptionsGetPicocliSuggestions() {
        Run r = run("chek", NOTE);
        assertEquals(Main.USAGE, r.status());
        assertTrue(r.err().contains("Did you mean: opis check"), r.err());
        Run o = run("check", NOTE, "--formt", "json");
        assertEquals(Main.USAGE, o.status());
        assertTrue(o.err().contains("Possible solutions: --format"), o.err());
    }

    @Test
    void versionIsPrinted() {
        Run r = run("--version");
        assertEquals(Main.OK, r.status());
        assertTrue(r.out().startsWith("opis "), r.out());
    }

    @Test
    void formatValuesIgnoreCase(@TempDir Path dir) {
        Run r = run("check", NOTE, "--format", "JSON");
        assertTrue(r.out().startsWith("{"), r.err());
        Run a = run("archival", "--format", "JSON", "RGASPI, f. 17, op. 3, d. 1080, l. 55");
        assertEquals(Main.OK, a.status(), a.err());
        Run p = run("parse", SAMPLE, "--format", "TEXT");
        assertEquals(Main.OK, p.status(), p.err());
    }

    @Test
    void checkOutputNamedLikeAFormatIsTheFormatNotAFileNamedHtml() {
        Run r = run("check", NOTE, "--output", "html");
        assertTrue(r.out().startsWith("<!DOCTYPE html>"), r.out().substring(0, Math.min(200, r.out().length())));
        assertTrue(r.err().contains("use --format html"), r.err());
        assertFalse(Files.exists(Path.of("html")));
    }

    @Test
    void everyWritingCommandTakesOutputAndFormat(@TempDir Path dir) throws Exception {
        Path bib = dir.resolve("out.bib");
        Run e = run("export", NOTE, "--format", "bibtex", "-o", bib.toString());
        assertTrue(Files.readString(bib).contains("@book{"), e.err());
        assertFalse(e.err().contains("deprecated"), e.err());
        Path bib2 = dir.resolve("old.bib");
        Run old = run("export", NOTE, "--to", "bibtex", "--output", bib2.toString());
        assertTrue(old.err().contains("--to is deprecated; use --format"), old.err());
        assertEquals(Files.readString(bib), Files.readString(bib2));
        Path json = dir.resolve("records.json");
        Run p = run("parse", bib.toString(), "--format", "csl-json", "-o", json.toString());
        assertEquals(Main.OK, p.status(), p.err());
        assertTrue(Files.readString(json).startsWith("["), p.err());
        Path txt = dir.resolve("refs.txt");
        Run f = run("format", SAMPLE, "--style", "apa", "--format", "text", "--output", txt.toString());
        assertEquals(Main.OK, f.status(), f.err());
        assertTrue(Files.readString(txt).contains("Bovin"), f.err());
        Run c = run("convert", SAMPLE, dir.resolve("x.txt").toString(), "--format", "biblatex");
        assertEquals(Main.OK, c.status(), c.err());
    }

    @Test
    void ioMessagesSayWhy(@TempDir Path dir) {
        Run r = run("export", SAMPLE, "--format", "bibtex", "-o", dir.resolve("no/such/dir/out.bib").toString());
        assertEquals(Main.USAGE, r.status());
        assertTrue(r.err().contains("no such directory"), r.err());
        Run m = run("parse", dir.resolve("missing.bib").toString());
        assertEquals(Main.USAGE, m.status());
        assertTrue(m.err().contains("no such file"), m.err());
    }

    @Test
    void parseReadsBibAndCslJsonByContent(@TempDir Path dir) throws Exception {
        Path bib = dir.resolve("refs.txt"); // content decides, not the name
        Files.writeString(bib, "@book{kolesnikov2015,\n  author = {Kolesnikov, A.},\n  title = {Istoriya},\n  year = {2015}\n}\n",
                StandardCharsets.UTF_8);
        Run r = run("parse", bib.toString(), "--format", "text");
        assertEquals(Main.OK, r.status(), r.err());
        assertTrue(r.out().contains("kolesnikov2015 [book] Istoriya"), r.out());
        assertFalse(r.err().contains("no-reference-section"), r.err());
        Run j = run("parse", SAMPLE, "--format", "text");
        assertEquals(Main.OK, j.status(), j.err());
        assertTrue(j.out().contains("bovin"), j.out());
        Run forced = run("parse", bib.toString(), "--from", "note", "--format", "text");
        assertTrue(forced.err().contains("reflist/"), forced.err());
        Run c = run("check", bib.toString());
        assertTrue(c.out().contains("0 citations found"), c.out());
        assertFalse(c.out().contains("reference/uncited"), c.out());
    }

    @Test
    void quietAndMaxFindings() {
        Run all = run("check", NOTE);
        long findings = all.out().lines().filter(l -> l.startsWith(NOTE + ":") && l.contains("[")).count();
        assertTrue(findings > 3, all.out());
        Run two = run("check", NOTE, "--max-findings", "2");
        assertEquals(2, two.out().lines().filter(l -> l.startsWith(NOTE + ":") && l.contains("[")).count(), two.out());
        assertTrue(two.out().contains((findings - 2) + " more findings not shown"), two.out());
        Run q = run("check", NOTE, "--quiet");
        assertEquals(0, q.out().lines().filter(l -> l.contains("[")).count(), q.out());
        assertEquals(all.status(), q.status());
        Run f = run("format", NOTE, "--style", "apa", "-q");
        assertEquals("", f.err());
    }

    @Test
    void stylesListsAndSearchesTheBundledStyles() {
        Run r = run("styles", "chicago", "author-date");
        assertEquals(Main.OK, r.status(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("chicago-author-date\tauthor-date\t") && l.contains("Chicago")), r.out());
        Run none = run("styles", "zzqqxx");
        assertEquals(Main.FINDINGS, none.status());
        Run bad = run("format", SAMPLE, "--style", "chicago-authr-date");
        assertEquals(Main.USAGE, bad.status());
        assertTrue(bad.err().contains("nearest ids: chicago-author-date"), bad.err());
    }

    @Test
    void roundtripHasADefaultThreshold() {
        Run r = run("roundtrip", "references/selivanov-2017/note.md", "--style", "apa", "--quiet");
        assertEquals(Main.FINDINGS, r.status(), r.out());
        assertTrue(r.out().contains("roundtrip FAIL"), r.out());
    }

    @Test
    void completionScriptIsGenerated() {
        Run r = run("generate-completion");
        assertEquals(Main.OK, r.status(), r.err());
        assertTrue(r.out().contains("complete -F _complete_opis"), r.out().substring(0, 300));
        assertTrue(r.out().contains("styles"), "the script knows the subcommands");
    }
}
