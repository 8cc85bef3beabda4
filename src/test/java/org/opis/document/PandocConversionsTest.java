package org.opis.document;

import org.junit.jupiter.api.Test;
import org.opis.cite.CheckSummary;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The bundled note (selivanov-2017) read as pandoc writes it — HTML (whose note items run over
 * several lines of the file), LaTeX, Word with its notes as real Word footnotes, Markdown footnotes — and
 * with its notes after the reference list gives the counts of the Markdown note. Hand count of the
 * note (CitationScannerTest, README): 86 citations, 79 resolved, 6 fuzzy, 1 unresolved; 1 entry uncited.
 */
class PandocConversionsTest {

    private static final Path NOTE = Path.of("references/selivanov-2017/note.md");
    private static final Path PANDOC = Path.of("/usr/bin/pandoc");

    private static CheckSummary check(String name, byte[] bytes) {
        return DocumentChecker.check(DocumentReader.read(name, bytes, Optional.empty()), Library.NONE).checked().summary();
    }

    private static CheckSummary markdown() throws Exception {
        CheckSummary s = check("note.md", Files.readAllBytes(NOTE));
        assertEquals(86, s.citations());
        assertEquals(79, s.resolved());
        assertEquals(6, s.fuzzy());
        assertEquals(1, s.unresolved());
        assertEquals(1, s.uncited());
        return s;
    }

    /** The note with its {@code <sup>N</sup>} calls as Markdown footnote calls and its NOTES list as footnotes. */
    static String withFootnotes(String md, boolean notesLast) {
        int notes = md.indexOf("### NOTES");
        int refs = md.indexOf("## REFERENCES");
        String body = md.substring(0, notes).replaceAll("<sup>(\\d+)</sup>", "[^$1]");
        List<StringBuilder> fns = new ArrayList<>();
        Pattern item = Pattern.compile("^\\s*(\\d+)\\. (.*)$");
        for (String line : md.substring(notes, refs).split("\n")) {
            if (line.startsWith("#")) continue;
            Matcher m = item.matcher(line);
            if (m.matches()) fns.add(new StringBuilder("[^" + m.group(1) + "]: " + m.group(2)));
            else if (!line.isBlank() && !fns.isEmpty()) fns.get(fns.size() - 1).append(' ').append(line.strip().replaceFirst("^- ", ""));
        }
        assertEquals(26, fns.size()); // the note's 26 notes
        String footnotes = String.join("\n\n", fns) + "\n\n";
        return notesLast ? body + md.substring(refs) + "\n\n" + footnotes : body + footnotes + md.substring(refs);
    }

    private static byte[] pandoc(String from, String to, String input) throws Exception {
        Path in = Files.createTempFile("opis-pandoc", ".md");
        try {
            Files.writeString(in, input, StandardCharsets.UTF_8);
            return pandoc(List.of("-f", from, in.toString()), to);
        } finally {
            Files.deleteIfExists(in);
        }
    }

