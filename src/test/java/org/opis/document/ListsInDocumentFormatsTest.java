package org.opis.document;

import org.opis.model.CslRecords;
import org.opis.model.Reference;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Reference lists as web pages, Word documents and LaTeX write them, the entries real ones from the gold lists: one to a line in one paragraph
 * ({@code <br>}), a GOST list in Cyrillic one to a paragraph, undated readings one to a paragraph.
 */
class ListsInDocumentFormatsTest {

    private static List<String> titles(String html) {
        return titles(DocumentReader.read("list.html", html.getBytes(StandardCharsets.UTF_8), Optional.of(Format.HTML)));
    }

    /** The titles of the list's records, as {@code opis parse} gives them for the document. */
    private static List<String> titles(Document doc) {
        List<Reference> refs = DocumentChecker.check(doc, Library.NONE).checked().references();
        return refs.stream().map(r -> CslRecords.csl(r).getTitle()).toList();
    }

    @Test
    void entriesOneToALineInOneParagraphAreEntries() {
        // references/grimsley-american-military-history, its first three gold entries, as a page with <br> between them
        String html = "<html><body><h2>Bibliography</h2><p>"
                + "Harold and Margaret Sprout, <i>The Rise of American Naval Power, 1776-1918</i> (1939).<br>\n"
                + "Kenneth J. Hagan, <i>This People's Navy</i> (1991).<br>\n"
                + "Howard H. Peckham, <i>The Colonial Wars, 1689-1763</i> (1964)."
                + "</p></body></html>";
        assertEquals(List.of("The Rise of American Naval Power, 1776-1918", "This People's Navy", "The Colonial Wars, 1689-1763"), titles(html));
    }

    @Test
    void entriesOneToALineInOneWordParagraphAreEntries() throws Exception {
        // the same three entries in a Word paragraph, separated by manual line breaks (Shift+Enter: <w:br/>)
        byte[] docx;
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var out = new java.io.ByteArrayOutputStream()) {
            var h = doc.createParagraph();
            h.setStyle("Heading2");
            h.createRun().setText("Bibliography");
            var p = doc.createParagraph();
            String[][] entries = {{"Harold and Margaret Sprout, ", "The Rise of American Naval Power, 1776-1918", " (1939)."},
                    {"Kenneth J. Hagan, ", "This People's Navy", " (1991)."}, {"Howard H. Peckham, ", "The Colonial Wars, 1689-1763", " (1964)."}};
            for (int i = 0; i < entries.length; i++) {
                p.createRun().setText(entries[i][0]);
                var t = p.createRun();
                t.setItalic(true);
                t.setText(entries[i][1]);
                var end = p.createRun();
                end.setText(entries[i][2]);
                if (i < entries.length - 1) end.addBreak();
            }
            doc.write(out);
            docx = out.toByteArray();
        }
        List<String> titles = titles(DocumentReader.read("list.docx", docx, Optional.of(Format.DOCX)));
        assertEquals(List.of("The Rise of American Naval Power, 1776-1918", "This People's Navy", "The Colonial Wars, 1689-1763"), titles);
    }

    @Test
    void entriesOneToALineOfALatexParagraphAreEntries() {
        // the same three entries as LaTeX writes lines of one paragraph ("\\\\" at each line's end)
        String tex = "\\documentclass{article}\n\\begin{document}\n\\section*{Bibliography}\n\n"
                + "Harold and Margaret Sprout, \\emph{The Rise of American Naval Power, 1776-1918} (1939).\\\\\n"
                + "Kenneth J. Hagan, \\emph{This People's Navy} (1991).\\\\\n"
                + "Howard H. Peckham, \\emph{The Colonial Wars, 1689-1763} (1964).\n\n\\end{document}\n";
        List<String> titles = titles(DocumentReader.read("list.tex", tex.getBytes(StandardCharsets.UTF_8), Optional.of(Format.LATEX)));
        assertEquals(List.of("The Rise of American Naval Power, 1776-1918", "This People's Navy", "The Colonial Wars, 1689-1763"), titles);
    }

    @Test
    void aGostListInCyrillicIsAList() {
        // references/gost-early-modern, its first three gold entries (no italics, no quotation marks: the imprint "СПб. : Питер")
        String html = "<html><body><h2>Литература</h2>"
                + "<p>Анисимов Е. В. Петр Великий. Личность и реформы. СПб. : Питер, 2009.</p>"
                + "<p>Баталов А. Л., Беляев Л. А. Сакральное пространство средневековой Москвы. М. : Дизайн. Информация. Картография, 2010.</p>"
                + "<p>Богданов А. П. Московская публицистика последней четверти XVII века. М. : Ин-т российской истории РАН, 2001.</p>"
                + "</body></html>";
        assertEquals(3, titles(html).size());
    }

    @Test
    void undatedReadingsOneToAParagraphAreEntries() {
        // references/dorsey-american-diplomatic-history: readings with no year
        String html = "<html><body><h2>Bibliography</h2>"
                + "<p>Thomas R. Hietala, <i>Manifest Design</i>.</p>"
                + "<p>Eric Foner, <i>A Short History of Reconstruction</i>.</p>"
                + "<p>Robert McMath, <i>American Populism</i>.</p>"
                + "<p>Rebecca B. Edwards, <i>Angels in the Machinery</i>.</p>"
                + "</body></html>";
        assertEquals(List.of("Manifest Design", "A Short History of Reconstruction", "American Populism", "Angels in the Machinery"), titles(html));
    }
}
