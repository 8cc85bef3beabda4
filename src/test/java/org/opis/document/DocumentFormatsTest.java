package org.opis.document;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.opis.cite.CheckSummary;
import org.opis.text.SourceText;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The bundled notes give the same counts read as Markdown, as Word and as HTML, and with their notes moved. */
class DocumentFormatsTest {

    private static CheckSummary check(String name, byte[] bytes) {
        return DocumentChecker.check(DocumentReader.read(name, bytes, Optional.empty()), Library.NONE).checked().summary();
    }

    private static String read(String path) throws Exception {
        return Files.readString(Path.of(path), StandardCharsets.UTF_8);
    }

    @Test
    void selivanovAsDocxAndHtmlGivesTheSameCounts() throws Exception {
        String md = read("references/selivanov-2017/note.md");
        CheckSummary asMarkdown = check("note.md", md.getBytes(StandardCharsets.UTF_8));
        // hand count of the note: 86 citations (CitationScannerTest)
        assertEquals(86, asMarkdown.citations());
        assertEquals(asMarkdown, check("note.docx", TestDocx.fromMarkdown("note.md", md)));
        assertEquals(asMarkdown, check("note.html", html(md).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void clayWithFootnotesAsDocxAndHtmlGivesTheSameCounts() throws Exception {
        String md = read("references/clay-2025/note.md");
        CheckSummary asMarkdown = check("note.md", md.getBytes(StandardCharsets.UTF_8));
        // hand count (RealNotesCheckTest): 29 citations in 19 notes, 6 archival
        assertEquals(29, asMarkdown.citations());
        assertEquals(asMarkdown, check("note.docx", TestDocx.fromMarkdown("note.md", md)));
        assertEquals(asMarkdown, check("note.html", html(md).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void notesMovedAfterTheListGiveTheSameCounts() throws Exception {
        String md = read("references/wikipedia-cold-war/note.md");
        int refs = md.indexOf("## References");
        int sources = md.indexOf("## Sources");
        String moved = md.substring(0, refs) + md.substring(sources) + "\n\n" + md.substring(refs, sources);
        CheckSummary original = check("note.md", md.getBytes(StandardCharsets.UTF_8));
        // hand count (references/wikipedia-cold-war/README.md): 22 citations
        assertEquals(22, original.citations());
        assertEquals(original, check("moved.md", moved.getBytes(StandardCharsets.UTF_8)));
        // and before the body's end: notes first, then the list
        String first = md.substring(refs, sources) + "\n\n" + md.substring(0, refs) + md.substring(sources);
        assertEquals(original.citations(), check("first.md", first.getBytes(StandardCharsets.UTF_8)).citations());
    }

    @Test
    void pandocDocxGivesTheSameCounts() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/pandoc")), "pandoc is not installed");
        for (String note : List.of("references/clay-2025/note.md", "references/selivanov-2017/note.md")) {
            Path out = Files.createTempFile("opis-pandoc", ".docx");
            try {
                Process p = new ProcessBuilder(List.of("/usr/bin/pandoc", "-f", "markdown-citations", "-t", "docx", "-o", out.toString(), note))
                        .redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                assumeTrue(p.waitFor() == 0, "pandoc failed");
                CheckSummary md = check(note, Files.readAllBytes(Path.of(note)));
                assertEquals(md.citations(), check("note.docx", Files.readAllBytes(out)).citations(), note);
            } finally {
                Files.deleteIfExists(out);
            }
        }
    }

    /** HTML as commonmark renders the body, with the footnotes in pandoc's footnote section. */
    static String html(String md) {
        StringBuilder body = new StringBuilder();
        List<String> notes = new ArrayList<>();
        Document d = MarkdownReader.read(new SourceText("n.md", md), Format.MARKDOWN);
        StringBuilder rest = new StringBuilder();
        for (String line : md.split("\n", -1)) {
            if (MarkdownReader.FOOTNOTE.matcher(line).find() || !notes.isEmpty() && line.startsWith("    ")) {
                if (MarkdownReader.FOOTNOTE.matcher(line).find()) notes.add(line);
                continue;
            }
            rest.append(line).append('\n');
        }
        Parser parser = Parser.builder().build();
        HtmlRenderer renderer = HtmlRenderer.builder().build();
        body.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>n</title></head><body>\n");
        body.append(renderer.render(parser.parse(rest.toString())));
        List<Block> noteBlocks = d.blocks().stream().filter(b -> b.kind() == BlockKind.NOTE).toList();
        if (!noteBlocks.isEmpty()) {
            body.append("<section class=\"footnotes\" role=\"doc-endnotes\"><hr><ol>\n");
            for (Block b : noteBlocks) {
                String inner = renderer.render(parser.parse(b.text())).strip();
                body.append("<li id=\"fn").append(b.label()).append("\">").append(inner).append("</li>\n");
            }
            body.append("</ol></section>\n");
        }
        return body.append("</body></html>\n").toString();
    }
}
