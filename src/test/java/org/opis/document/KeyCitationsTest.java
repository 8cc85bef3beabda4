package org.opis.document;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.opis.cite.CheckedCitation;
import org.opis.cite.CheckedNote;
import org.opis.cite.CitationStatus;
import org.opis.model.Diagnostic;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pandoc and LaTeX manuscripts against a .bib library, a Zotero/Mendeley .docx, and malformed input. */
class KeyCitationsTest {

    private static final String DIR = "src/test/resources/org/opis/document/";

    private static CheckedNote check(String file, List<String> library) throws Exception {
        return DocumentChecker.check(DocumentReader.read(DIR + file, Optional.empty()),
                library.isEmpty() ? Library.NONE : Library.read(library.stream().map(f -> DIR + f).toList())).checked();
    }

    @Test
    void pandocManuscriptWithLibrary() throws Exception {
        CheckedNote n = check("manuscript.md", List.of("library.bib"));
        // by hand: [@kotkin1995, p. 45; @fitzpatrick1999] 2, @gaddis2005 [p. 54] 1, [-@kotkin1995] 1,
        // Gaddis (2005, 30) 1 (author-date, resolved through the library), [see @service2015, chap. 3] 1
        // (not in the library), @fitzpatrick1999 in the footnote 1; the e-mail address is none
        assertEquals(7, n.summary().citations(), n.citations().toString());
        assertEquals(6, n.summary().resolved());
        assertEquals(1, n.summary().unresolved());
        CheckedCitation first = n.citations().get(0);
        assertEquals("kotkin1995", first.resolvesTo().orElseThrow());
        assertEquals("45", first.locators().get(0).value());
        assertEquals(3, first.citation().span().line());
        CheckedCitation missing = n.citations().stream().filter(c -> c.status() == CitationStatus.UNRESOLVED).findFirst().orElseThrow();
        assertEquals("service2015", missing.citation().who());
        assertEquals("chapter", missing.locators().get(0).label());
        assertTrue(n.diagnostics().stream().anyMatch(d -> d.code().equals("citation/unresolved") && d.span().line() == 7));
        Diagnostic cited = n.diagnostics().stream().filter(d -> d.code().equals(DocumentChecker.LIBRARY_CITED)).findFirst().orElseThrow();
        assertTrue(cited.message().contains("cites 3 of the 4 records"), cited.message());
        assertTrue(n.diagnostics().stream().noneMatch(d -> d.code().equals("reference/uncited")));
    }

    @Test
    void latexArticleWithLibrary() throws Exception {
        CheckedNote n = check("article.tex", List.of("library.bib"));
        // by hand: \parencite kotkin, \textcite gaddis, \autocite fitzpatrick + zubok, \cite zubok in the
        // footnote, \cite service2015 (missing), \footcite kotkin; the commented \cite is none
        assertEquals(7, n.summary().citations(), n.citations().toString());
        assertEquals(6, n.summary().resolved());
        assertEquals(1, n.summary().unresolved());
        CheckedCitation auto = n.citations().stream().filter(c -> c.resolvesTo().orElse("").equals("fitzpatrick1999")).findFirst().orElseThrow();
        assertEquals("12–14", auto.locators().get(0).value());
        assertEquals(9, auto.citation().span().line());
        assertTrue(n.citations().stream().filter(c -> c.resolvesTo().orElse("").equals("zubok2007")).anyMatch(c -> c.citation().inNotes()));
    }

    @Test
    void biblatexMulticiteCommandsCiteEveryKeyWithItsOwnNotes() throws Exception {
        // pandoc --biblatex writes a citation of several works as \autocites; by hand: kotkin1995 p. 45 (prenote "see"),
        // fitzpatrick1999 pp. 12–14, then gaddis2005 and zubok2007 in one \textcites; service2015 is not in the library
        String tex = "\\documentclass{article}\n\\begin{document}\nAs argued \\autocites(cf.)()[see][45]{kotkin1995}[12--14]{fitzpatrick1999}.\n\n"
                + "Both \\textcites{gaddis2005}{zubok2007} and \\parencites[chap.~3]{service2015} disagree.\n\\end{document}\n";
        Document d = DocumentReader.read("multi.tex", tex.getBytes(StandardCharsets.UTF_8), Optional.of(Format.LATEX));
        CheckedNote n = DocumentChecker.check(d, Library.read(List.of(DIR + "library.bib"))).checked();
        assertEquals(5, n.summary().citations(), n.citations().toString());
        assertEquals(4, n.summary().resolved());
        assertEquals(1, n.summary().unresolved());
        CheckedCitation kotkin = n.citations().stream().filter(c -> c.resolvesTo().orElse("").equals("kotkin1995")).findFirst().orElseThrow();
        assertEquals("45", kotkin.locators().get(0).value());
        CheckedCitation fitz = n.citations().stream().filter(c -> c.resolvesTo().orElse("").equals("fitzpatrick1999")).findFirst().orElseThrow();
        assertEquals("12–14", fitz.locators().get(0).value());
        assertEquals(3, fitz.citation().span().line());
        assertTrue(n.citations().stream().anyMatch(c -> c.resolvesTo().orElse("").equals("zubok2007")));
    }

