package org.opis.document;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.opis.text.SourceText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads HTML with jsoup (positions tracked, so each piece of text points back at its line and
 * column). Headings, paragraphs, list items, quotations and tables become blocks; {@code <i>},
 * {@code <em>} and a {@code <cite>} holding a title become emphasis; note calls ({@code <sup>},
 * pandoc's {@code footnote-ref}) are kept as {@code [12]}; footnote lists — pandoc's
 * {@code section.footnotes}, items with a {@code fn…}/{@code cite_note…} id or the
 * {@code doc-endnote} role, as Wikipedia renders its references — become note blocks labelled by
 * their number. Scripts, styles, navigation and edit links are skipped; no resource is ever
 * fetched (jsoup parses the string only).
 */
final class HtmlReader {

    private static final Set<String> SKIP = Set.of("script", "style", "nav", "noscript", "template", "svg", "math", "button", "form", "head", "figure", "img", "input");
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "table", "dd", "dt", "pre", "div", "section", "article", "main", "ol", "ul", "dl", "header", "footer", "aside", "body", "tr", "td", "th", "tbody", "thead");

    private HtmlReader() {
    }

    static Document read(SourceText src) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        org.jsoup.nodes.Document dom = Jsoup.parse(src.text(), "", parser);
        List<Block> blocks = new ArrayList<>();
        walk(dom.body(), blocks, 0, false);
        String text = src.text();
        return new Document(src.name(), Format.HTML, blocks, p -> src.span((int) Math.max(0, Math.min(p, text.length()))),
                List.of(), List.of(), List.of(), List.of(), java.util.Optional.empty());
    }

    private static boolean skipped(Element e) {
        String tag = e.normalName();
        if (SKIP.contains(tag)) return true;
        String cls = e.className().toLowerCase(Locale.ROOT);
        return cls.contains("mw-editsection") || cls.contains("navbox") || cls.contains("noprint") && !cls.contains("reference")
                || e.attr("role").equals("navigation") || e.hasAttr("hidden") || cls.contains("mw-jump-link");
    }

    private static void walk(Element e, List<Block> out, int depth, boolean inNotes) {
        for (Element c : e.children()) {
            if (skipped(c)) continue;
            String tag = c.normalName();
            boolean notes = inNotes || c.hasClass("footnotes") || c.attr("role").equals("doc-endnotes") || c.hasClass("references");
            if (bibliography(c)) {
                // pandoc's and citeproc-js's rendered list (div#refs, role doc-bibliography, div.csl-entry#ref-KEY): a list
                // of its own, under a heading when none stands before it, each entry named by its key
                if (out.isEmpty() || out.get(out.size() - 1).kind() != BlockKind.HEADING) {
                    out.add(new Block(BlockKind.HEADING, 1, "", "References", new Origin().add(0, Math.max(0, c.sourceRange().startPos()), false)));
                }
                for (Element entry : c.select(".csl-entry, [role=doc-biblioentry]")) {
                    String id = entry.id();
                    emit(entry, out, BlockKind.LIST_ITEM, 1, id.startsWith("ref-") ? id.substring(4) : "");
                }
                continue;
            }
            switch (tag) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> emit(c, out, BlockKind.HEADING, tag.charAt(1) - '0', "");
                case "p", "dd", "dt" -> {
                    String note = BackLinkedNotes.label(c);
                    boolean pasted = note.isEmpty() && !(note = PastedFootnotes.label(c)).isEmpty();
                    if (note.isEmpty()) {
                        emit(c, out, BlockKind.PARAGRAPH, 0, "");
                    } else {
                        int before = out.size();
                        emit(c, out, BlockKind.NOTE, 0, note);
                        Block b = out.get(out.size() - 1);
                        java.util.regex.Matcher lead = (pasted ? PastedFootnotes.LEAD : BackLinkedNotes.LEAD).matcher(b.text());
                        if (out.size() > before && lead.lookingAt() && lead.end() < b.text().length()) {
                            out.set(out.size() - 1, new Block(BlockKind.NOTE, 0, note, b.text().substring(lead.end()), b.origin().from(lead.end())));
                        }
                    }
                }
                case "pre" -> {
                    // a code block (<pre><code>, as pandoc and GitHub write one) is not prose, as a
                    // fenced code block in Markdown; a bare <pre> may be a plain-text note
                    if (c.selectFirst("code") == null) emit(c, out, BlockKind.PARAGRAPH, 0, "");
                }
                case "blockquote" -> {
                    if (hasBlockChild(c)) walkQuote(c, out);
                    else emit(c, out, BlockKind.QUOTE, 0, "");
                }
                case "table" -> emit(c, out, BlockKind.TABLE, 0, "");
                case "li" -> {
                    boolean note = notes || c.id().startsWith("fn") || c.id().startsWith("cite_note") || c.attr("role").equals("doc-endnote");
                    String label = number(c);
                    emit(c, out, note ? BlockKind.NOTE : BlockKind.LIST_ITEM, note ? 0 : depth + 1, label);
                    // nested lists inside the item
                    for (Element sub : c.children()) {
                        if (sub.normalName().equals("ol") || sub.normalName().equals("ul")) walk(sub, out, depth + 1, notes);
                    }
                }
                case "ol", "ul" -> walk(c, out, depth, notes);
                default -> {
                    if (hasBlockChild(c)) walk(c, out, depth, notes);
                    else if (!c.text().isBlank()) emit(c, out, BlockKind.PARAGRAPH, 0, "");
                }
            }
        }
    }

    /** A rendered bibliography: a {@code doc-bibliography} or {@code csl-bib-body} element holding its entries. */
    private static boolean bibliography(Element e) {
        return (e.attr("role").equals("doc-bibliography") || e.hasClass("csl-bib-body"))
                && !e.select(".csl-entry, [role=doc-biblioentry]").isEmpty();
    }

    private static void walkQuote(Element q, List<Block> out) {
        for (Element c : q.children()) {
            if (skipped(c)) continue;
            if (hasBlockChild(c)) walkQuote(c, out);
            else emit(c, out, BlockKind.QUOTE, 0, "");
        }
    }

    private static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) if (BLOCKS.contains(c.normalName()) && !skipped(c)) return true;
        return false;
    }

    /** A list item's number: its position in its list (from the list's {@code start}). */
    private static String number(Element li) {
        Element list = li.parent();
        if (list == null || !list.normalName().equals("ol")) return "";
        int k = 1;
        try {
            if (list.hasAttr("start")) k = Integer.parseInt(list.attr("start").strip());
        } catch (NumberFormatException ignored) {
            k = 1;
        }
        for (Element sib : list.children()) {
            if (sib == li) break;
            if (sib.normalName().equals("li")) k++;
        }
        String id = li.id();
        // pandoc: fn3
        if (id.matches("fn\\d+")) return id.substring(2);
        return String.valueOf(k);
    }

    private static void emit(Element e, List<Block> out, BlockKind kind, int level, String label) {
        StringBuilder b = new StringBuilder();
        Origin o = new Origin();
        o.add(0, e.sourceRange().startPos() < 0 ? 0 : e.sourceRange().startPos(), false);
        inline(e, b, o, kind == BlockKind.TABLE);
        String t = b.toString().replaceAll("\\s+$", "");
        if (t.isBlank()) return;
        if (kind != BlockKind.PARAGRAPH || t.indexOf('\n') < 0) {
            out.add(new Block(kind, level, label, t, o));
            return;
        }
        // a paragraph broken into lines by <br>
        LineBlocks.add(out, kind, level, label, t, 0, LineBlocks.lineFeeds(t, 0), o::from);
    }

    private static void inline(Node n, StringBuilder b, Origin o, boolean table) {
        for (Node c : n.childNodes()) {
            if (c instanceof TextNode t) {
                String s = t.text();
                if (b.length() == 0 || b.charAt(b.length() - 1) == ' ' || b.charAt(b.length() - 1) == '\n') s = s.stripLeading();
                if (s.isEmpty()) continue;
                int pos = t.sourceRange().startPos();
                if (pos >= 0) o.add(b.length(), pos, true);
                b.append(s);
            } else if (c instanceof Element e) {
                if (skipped(e)) continue;
                String tag = e.normalName();
                if ((tag.equals("ol") || tag.equals("ul")) && e.parent() != null && e.parent().normalName().equals("li")) continue;
                if (tag.equals("br")) {
                    // a line break: entries of a list written one to a line in one paragraph ("Entry.<br>Entry.") stay lines
                    while (b.length() > 0 && b.charAt(b.length() - 1) == ' ') b.setLength(b.length() - 1);
                    if (b.length() > 0) b.append('\n');
                    continue;
                }
                if (HtmlMarks.indexMarker(e)) continue;
                boolean italic = HtmlMarks.italic(e);
                boolean call = tag.equals("sup") || e.hasClass("footnote-ref") || e.attr("role").equals("doc-noteref");
                if (call && !e.text().isBlank() && (e.hasClass("reference") || e.hasClass("footnote-ref") || e.attr("role").equals("doc-noteref") || e.text().strip().matches("\\[?\\d{1,4}\\]?"))) {
                    String num = e.text().strip().replace("[", "").replace("]", "");
                    o.add(b.length(), Math.max(0, e.sourceRange().startPos()), false);
                    b.append('[').append(num).append(']');
                    continue;
                }
                if (e.hasClass("footnote-back") || e.attr("role").equals("doc-backlink")) continue;
                if (e.hasClass("mw-cite-backlink")) {
                    b.append("^ ");
                    continue;
                }
                boolean code = tag.equals("code") || tag.equals("kbd") || tag.equals("samp");
                if (code) b.append('`');
                if (italic && !e.text().isBlank()) b.append('*');
                inline(e, b, o, table);
                if (code) b.append('`');
                if (italic && !e.text().isBlank()) {
                    // keep the mark against the word: "*Title*"
                    int end = b.length();
                    while (end > 0 && b.charAt(end - 1) == ' ') end--;
                    b.insert(end, '*');
                }
                if (table && (tag.equals("td") || tag.equals("th"))) b.append(" | ");
                else if (BLOCKS.contains(tag) && b.length() > 0 && b.charAt(b.length() - 1) != ' ') b.append(' ');
            }
        }
    }
}
