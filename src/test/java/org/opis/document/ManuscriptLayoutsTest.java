package org.opis.document;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.opis.cite.CheckSummary;
import org.opis.text.SourceText;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The layouts a Word or HTML user gives notes and a bibliography, on a real note ({@code de-ki-agile-kurzbelege}: 46
 * citations in footnotes, a 16-entry list): the list in a table (a number or nothing in the first column), the list
 * numbered by hand with a tab before each entry (a hanging indent), and notes as HTML paragraphs that link back to
 * their calls. Each gives the counts of the Markdown note.
 */
class ManuscriptLayoutsTest {

    private static final String NOTE = "references/de-ki-agile-kurzbelege/note.md";

    private static CheckSummary check(String name, byte[] bytes) {
        return DocumentChecker.check(DocumentReader.read(name, bytes, Optional.empty()), Library.NONE).checked().summary();
    }

    /** The note as Word holds it, its list entries written by {@code list} (a table, or paragraphs). */
    private static byte[] docx(String md, boolean table, boolean numbered) throws Exception {
        Document note = MarkdownReader.read(new SourceText("note.md", md), Format.MARKDOWN);
        List<Part> parts = Parts.of(note);
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Map<String, XWPFFootnote> notes = new HashMap<>();
            for (Block b : note.blocks()) if (b.kind() == BlockKind.NOTE) notes.put(b.label(), doc.createFootnote());
            List<String> entries = new ArrayList<>();
            for (int i = 0; i < note.blocks().size(); i++) if (parts.get(i) == Part.REFERENCE) entries.add(note.blocks().get(i).text());
            assertEquals(16, entries.size());
            boolean listWritten = false;
            for (int i = 0; i < note.blocks().size(); i++) {
                Block b = note.blocks().get(i);
                if (b.kind() == BlockKind.NOTE) {
                    TestDocx.runs(notes.get(b.label()).createParagraph(), b.text(), notes);
                } else if (parts.get(i) == Part.REFERENCE) {
                    if (!listWritten) list(doc, entries, table, numbered, notes);
                    listWritten = true;
                } else {
                    XWPFParagraph p = doc.createParagraph();
                    if (b.kind() == BlockKind.HEADING) p.setStyle("Heading" + b.level());
                    TestDocx.runs(p, b.text(), notes);
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** The list where it stands in the note: a table (a number in a first column, or one column), or numbered paragraphs with a tab. */
    private static void list(XWPFDocument doc, List<String> entries, boolean table, boolean numbered, Map<String, XWPFFootnote> notes) {
        if (table) {
            XWPFTable t = doc.createTable(entries.size(), numbered ? 2 : 1);
            for (int k = 0; k < entries.size(); k++) {
                if (numbered) t.getRow(k).getCell(0).getParagraphs().get(0).createRun().setText("[" + (k + 1) + "]");
                TestDocx.runs(t.getRow(k).getCell(numbered ? 1 : 0).getParagraphs().get(0), entries.get(k), notes);
            }
            return;
        }
        for (int k = 0; k < entries.size(); k++) {
            XWPFParagraph p = doc.createParagraph();
            p.setIndentationLeft(720);
            p.setIndentationHanging(720);
            p.createRun().setText((k + 1) + ".");
            p.createRun().addTab();
            TestDocx.runs(p, entries.get(k), notes);
        }
    }

    @Test
    void aBibliographyInAWordTableIsTheList() throws Exception {
        String md = Files.readString(Path.of(NOTE), StandardCharsets.UTF_8);
        CheckSummary asMarkdown = check("note.md", md.getBytes(StandardCharsets.UTF_8));
        assertEquals(46, asMarkdown.citations());
        // before: the table was data, no list was found, and only 18 of the 46 citations were reported
        assertEquals(asMarkdown, check("numbered.docx", docx(md, true, true)));
        assertEquals(asMarkdown, check("plain.docx", docx(md, true, false)));
    }

    @Test
    void entriesNumberedByHandWithATabAreTheList() throws Exception {
        String md = Files.readString(Path.of(NOTE), StandardCharsets.UTF_8);
        CheckSummary asMarkdown = check("note.md", md.getBytes(StandardCharsets.UTF_8));
        // before: "1.⇥Becker, Joel, …" read as no entry: 18 citations, no list
        assertEquals(asMarkdown, check("hanging.docx", docx(md, false, true)));
    }

    @Test
    void aTableIsAListOnlyWhenEachRowIsOneLongCellBesideALabel() {
        // a bibliography row, as typed in the note's list
        String entry = "Preußig, Jörg (Agiles Projektmanagement, 2020): Agiles Projektmanagement. Agilität und Scrum im klassischen Projektumfeld, 2. Aufl., Freiburg: Haufe-Lexware, 2020";
        LayoutTables.Row[] rows = LayoutTables.items(List.of(List.of("[1]", entry), List.of("2.", entry)));
        assertNotNull(rows);
        assertEquals("1", rows[0].label());
        assertEquals("2", rows[1].label());
        assertEquals(1, rows[0].cell());
        // the data table of winkler-pandoc-manuscript (formats, their names, uses, bases and a citation): no long cell
        assertNull(LayoutTables.items(List.of(List.of("DOCX", "Office Open XML", "WYSIWYG editing", "XML, ZIP", "[@OOXML]"),
                List.of("JATS", "journal article tag suite", "journal publishing", "XML", "[@JATS]"))));
        // two long cells in a row: a data table
        assertNull(LayoutTables.items(List.of(List.of(entry, entry), List.of(entry, entry))));
        // one boxed paragraph is no list
        assertNull(LayoutTables.items(List.of(List.of(entry))));
    }

    @Test
    void anHtmlParagraphLinkedBackToItsCallIsANote() {
        String html = "<!DOCTYPE html><html><body>"
                + "<p>81 % der Befragten des DORA-Reports 2024 berichten eine Prioritätenverschiebung zugunsten von KI."
                + "<sup><a href=\"#fn1\" id=\"ref1\">1</a></sup></p>"
                + "<h2>Anmerkungen</h2>"
                + "<p id=\"fn1\"><a href=\"#ref1\">1</a>. Vgl. DORA, State of DevOps, 2024, S. 18.</p>"
                + "<p><a href=\"#top\">2</a>. Nach oben.</p><a id=\"top\"></a>"
                + "</body></html>";
        Document d = DocumentReader.read("page.html", html.getBytes(StandardCharsets.UTF_8), Optional.empty());
        Block note = d.blocks().stream().filter(b -> b.kind() == BlockKind.NOTE).findFirst().orElseThrow();
        assertEquals("1", note.label());
        assertEquals("Vgl. DORA, State of DevOps, 2024, S. 18.", note.text());
        // the note's text starts where "Vgl." stands in the file
        assertEquals(html.indexOf("Vgl. DORA"), note.origin().position(0));
        // a number linking to an anchor that is no call stays a paragraph
        assertTrue(d.blocks().stream().anyMatch(b -> b.kind() == BlockKind.PARAGRAPH && b.text().startsWith("2. Nach oben")));
    }

    @Test
    void anOpenDocumentTextIsNamedAndNotReadAsWord() throws Exception {
        // an .odt as LibreOffice and pandoc write it: the media type stored first, uncompressed
        byte[] type = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            java.util.zip.ZipEntry e = new java.util.zip.ZipEntry("mimetype");
            e.setMethod(java.util.zip.ZipEntry.STORED);
            e.setSize(type.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(type);
            e.setCrc(crc.getValue());
            zip.putNextEntry(e);
            zip.write(type);
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Document d = DocumentReader.read("paper.odt", bytes.toByteArray(), Optional.empty());
        assertEquals(1, d.diagnostics().size());
        assertEquals("document/unreadable", d.diagnostics().get(0).code());
        assertTrue(d.diagnostics().get(0).message().contains("OpenDocument"), d.diagnostics().get(0).message());
    }

    @Test
    void trackedChangesReadAsAccepted() throws Exception {
        // a reviewer's tracked changes in a sentence of the note: an insertion is read, a deletion is not
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText("Die Befundlage ist");
            var ins = p.getCTP().addNewIns();
            ins.setId(java.math.BigInteger.ONE);
            ins.setAuthor("Reviewer");
            ins.addNewR().addNewT().setStringValue(" weiterhin");
            var del = p.getCTP().addNewDel();
            del.setId(java.math.BigInteger.TWO);
            del.setAuthor("Reviewer");
            del.addNewR().addNewDelText().setStringValue(" nicht");
            p.getCTP().addNewR().addNewT().setStringValue(" widersprüchlich.");
            doc.write(out);
            Document d = DocumentReader.read("tracked.docx", out.toByteArray(), Optional.empty());
            assertEquals("Die Befundlage ist weiterhin widersprüchlich.", d.blocks().get(0).text());
        }
    }

    @Test
    void codeInWordIsNoCitation() throws Exception {
        // pandoc's .docx of winkler-pandoc-manuscript: JSON-LD in a "Source Code" paragraph, a key in "Verbatim Char"
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph code = doc.createParagraph();
            code.setStyle("SourceCode");
            code.createRun().setText("\"@context\": {\"@vocab\": \"http://schema.org/\"}");
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText("The syntax is ");
            var r = p.createRun();
            r.setStyle("VerbatimChar");
            r.setText("@CITO_PROPERTY:KEY");
            p.createRun().setText(", as in the text above.");
            doc.write(out);
            Document d = DocumentReader.read("code.docx", out.toByteArray(), Optional.empty());
            assertEquals(1, d.blocks().size());
            assertEquals("The syntax is `@CITO_PROPERTY:KEY`, as in the text above.", d.blocks().get(0).text());
        }
    }

    @Test
    void anIbidAfterAKeyCitationTakesItsWork() {
        // two notes of de-ki-agile-kurzbelege as LaTeX: \cite with a prenote and a postnote, then "Ebd." in the next note
        String tex = "\\documentclass{article}\n\\begin{document}\n"
                + "Das Rahmenwerk definiert Rollen, Ereignisse und Artefakte.\\footnote{\\cite[Vgl.][S.~8]{schwaber2020}.}"
                + " Die Retrospektive dient der Verbesserung.\\footnote{Ebd., S.~13.}\n\n"
                + "\\begin{thebibliography}{9}\n"
                + "\\bibitem{schwaber2020} Schwaber, Ken, Sutherland, Jeff (Scrum Guide, 2020): Der Scrum Guide. Der gültige Leitfaden"
                + " für Scrum: Die Spielregeln, November 2020, \\url{https://scrumguides.org} [Zugriff 2026-07-26]\n"
                + "\\end{thebibliography}\n\\end{document}\n";
        var n = DocumentChecker.check(DocumentReader.read("paper.tex", tex.getBytes(StandardCharsets.UTF_8), Optional.empty()), Library.NONE).checked();
        assertEquals(2, n.citations().size(), n.citations().toString());
        var ibid = n.citations().get(1);
        // before: "ibid. with no citation before it to refer to", unresolved
        assertEquals("schwaber2020", ibid.resolvesTo().orElse(""), ibid.reason());
        assertEquals("13", ibid.locators().get(0).value());
    }
}