    @Test
    void latexWithoutLibrarySaysWhichFileItNames() throws Exception {
        CheckedNote n = check("article.tex", List.of());
        assertEquals(7, n.summary().unresolved());
        assertTrue(n.citations().get(0).reason().contains("library.bib"), n.citations().get(0).reason());
    }

    @Test
    void zoteroAndMendeleyFieldCodesAreTheList() throws Exception {
        String kotkin = "{\"id\":101,\"type\":\"book\",\"title\":\"Magnetic Mountain\",\"author\":[{\"family\":\"Kotkin\",\"given\":\"Stephen\"}],\"issued\":{\"date-parts\":[[\"1995\"]]}}";
        String fitz = "{\"id\":102,\"type\":\"book\",\"title\":\"Everyday Stalinism\",\"author\":[{\"family\":\"Fitzpatrick\",\"given\":\"Sheila\"}],\"issued\":{\"date-parts\":[[1999]]}}";
        String first = "ADDIN ZOTERO_ITEM CSL_CITATION {\"citationID\":\"a1\",\"properties\":{\"formattedCitation\":\"(Kotkin 1995, 45; Fitzpatrick 1999)\",\"plainCitation\":\"(Kotkin 1995, 45; Fitzpatrick 1999)\",\"noteIndex\":0},"
                + "\"citationItems\":[{\"id\":101,\"itemData\":" + kotkin + ",\"locator\":\"45\",\"label\":\"page\"},{\"id\":102,\"itemData\":" + fitz + "}]}";
        String edited = "ADDIN ZOTERO_ITEM CSL_CITATION {\"citationID\":\"a2\",\"properties\":{\"plainCitation\":\"(Kotkin 1995, 46)\"},"
                + "\"citationItems\":[{\"id\":101,\"itemData\":" + kotkin + ",\"locator\":\"46\"}]}";
        String mendeley = "ADDIN CSL_CITATION {\"citationItems\":[{\"id\":\"ITEM-1\",\"itemData\":{\"id\":\"ITEM-1\",\"type\":\"book\",\"title\":\"The Cold War\",\"author\":[{\"family\":\"Gaddis\",\"given\":\"John Lewis\"}],\"issued\":{\"date-parts\":[[\"2005\"]]}}}],"
                + "\"mendeley\":{\"plainTextFormattedCitation\":\"(Gaddis 2005)\"}}";
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText("Stalinism was lived as a civilization ");
            field(p, first, "(Kotkin 1995, 45; Fitzpatrick 1999)");
            p.createRun().setText(". The city was built fast ");
            field(p, edited, "(Kotkin 1995, p. 46 and passim)");
            p.createRun().setText(".");
            XWPFParagraph q = doc.createParagraph();
            q.createRun().setText("The view from Washington ");
            field(q, mendeley, "(Gaddis 2005)");
            q.createRun().setText(".");
            doc.write(out);
            docx = out.toByteArray();
        }
        Document d = DocumentReader.read("z.docx", docx, Optional.empty());
        assertEquals(3, d.embedded().size());
        CheckedNote n = DocumentChecker.check(d, Library.NONE).checked();
        // by hand: 2 + 1 + 1 cited items; the visible texts are not read again as author-date citations
        assertEquals(4, n.summary().citations(), n.citations().toString());
        assertEquals(4, n.summary().resolved());
        assertEquals("45", n.citations().get(0).locators().get(0).value());
        List<Diagnostic> editedFindings = n.diagnostics().stream().filter(x -> x.code().equals("document/edited-citation")).toList();
        assertEquals(1, editedFindings.size(), n.diagnostics().toString());
        assertEquals(1, editedFindings.get(0).span().line()); // paragraph 1
        assertEquals(0, n.summary().uncited());
    }

    @Test
    void zoteroFieldInTheSecondParagraphOfAFootnote() throws Exception {
        String kotkin = "{\"id\":101,\"type\":\"book\",\"title\":\"Magnetic Mountain\",\"author\":[{\"family\":\"Kotkin\",\"given\":\"Stephen\"}],\"issued\":{\"date-parts\":[[1995]]}}";
        String instr = "ADDIN ZOTERO_ITEM CSL_CITATION {\"properties\":{\"plainCitation\":\"Kotkin, Magnetic Mountain, 45.\"},"
                + "\"citationItems\":[{\"id\":101,\"itemData\":" + kotkin + ",\"locator\":\"45\"}]}";
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.poi.xwpf.usermodel.XWPFFootnote note = doc.createFootnote();
            XWPFParagraph body = doc.createParagraph();
            body.createRun().setText("The city was built fast.");
            body.createRun().getCTR().addNewFootnoteReference().setId(note.getId());
            note.createParagraph().createRun().setText("On the speed of construction:");
            field(note.createParagraph(), instr, "Kotkin, Magnetic Mountain, 45.");
            doc.write(out);
            docx = out.toByteArray();
        }
        CheckedNote n = DocumentChecker.check(DocumentReader.read("fn.docx", docx, Optional.empty()), Library.NONE).checked();
        // by hand: one citation, in the note; its visible text is not read a second time
        assertEquals(1, n.summary().citations(), n.citations().toString());
        assertEquals(1, n.summary().resolved());
        assertTrue(n.citations().get(0).citation().inNotes());
        assertTrue(n.diagnostics().stream().noneMatch(d -> d.code().equals("document/edited-citation")), n.diagnostics().toString());
    }

    private static void field(XWPFParagraph p, String instr, String visible) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        // Word splits long codes over several runs
        int half = instr.length() / 2;
        p.createRun().getCTR().addNewInstrText().setStringValue(" " + instr.substring(0, half));
        p.createRun().getCTR().addNewInstrText().setStringValue(instr.substring(half) + " ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        p.createRun().setText(visible);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    @Test
    void malformedDocumentsGiveFindingsNotExceptions() throws Exception {
        Document notZip = DocumentReader.read("x.docx", "not a zip at all".getBytes(StandardCharsets.UTF_8), Optional.empty());
        assertEquals("document/unreadable", notZip.diagnostics().get(0).code());

        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bomb)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 40; i++) z.write(spaces);
        }
        Document b = DocumentReader.read("bomb.docx", bomb.toByteArray(), Optional.empty());
        assertEquals("document/unreadable", b.diagnostics().get(0).code(), b.diagnostics().toString());
        CheckedNote checked = DocumentChecker.check(b, Library.NONE).checked();
        assertTrue(checked.hasErrors());

        ByteArrayOutputStream empty = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(empty)) {
            z.putNextEntry(new ZipEntry("hello.txt"));
            z.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        Document missing = DocumentReader.read("missing.docx", empty.toByteArray(), Optional.empty());
        assertEquals("document/unreadable", missing.diagnostics().get(0).code());

        Document html = DocumentReader.read("bad.html", "<html><body><p>Unclosed <b>tag (Kotkin 1995<ol><li>x".getBytes(StandardCharsets.UTF_8), Optional.empty());
        DocumentChecker.check(html, Library.NONE);
        Document tex = DocumentReader.read("bad.tex", "\\begin{document}\nText\\footnote{never closed (Kotkin 1995).\n".getBytes(StandardCharsets.UTF_8), Optional.empty());
        assertTrue(tex.diagnostics().stream().anyMatch(d -> d.code().equals("document/latex-structure")), tex.diagnostics().toString());
        DocumentChecker.check(tex, Library.NONE);
    }

    @Test
    void formatByContentAndForced() {
        assertEquals(Format.HTML, Format.detect("page", "<!DOCTYPE html><html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Format.LATEX, Format.detect("paper.txt", "\\documentclass{article}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Format.DOCX, Format.detect("paper", new byte[]{'P', 'K', 3, 4, 0}));
        assertEquals(Format.MARKDOWN, Format.detect("note.md", "# Title".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.of(Format.LATEX), Format.named("tex"));
    }

    @Test
    void readsFilesThroughOneEntryPoint() throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of(DIR + "manuscript.md"));
        assertEquals(DocumentReader.read(DIR + "manuscript.md", Optional.empty()).blocks().size(),
                DocumentReader.read("manuscript.md", bytes, Optional.empty()).blocks().size());
    }
}