    /** pandoc's output in format {@code to}, standalone, given its other arguments (the input among them). */
    private static byte[] pandoc(List<String> args, String to) throws Exception {
        Path out = Files.createTempFile("opis-pandoc", "." + to);
        try {
            List<String> command = new ArrayList<>(List.of(PANDOC.toString(), "-t", to, "-s", "--metadata", "title=note", "-o", out.toString()));
            command.addAll(args);
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            assumeTrue(p.waitFor() == 0, "pandoc failed");
            return Files.readAllBytes(out);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    @Test
    void notesAsFootnotesAndAfterTheListGiveTheSameCounts() throws Exception {
        CheckSummary md = markdown();
        String note = Files.readString(NOTE, StandardCharsets.UTF_8);
        assertEquals(md, check("fn.md", withFootnotes(note, false).getBytes(StandardCharsets.UTF_8)));
        assertEquals(md, check("fn-last.md", withFootnotes(note, true).getBytes(StandardCharsets.UTF_8)));
        // the NOTES section itself moved after the REFERENCES
        int notes = note.indexOf("### NOTES");
        int refs = note.indexOf("## REFERENCES");
        String moved = note.substring(0, notes) + note.substring(refs) + "\n\n" + note.substring(notes, refs);
        assertEquals(md, check("moved.md", moved.getBytes(StandardCharsets.UTF_8)));
        // Word footnotes written with POI, called from the body
        assertEquals(md, check("fn.docx", TestDocx.fromMarkdown("fn.md", withFootnotes(note, false))));
    }

    @Test
    void notesWhoseTextRunsOverSeveralLinesOfTheFile() throws Exception {
        // as pandoc writes HTML: every note item wrapped at 72 columns, its citation on a later line than
        // the item's start (before the fix one such note was also read as a full reference: 87 citations)
        CheckSummary md = markdown();
        String html = DocumentFormatsTest.html(Files.readString(NOTE, StandardCharsets.UTF_8));
        StringBuilder wrapped = new StringBuilder();
        for (String line : html.split("\n", -1)) wrapped.append(wrap(line)).append('\n');
        assertTrue(wrapped.length() > html.length());
        assertEquals(md, check("wrapped.html", wrapped.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static String wrap(String line) {
        StringBuilder b = new StringBuilder();
        int col = 0;
        for (String w : line.split(" ", -1)) {
            if (col > 0 && col + w.length() > 72) {
                b.append('\n');
                col = 0;
            } else if (col > 0 || b.length() > 0) {
                b.append(' ');
                col++;
            }
            b.append(w);
            col += w.length();
        }
        return b.toString();
    }

    @Test
    void pandocHtmlWordAndLatexGiveTheSameCounts() throws Exception {
        assumeTrue(Files.isExecutable(PANDOC), "pandoc is not installed");
        CheckSummary md = markdown();
        String note = Files.readString(NOTE, StandardCharsets.UTF_8);
        // the note as it is (its notes a numbered list), and with its notes as pandoc footnotes
        assertEquals(md, check("note.html", pandoc("markdown", "html", note)));
        assertEquals(md, check("note.docx", pandoc("markdown", "docx", note)));
        String fn = withFootnotes(note, false);
        assertEquals(md, check("fn.html", pandoc("markdown", "html", fn)));
        assertEquals(md, check("fn.docx", pandoc("markdown", "docx", fn)));
        assertEquals(md, check("fn-last.docx", pandoc("markdown", "docx", withFootnotes(note, true))));
        // LaTeX: \emph{…} titles and year suffixes (2008\emph{b}), ``…'' quotes, -- ranges, \item entries, the notes as
        // \footnote{…}; before LatexGlyphs the list read 52 resolved / 19 ambiguous, 8 uncited
        assertEquals(md, check("note.tex", pandoc("markdown", "latex", note)));
        assertEquals(md, check("fn.tex", pandoc("markdown", "latex", fn)));
    }

    @Test
    void pandocCiteprocListsAreListsNamedByTheirKeys() throws Exception {
        // pandoc --citeproc writes the list in LaTeX as \begin{CSLReferences}{1}{0} with \leavevmode\vadjust
        // pre{\hypertarget{ref-KEY}{}} before each entry and the sections inside \hypertarget{…}{…}, in HTML as
        // div#refs[role=doc-bibliography] > div.csl-entry#ref-KEY with no heading. Before LatexArguments the LaTeX gave
        // 0 citations and 5 false "references"; before HtmlReader read the div and DocxReader the "Bibliography" style, the body paragraph
        // before the list was a reference (HTML, Word)
        assumeTrue(Files.isExecutable(PANDOC), "pandoc is not installed");
        for (String to : List.of("latex", "html", "docx")) {
            var n = DocumentChecker.check(DocumentReader.read("citeproc." + (to.equals("latex") ? "tex" : to), citeproc(to), Optional.empty()),
                    Library.NONE).checked();
            // the list: Fitzpatrick 1999, Gaddis 2005, Kotkin 1995, each named by its key (Word keeps none: its entries are
            // paragraphs in the "Bibliography" style) and read with its author first
            if (!to.equals("docx")) {
                assertEquals(List.of("fitzpatrick1999", "gaddis2005", "kotkin1995"), n.references().stream().map(r -> r.id()).toList(), to);
            }
            assertEquals(List.of("Fitzpatrick", "Gaddis", "Kotkin"), n.references().stream()
                    .map(r -> org.opis.model.CslRecords.csl(r).getAuthor()[0].getFamily()).toList(), to);
            // by hand, the rendered citations: (Kotkin 1995, 45; Fitzpatrick 1999), Gaddis (2005, 54), Kotkin … (1995),
            // Gaddis (2005, 30), and the footnote's Fitzpatrick (1999), 12: six, all of listed works
            assertEquals(0, n.summary().uncited(), to);
            assertEquals(0, n.summary().unresolved(), to);
            // floor: 5 of the 6 are found today (the one whose author stands apart from its year is not)
            assertTrue(n.summary().resolved() >= 5, to + " " + n.summary());
        }
    }

    private static byte[] citeproc(String to) throws Exception {
        Path dir = Path.of("src/test/resources/org/opis/document");
        return pandoc(List.of(dir.resolve("manuscript.md").toString(), "--citeproc", "--bibliography", dir.resolve("library.bib").toString()), to);
    }

    @Test
    void pandocWordFootnotesAreWordFootnotes() throws Exception {
        assumeTrue(Files.isExecutable(PANDOC), "pandoc is not installed");
        Document d = DocumentReader.read("fn.docx", pandoc("markdown", "docx", withFootnotes(Files.readString(NOTE, StandardCharsets.UTF_8), false)), Optional.empty());
        // the 26 notes are read from Word's footnotes part, not from the body
        assertEquals(26, d.blocks().stream().filter(b -> b.kind() == BlockKind.NOTE).count());
    }
}
