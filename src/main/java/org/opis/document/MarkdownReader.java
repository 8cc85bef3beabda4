package org.opis.document;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.opis.text.SourceText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Markdown (CommonMark and pandoc's footnotes) with commonmark-java. Footnote definitions
 * ({@code [^12]: …} with indented continuation lines) are taken out first by
 * {@link #FOOTNOTE} — the commonmark footnotes extension is not served by the Maven mirror this
 * project builds from — and become note blocks; commonmark reads the rest into headings,
 * paragraphs, list items and quotations. A block's text is its slice of the source (line breaks
 * as spaces), so every column of a finding is the column of the file; emphasis stays written
 * {@code *so*} or {@code _so_}, as the citation scanner reads it.
 */
final class MarkdownReader {

    /** A footnote definition: {@code [^label]:} at the start of a line. */
    static final Pattern FOOTNOTE = Pattern.compile("^ {0,3}\\[\\^([^\\]\\s]{1,40})\\]:[ \\t]?");

    private MarkdownReader() {
    }

    static Document read(SourceText src, Format format) {
        String text = FrontMatter.unquoted(src);
        StringBuilder rest = new StringBuilder(text);
        List<Block> blocks = new ArrayList<>();
        List<int[]> notes = new ArrayList<>(); // {start, textStart, end} of each definition, in order
        List<String> labels = new ArrayList<>();
        int n = src.lineCount();
        for (int line = 1; line <= n; line++) {
            Matcher m = FOOTNOTE.matcher(src.line(line));
            if (!m.find()) continue;
            int start = src.lineStart(line);
            int end = start + src.line(line).length();
            int last = line;
            // continuation: indented lines, or blank lines followed by indented lines
            for (int k = line + 1; k <= n; k++) {
                String l = src.line(k);
                if (l.isBlank()) {
                    if (k < n && (src.line(k + 1).startsWith("    ") || src.line(k + 1).startsWith("\t"))) continue;
                    break;
                }
                if (l.startsWith("    ") || l.startsWith("\t") || (!l.isBlank() && k == last + 1 && !FOOTNOTE.matcher(l).find() && !l.startsWith("#"))) {
                    last = k;
                    end = src.lineStart(k) + l.length();
                } else {
                    break;
                }
            }
            notes.add(new int[]{start, start + m.end(), end});
            labels.add(m.group(1));
            for (int i = start; i < end; i++) if (rest.charAt(i) != '\n' && rest.charAt(i) != '\r') rest.setCharAt(i, ' ');
            line = last;
        }
        List<Block> body = new ArrayList<>();
        Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS)
                .extensions(List.of(org.commonmark.ext.gfm.tables.TablesExtension.create())).build();
        Node root = parser.parse(rest.toString());
        java.util.Map<Node, java.util.Map<Node, Integer>> numbers = new java.util.IdentityHashMap<>();
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                body.add(block(text, heading, BlockKind.HEADING, heading.getLevel(), ""));
            }

            @Override
            public void visit(Paragraph p) {
                Node parent = p.getParent();
                BlockKind kind = BlockKind.PARAGRAPH;
                int level = 0;
                String label = "";
                for (Node a = parent; a != null; a = a.getParent()) {
                    if (a instanceof ListItem li) {
                        kind = BlockKind.LIST_ITEM;
                        level = depth(li);
                        if (li.getParent() instanceof OrderedList ol) label = String.valueOf(number(ol, li, text, numbers));
                        break;
                    }
                    if (a instanceof BlockQuote) {
                        kind = BlockKind.QUOTE;
                        break;
                    }
                }
                // a list item's later paragraphs join its first
                if (kind == BlockKind.LIST_ITEM && p.getPrevious() != null && p.getParent() instanceof ListItem && !body.isEmpty()) {
                    Block prev = body.get(body.size() - 1);
                    Block more = block(text, p, kind, level, label);
                    Origin o = prev.origin();
                    o.add(prev.text().length() + 1, more.origin().position(0), true);
                    body.set(body.size() - 1, new Block(prev.kind(), prev.level(), prev.label(), prev.text() + " " + more.text(), o));
                    return;
                }
                if (kind == BlockKind.PARAGRAPH) body.addAll(HeadingLines.split(block(text, p, kind, level, label), text));
                else body.add(block(text, p, kind, level, label));
            }

            @Override
            public void visit(org.commonmark.node.CustomBlock c) {
                // a pipe table: one block of its own (its rows are data, not paragraphs or entries)
                if (c instanceof org.commonmark.ext.gfm.tables.TableBlock) body.add(block(text, c, BlockKind.TABLE, 0, ""));
                else visitChildren(c);
            }

            @Override
            public void visit(HtmlBlock h) {
                Block b = block(text, h, BlockKind.PARAGRAPH, 0, "");
                List<Block> items = HtmlListItems.of(b.text(), (int) b.origin().position(0));
                if (items.isEmpty()) body.add(b);
                else body.addAll(items);
            }

            @Override
            public void visit(FencedCodeBlock c) {
                // code is not prose
            }

            @Override
            public void visit(IndentedCodeBlock c) {
                // an indented block outside notes is code
            }
        });
        // a PDF's text: the running head and page number that open each page are furniture, not text
        List<Block> pages = ListLines.split(RunningHeads.cut(body, text), text);
        // notes and body in the order of the file
        int b = 0;
        for (int i = 0; i < notes.size(); i++) {
            int[] nt = notes.get(i);
            while (b < pages.size() && pages.get(b).origin().position(0) < nt[0]) blocks.add(pages.get(b++));
            String t = text.substring(nt[1], nt[2]);
            blocks.add(new Block(BlockKind.NOTE, 0, labels.get(i), t, new Origin().add(0, nt[1], true)));
        }
        while (b < pages.size()) blocks.add(pages.get(b++));
        return new Document(src.name(), format, blocks, p -> src.span((int) Math.min(p, text.length())),
                List.of(), List.of(), List.of(), List.of(), java.util.Optional.empty());
    }

    private static int depth(ListItem li) {
        int d = 0;
        for (Node a = li; a != null; a = a.getParent()) if (a instanceof ListItem) d++;
        return d;
    }

    private static final Pattern WRITTEN = Pattern.compile("[ \\t]*(\\d{1,9})[.)]");
    /** An inline HTML tag in a heading ({@code ### <br>References}): markup, not words. */
    private static final Pattern INLINE_TAG = Pattern.compile("<[^<>\\n]{1,200}>");

    /**
     * An ordered item's number: as written, when the list's numbers are written out (two lists run
     * together — a wiki's explanatory notes 1–4 then its references 1–267 — keep their own numbers);
     * by position when every item is written alike ({@code 1.} each time, as Markdown allows).
     */
    private static int number(OrderedList ol, ListItem li, String text, java.util.Map<Node, java.util.Map<Node, Integer>> cache) {
        java.util.Map<Node, Integer> written = cache.computeIfAbsent(ol, k -> {
            java.util.Map<Node, Integer> w = new java.util.IdentityHashMap<>();
            for (Node c = ol.getFirstChild(); c != null; c = c.getNext()) {
                List<SourceSpan> spans = c.getSourceSpans();
                if (spans.isEmpty()) return java.util.Map.of();
                int at = spans.get(0).getInputIndex();
                Matcher m = WRITTEN.matcher(text).region(at, Math.min(text.length(), at + 20));
                if (!m.lookingAt()) return java.util.Map.of();
                w.put(c, Integer.parseInt(m.group(1)));
            }
            return w.values().stream().distinct().count() < 2 ? java.util.Map.of() : w;
        });
        Integer n = written.get(li);
        return n != null ? n : number(ol, li);
    }

    private static int number(OrderedList ol, ListItem li) {
        Integer start = ol.getMarkerStartNumber();
        int k = start == null ? 1 : start;
        for (Node c = ol.getFirstChild(); c != null && c != li; c = c.getNext()) k++;
        return k;
    }

    /** The block's source slice: from its first span's start to its last span's end (lines joined by spaces). */
    private static Block block(String text, Node node, BlockKind kind, int level, String label) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) return new Block(kind, level, label, "", new Origin().add(0, 0, false));
        int start = spans.get(0).getInputIndex();
        SourceSpan last = spans.get(spans.size() - 1);
        int end = Math.min(text.length(), last.getInputIndex() + last.getLength());
        String t = text.substring(start, end);
        int lead = 0;
        if (kind == BlockKind.HEADING) {
            // "## Title" / "### Title ###": drop the marks, keep the columns
            Matcher m = Pattern.compile("^#{1,6}[ \\t]*").matcher(t);
            if (m.find()) lead = m.end();
            t = t.substring(lead).replaceAll("[ \\t]+#+[ \\t]*$", "");
            if (t.contains("\n")) t = t.substring(0, t.indexOf('\n')).strip(); // setext underline
            // inline HTML in a heading ("### <br>References") is markup, not words: blanked, columns kept
            t = INLINE_TAG.matcher(t).replaceAll(r -> " ".repeat(r.group().length()));
            int blank = 0;
            while (blank < t.length() && t.charAt(blank) == ' ') blank++;
            lead += blank;
            t = t.substring(blank).stripTrailing();
        }
        // continuation lines of a list item or quotation carry their indentation or '>' marks: keep the offsets, blank the marks
        if (kind == BlockKind.QUOTE) t = blankQuoteMarks(t);
        return new Block(kind, level, label, t, new Origin().add(0, start + lead, true));
    }

    private static String blankQuoteMarks(String t) {
        StringBuilder b = new StringBuilder(t);
        boolean lineStart = true;
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (c == '\n') lineStart = true;
            else if (lineStart && c == '>') {
                b.setCharAt(i, ' ');
                lineStart = false;
            } else if (c != ' ' && c != '\t') lineStart = false;
        }
        return b.toString();
    }
}
