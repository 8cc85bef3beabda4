package org.opis.spi;

import org.junit.jupiter.api.Test;
import org.opis.text.SourceText;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormatsTest {

    private final Formats formats = Formats.installed();

    @Test
    void exportFormatsAreFoundByNameAndExtension() {
        assertEquals("bibtex", formats.export("BibTeX").orElseThrow().name());
        assertEquals("biblatex", formats.export("biblatex").orElseThrow().name());
        assertEquals(".bib", formats.export("biblatex").orElseThrow().extension());
        assertEquals("bibtex", formats.exportForFile("out.bib").orElseThrow().name());
        assertTrue(formats.export("endnote").isEmpty());
    }

    @Test
    void theMostConfidentImportFormatReadsTheFile() {
        assertEquals("bibtex", formats.bestImport(new SourceText("refs.bib", "% comment\n@book{a, title = {A}}")).orElseThrow().name());
        assertEquals("bibtex", formats.bestImport(new SourceText("-", "\n  @article{x, title = {T}, year = 2001}\n")).orElseThrow().name());
        assertEquals("note", formats.bestImport(new SourceText("note.md", "## REFERENCES\n\n- Bovin, A.E. *Moj XX vek*. Moscow, 2003.\n")).orElseThrow().name());
    }
}
