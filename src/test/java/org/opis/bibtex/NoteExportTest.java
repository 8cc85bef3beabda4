package org.opis.bibtex;

import org.junit.jupiter.api.Test;
import org.opis.model.ParsedRecords;
import org.opis.model.Reference;
import org.opis.spi.NoteImport;
import org.opis.text.SourceReader;
import org.opis.text.SourceText;

import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled note exported as .bib reads back into the same .bib (BibTeX → records → BibTeX is lossless on the note's export). */
class NoteExportTest {

    private static List<Reference> note() throws Exception {
        SourceReader.Result r = SourceReader.read("references/selivanov-2017/note.md");
        return new NoteImport().read(r.source()).references();
    }

    private static String write(List<Reference> refs, Flavour f, BibTeXWriter.KeyPolicy keys) throws Exception {
        StringWriter out = new StringWriter();
        new BibTeXWriter(f, keys).write(refs, out);
        return out.toString();
    }

    private static void readsBackIdentically(Flavour flavour) throws Exception {
        String first = write(note(), flavour, BibTeXWriter.KeyPolicy.GENERATE);
        ParsedRecords back = new BibTeXReader().read(new SourceText("note.bib", first));
        assertFalse(back.hasErrors(), back.diagnostics().toString());
        String second = write(back.references(), flavour, BibTeXWriter.KeyPolicy.KEEP);
        assertEquals(first, second);
    }

    @Test
    void noteAsBibtexReadsBackIntoTheSameFile() throws Exception {
        readsBackIdentically(Flavour.BIBTEX);
    }

    @Test
    void noteAsBiblatexReadsBackIntoTheSameFile() throws Exception {
        readsBackIdentically(Flavour.BIBLATEX);
    }

    @Test
    void noteExportKeepsEveryEntryWithReadableKeys() throws Exception {
        List<Reference> refs = note();
        String bib = write(refs, Flavour.BIBLATEX, BibTeXWriter.KeyPolicy.GENERATE);
        assertEquals(refs.size(), bib.lines().filter(l -> l.startsWith("@")).count());
        // Bovin, A.E. *Moj XX vek. Vospominaniya*. Moscow, 2003.
        assertTrue(bib.contains("@book{bovin2003moj,"), bib);
        assertTrue(bib.contains("title = {{Moj XX vek. Vospominaniya}}"), bib);
        // Hoxha … *Vepra. T. 8, 22*. Tirana, 1971–1982.
        assertTrue(bib.contains("date = {1971/1982}"), bib);
        // Konoreva 2008a / 2008b keep their printed year labels
        assertTrue(bib.contains("@article{konoreva2008aistorii,"), bib);
        assertTrue(bib.contains("addendum = {cited as 2008b}"), bib);
        assertTrue(bib.contains("author = {{Hồ Chí Minh}}"), bib);
        assertTrue(bib.contains("author = {{History and Public Policy Program, Woodrow Wilson Center}}"), bib);
    }
}
