package org.opis.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.opis.cli.Run.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormatCommandTest {

    static final String SAMPLE = "src/test/resources/org/opis/csl/selivanov-sample.json";
    static final String HOUSE = "styles/sojourn-author-date.csl";

    @Test
    void formatsTheBibliographyOfACslJsonFile() {
        Run r = run("format", SAMPLE, "--style", HOUSE);
        assertEquals(Main.OK, r.status(), r.err());
        assertTrue(r.out().startsWith("Bovin, A.E. Moj XX vek. Vospominaniya. Moscow, 2003.\n"), r.out());
        assertTrue(r.out().contains("\n———. Superpowers. 1959–1984. Tirana, 1984.\n"), r.out());
    }

    @Test
    void badStyleIdIsAClearDiagnosticWithExitTwo() {
        Run r = run("format", SAMPLE, "--style", "chicago-authr-date");
        assertEquals(Main.USAGE, r.status());
        assertTrue(r.err().startsWith("opis format: unknown style 'chicago-authr-date'"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertEquals("", r.out());
    }

    @Test
    void badLocaleAndOutputAreUsageErrors() {
        Run l = run("format", SAMPLE, "--style", "apa", "--locale", "xx-XX");
        assertEquals(Main.USAGE, l.status());
        assertTrue(l.err().contains("unknown locale 'xx-XX'"), l.err());
        Run o = run("format", SAMPLE, "--style", "apa", "--format", "docx");
        assertEquals(Main.USAGE, o.status());
        assertTrue(o.err().contains("unknown output format 'docx'"), o.err());
    }

    @Test
    void malformedOrForeignStyleFilesAreUsageErrors(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.csl");
        Files.writeString(broken, "<style><info/></style");
        Run r = run("format", SAMPLE, "--style", broken.toString());
        assertEquals(Main.USAGE, r.status());
        assertTrue(r.err().contains("is not a well-formed CSL style: line 1"), r.err());
        Path html = dir.resolve("page.csl");
        Files.writeString(html, "<html><body/></html>");
        Run h = run("format", SAMPLE, "--style", html.toString());
        assertEquals(Main.USAGE, h.status());
        assertTrue(h.err().contains("its root element is <html>, not <style>"), h.err());
    }

    @Test
    void styleWithoutBibliographySaysSo(@TempDir Path dir) throws Exception {
        Path note = dir.resolve("citations-only.csl");
        Files.writeString(note, "<?xml version=\"1.0\"?><style xmlns=\"http://purl.org/net/xbiblio/csl\" version=\"1.0\" class=\"note\">"
                + "<info><title>t</title><id>t</id></info><citation><layout><text variable=\"title\"/></layout></citation></style>");
        Run r = run("format", SAMPLE, "--style", note.toString());
        assertEquals(Main.OK, r.status());
        assertTrue(r.err().contains("has no bibliography; use --citations"), r.err());
        Run c = run("format", SAMPLE, "--style", note.toString(), "--citations");
        assertTrue(c.out().startsWith("Moj XX vek. Vospominaniya\n"), c.out());
    }

    @Test
    void dateRangeOfMixedPrecisionIsRepairedAndReported(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("odd.json");
        Files.writeString(json, "[{\"id\":\"x\",\"type\":\"book\",\"title\":\"Vepra\",\"issued\":{\"date-parts\":[[1971],[1982,5]]}}]");
        Run r = run("format", json.toString(), "--style", "chicago-author-date");
        assertEquals(Main.OK, r.status(), r.err());
        assertEquals("Vepra. 1971–1982.\n", r.out());
        assertTrue(r.err().contains("warning[format/date-range]"), r.err());
    }

    @Test
    void missingFileIsAnIoError() {
        Run r = run("format", "no/such/file.json", "--style", "apa");
        assertEquals(Main.USAGE, r.status());
        assertTrue(r.err().contains("no such file"), r.err());
    }

    @Test
    void citationsWithLocatorsFromTheCommandLine() {
        Run r = run("format", SAMPLE, "--style", HOUSE, "--cite", "hoxha1981ditar, vol. 2, fol. 153",
                "--cite", "konoreva2008nekotorye; selivanov2012moskva", "--cite", "konoreva2016dokumental, p. 69");
        assertEquals(Main.OK, r.status(), r.err());
        assertEquals("(Hoxha 1981–1985, t. 2, f. 153)\n(Konoreva 2008b; Selivanov 2012)\n(Konoreva and Selivanov 2016, p. 69)\n", r.out());
    }

    @Test
    void citeNamingAnUnknownRecordIsAFindingAndTheOtherCitationsAreStillFormatted() {
        Run r = run("format", SAMPLE, "--style", HOUSE, "--cite", "nobody2020", "--cite", "konoreva2008nekotorye");
        assertEquals(Main.FINDINGS, r.status(), r.err());
        assertTrue(r.err().contains("--cite:1:1: error[cite/unknown-id]: --cite 'nobody2020': no record has the id 'nobody2020'"), r.err());
        assertEquals("(Konoreva 2008b)\n", r.out());
    }

    @Test
    void anUnknownLocatorLabelIsAFindingNotSilentlyAPage() {
        Run r = run("format", SAMPLE, "--style", HOUSE, "--cite", "konoreva2008nekotorye, leaf 12");
        assertTrue(r.err().contains("warning[cite/unknown-label]"), r.err());
        assertTrue(r.err().contains("'leaf'"), r.err());
        Run ok = run("format", SAMPLE, "--style", HOUSE, "--cite", "konoreva2008nekotorye, p. 12");
        assertFalse(ok.err().contains("cite/unknown-label"), ok.err());
    }

    @Test
    void oneCitationPerRecord() {
        Run r = run("format", SAMPLE, "--style", "chicago-author-date", "--citations");
        assertTrue(r.out().startsWith("(Bovin 2003)\n(Buharkin 1998)\n"), r.out());
        assertTrue(r.out().contains("(Konoreva 2008a)\n(Konoreva 2008b)\n"), r.out());
    }

    @Test
    void compareFormatMatchesTheInteropLineFormat() {
        Run r = run("format", SAMPLE, "--style", "chicago-author-date", "--compare-format");
        String[] lines = r.out().split("\n");
        assertEquals(22, lines.length);
        assertEquals("bib\tbovin2003\tBovin, A.E. 2003. Moj XX vek. Vospominaniya. Moscow.", lines[0]);
        assertEquals("cite\tbovin2003\t(Bovin 2003)", lines[11]);
    }

    @Test
    void noteCitationsAreFormattedBesideTheirWrittenForm() {
        Run r = run("format", "references/selivanov-2017/note.md", "--style", HOUSE, "--note-citations");
        assertEquals(Main.FINDINGS == r.status() || Main.OK == r.status(), true, r.err());
        // note 16 of the note: "(Khrushchev 1999, pp. 113–15)"; note 7: "(… Konoreva and Selivanov 2016, p. 69)"
        assertTrue(r.out().contains("\tKhrushchev 1999, pp. 113–15\t(Khrushchev 1999, pp. 113–15)\n"), r.out());
        assertTrue(r.out().contains("\tKonoreva and Selivanov 2016, p. 69\t(Konoreva and Selivanov 2016, p. 69)\n"), r.out());
        assertTrue(r.out().contains("\tPravda, 8 July 1977\t(Pravda, 8 July 1977)\n"), r.out());
    }

    @Test
    void noteCitationsNeedANote() {
        Run r = run("format", SAMPLE, "--style", HOUSE, "--note-citations");
        assertEquals(Main.USAGE, r.status());
        assertTrue(r.err().contains("--note-citations needs a note"), r.err());
    }

    @Test
    void writesHtmlToAFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("refs.html");
        Run r = run("format", SAMPLE, "--style", HOUSE, "--format", "HTML", "-o", out.toString());
        assertEquals(Main.OK, r.status(), r.err());
        String html = Files.readString(out);
        // the old spelling (--output FORMAT, -o FILE) still works, with a deprecation note
        Path old = dir.resolve("old.html");
        Run o = run("format", SAMPLE, "--style", HOUSE, "--output", "html", "-o", old.toString());
        assertEquals(Main.OK, o.status(), o.err());
        assertTrue(o.err().contains("'--output html' as a format is deprecated; use --format html"), o.err());
        assertEquals(html, Files.readString(old));
        assertTrue(html.startsWith("<div class=\"csl-bib-body\">"), html);
        assertTrue(html.contains("<span style=\"font-style: italic\">Moj XX vek. Vospominaniya</span>"), html);
    }

    @Test
    void roundtripRefusesDataFilesAndUnknownStyles() {
        Run r = run("roundtrip", SAMPLE, "--style", HOUSE);
        // a CSL-JSON file has no printed entries: nothing to compare
        assertEquals(Main.USAGE, r.status(), r.err());
        assertTrue(r.err().contains("was read as csl-json"), r.err());
        Run bad = run("roundtrip", SAMPLE, "--style", "nope-style");
        assertEquals(Main.USAGE, bad.status());
    }

    @Test
    void roundtripOfANoteWithoutEntriesIsAFindingNotAPerfectScore(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path empty = dir.resolve("empty.md");
        java.nio.file.Files.writeString(empty, "");
        Run r = run("roundtrip", empty.toString(), "--style", HOUSE);
        assertEquals(Main.FINDINGS, r.status(), r.out() + r.err());
        assertTrue(r.err().contains("reflist/empty-input"), r.err());
        assertFalse(r.out().contains("100.0%"), r.out());
    }
}
