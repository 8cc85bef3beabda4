package org.opis.fuzz;

import org.opis.model.CslRecords;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.opis.Opis;
import org.opis.archival.ArchivalEngine;
import org.opis.bibtex.BibTeXImport;
import org.opis.cite.CitationScanner;
import org.opis.csl.CslJson;
import org.opis.csl.CslStyle;
import org.opis.csl.FormatException;
import org.opis.model.ParsedRecords;
import org.opis.text.SourceReader;
import org.opis.text.SourceText;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzz targets for every reader. Without {@code JAZZER_FUZZ} (as in {@code mvn verify}) each runs
 * once per saved input under {@code src/test/resources/org/opis/fuzz/ReadersFuzzTestInputs/METHOD/}
 * (the seeds and every crash found, kept after its fix). To fuzz one target (up to
 * {@code maxDuration}; stop earlier with Ctrl-C):
 * {@code JAZZER_FUZZ=1 mvn -B -o test -Dtest='ReadersFuzzTest#bibtex'}. Any exception or
 * {@link Error} escaping a reader is a finding: bad input must become findings, never a throw.
 */
class ReadersFuzzTest {

    /** Loaded only by the targets that need it (the others need not instrument the archival engine). */
    private static final class Archival {
        static final ArchivalEngine ENGINE = ArchivalEngine.standard();
        static final org.opis.cite.ArchivalReader READER = new org.opis.archival.EngineArchivalReader(ENGINE);
    }

    private static SourceText text(byte[] bytes) {
        return SourceReader.decode("fuzz.txt", bytes).source();
    }

    /** A reference list or whole note, through byte decoding (encodings, BOMs, binary detection). */
    @FuzzTest(maxDuration = "10m")
    void referenceList(byte[] bytes) {
        ParsedRecords r = Opis.parse(SourceReader.decode("fuzz.md", bytes), false);
        r.references().forEach(x -> CslRecords.csl(x).getTitle());
    }

    /** One archival citation. */
    @FuzzTest(maxDuration = "10m")
    void archival(byte[] bytes) {
        String s = text(bytes).text();
        if (s.length() > 4000) s = s.substring(0, 4000);
        Archival.ENGINE.parse(s).english();
    }

    /** The in-text citation scanner on a note without a list. */
    @FuzzTest(maxDuration = "10m")
    void inTextScanner(byte[] bytes) {
        new CitationScanner(Archival.READER, k -> false, k -> false).scan(text(bytes));
    }

    /** A .bib file. */
    @FuzzTest(maxDuration = "10m")
    void bibtex(byte[] bytes) {
        new BibTeXImport().read(text(bytes));
    }

    /** A CSL-JSON file. */
    @FuzzTest(maxDuration = "10m")
    void cslJson(byte[] bytes) {
        CslJson.read(text(bytes));
    }

    /**
     * The streaming readers that {@code convert} and {@code export} use (round 15): the same bytes read
     * record by record as BibTeX, CSL-JSON and RIS, each record handed on as it is read.
     */
    @FuzzTest(maxDuration = "10m")
    void streamedReaders(byte[] bytes) {
        SourceText src = text(bytes);
        for (org.opis.spi.ImportFormat f : new org.opis.spi.ImportFormat[] {new BibTeXImport(), new org.opis.csl.CslJsonFormat(),
                new org.opis.ris.RisImport()}) {
            f.read(src, r -> CslRecords.csl(r).getTitle());
        }
    }

    /** A CSL style file: loads or is refused with a FormatException. */
    @FuzzTest(maxDuration = "10m")
    void styleLoading(byte[] bytes) throws Exception {
        Path f = Files.createTempFile("fuzz", ".csl");
        try {
            Files.write(f, bytes);
            try {
                CslStyle s = CslStyle.load(f.toString());
                s.options();
            } catch (FormatException expected) {
                // refused with a message: fine
            }
        } finally {
            Files.deleteIfExists(f);
        }
    }

    /** The whole check of a note: reference list, citations, archival citations. */
    @FuzzTest(maxDuration = "10m")
    void wholeCheck(byte[] bytes) {
        Opis.check(SourceReader.decode("fuzz.md", bytes)).summary();
    }

    /** A document in each format through its reader and the whole document check. */
    private static void document(String name, byte[] bytes, org.opis.document.Format format) {
        org.opis.document.Document d = org.opis.document.DocumentReader.read(name, bytes, java.util.Optional.of(format));
        org.opis.document.DocumentChecker.check(d, org.opis.document.Library.NONE).checked().summary();
    }

    /** A Word document (a zip of XML parts): not a zip, missing parts, bombs, broken XML. */
    @FuzzTest(maxDuration = "10m")
    void docx(byte[] bytes) {
        document("fuzz.docx", bytes, org.opis.document.Format.DOCX);
    }

    /** An HTML page (footnote lists, cite elements, note calls). */
    @FuzzTest(maxDuration = "10m")
    void html(byte[] bytes) {
        document("fuzz.html", bytes, org.opis.document.Format.HTML);
    }

    /** A LaTeX article (cite commands with pre- and post-notes). */
    @FuzzTest(maxDuration = "10m")
    void latex(byte[] bytes) {
        document("fuzz.tex", bytes, org.opis.document.Format.LATEX);
    }

    /** A Markdown manuscript (footnotes, pandoc citations). */
    @FuzzTest(maxDuration = "10m")
    void markdown(byte[] bytes) {
        document("fuzz.md", bytes, org.opis.document.Format.MARKDOWN);
    }

}
