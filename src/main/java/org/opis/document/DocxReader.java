package org.opis.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.opis.cite.Locator;
import org.opis.csl.CslJson;
import org.opis.model.Diagnostic;
import org.opis.model.ParsedRecords;
import org.opis.model.Reference;
import org.opis.model.Span;
import org.opis.text.SourceText;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Word {@code .docx} with Apache POI: body paragraphs (headings by their style, list items by
 * their numbering, quotations by a quote style), tables, then footnotes and endnotes as note blocks;
 * italic runs become emphasis, footnote and endnote references become calls {@code [^12]}.
 * Citations inserted by Zotero or Mendeley ({@code ADDIN ZOTERO_ITEM CSL_CITATION {…}},
 * {@code ADDIN CSL_CITATION {…}}) are read from their field codes: each cited item becomes a
 * {@link KeyCitation} and the items, read as CSL-JSON, the document's embedded works; a visible
 * citation that no longer matches what the plug-in wrote is reported ({@code document/edited-citation}).
 * <p>
 * Spans: line = paragraph number (body paragraphs and table-cell paragraphs in order, then those of
 * the footnotes, then those of the endnotes), column = character in the paragraph + 1.
 * <p>
 * A file that is not a zip, a zip bomb (POI's inflate-ratio and entry-size guards) or a package
 * without its main part becomes the finding {@code document/unreadable}, never an exception.
 */
final class DocxReader {

    /** Largest uncompressed part accepted (a .docx of a book is a few MB). */
    static final long MAX_ENTRY = 100L << 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A list number typed before the text and a tab: {@code [12]⇥}, {@code 12.⇥}, {@code (12)⇥}, {@code 12⇥}. */
    private static final Pattern NUMBER_TAB = Pattern.compile("^\\s*[\\[(]?(\\d{1,4})[.\\])]?\\s*\t\\s*(?=\\S)");
    private static final Pattern NOTE_REF = Pattern.compile("\\[(footnote|endnote)Ref:(-?\\d+)\\]");

    private final String name;
    private final List<Block> blocks = new ArrayList<>();
    private final List<KeyCitation> keys = new ArrayList<>();
    private final Map<String, JsonNode> items = new LinkedHashMap<>();
    private final List<Diagnostic> diags = new ArrayList<>();
    private int paragraph;
    private int group;
    private final CitationFields citationFields = new CitationFields(keys, items, diags);
    private boolean inNotes;

    static {
        // POI logs through log4j-api; with no provider on the class path log4j prints an error line to
        // stderr on first use. Its simple logger (errors only) keeps a user's terminal clean.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    private DocxReader(String name) {
        this.name = name;
    }

    static Document read(String name, byte[] bytes) {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            return Document.failed(name, Format.DOCX, List.of(Diagnostic.error("document/unreadable", Span.START,
                    "the file is not a Word .docx document (not a zip package)").withFix("save it from Word as .docx, or give --from for its real format")));
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 120), java.nio.charset.StandardCharsets.ISO_8859_1);
        if (head.contains("mimetypeapplication/vnd.oasis.opendocument")) {
            // an OpenDocument package stores its media type first, uncompressed
            return Document.failed(name, Format.DOCX, List.of(Diagnostic.error("document/unreadable", Span.START,
                    "the file is an OpenDocument document (LibreOffice, .odt), which opis does not read")
                    .withFix("save it as Word .docx (File > Save As), or convert it: pandoc -f odt -t docx FILE.odt -o FILE.docx")));
        }
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY);
        ZipSecureFile.setMinInflateRatio(0.01);
        DocxReader r = new DocxReader(name);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            r.body(doc);
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (why.length() > 200) why = why.substring(0, 200) + "…";
            return Document.failed(name, Format.DOCX, List.of(Diagnostic.error("document/unreadable", Span.START,
                    "the Word document cannot be read: " + why).withFix("open it in Word and save it again as .docx")));
        }
        List<Reference> embedded = List.of();
        if (!r.items.isEmpty()) {
            ArrayNode arr = JSON.createArrayNode();
            r.items.values().forEach(arr::add);
            ParsedRecords parsed = CslJson.read(new SourceText(name, arr.toString()));
            embedded = parsed.references();
        }
        return new Document(name, Format.DOCX, r.blocks, Origin.PARAGRAPHS, r.keys, embedded, List.of(), r.diags, java.util.Optional.empty());
    }

    private void body(XWPFDocument doc) {
        for (IBodyElement e : doc.getBodyElements()) element(doc, e, BlockKind.PARAGRAPH);
        inNotes = true;
        for (XWPFAbstractFootnoteEndnote f : doc.getFootnotes()) note(doc, f, "");
        for (XWPFAbstractFootnoteEndnote f : doc.getEndnotes()) note(doc, f, "e");
    }

    private void note(XWPFDocument doc, XWPFAbstractFootnoteEndnote f, String prefix) {
        if (f.getCTFtnEdn() != null && f.getCTFtnEdn().getType() != null
                && f.getCTFtnEdn().getType() != org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn.NORMAL) return; // separators
        if (f.getId() == null || f.getId().signum() <= 0) return;
        String label = prefix + f.getId();
        int first = blocks.size();
        for (IBodyElement e : f.getBodyElements()) element(doc, e, BlockKind.NOTE);
        // one note, one block: later paragraphs join the first
        if (blocks.size() - first > 1) {
            Block head = blocks.get(first);
            StringBuilder t = new StringBuilder(head.text());
            Origin o = head.origin();
            for (int i = first + 1; i < blocks.size(); i++) {
                int shift = t.length() + 1;
                o.add(shift, blocks.get(i).origin().position(0), true);
                t.append(' ').append(blocks.get(i).text());
                // citation fields of a later paragraph now sit in the note's one block
                for (int k = 0; k < keys.size(); k++) {
                    KeyCitation c = keys.get(k);
                    if (c.block() != i) continue;
                    keys.set(k, new KeyCitation(c.text(), c.key(), c.span(), c.group(), c.locators(), c.prefix(), c.suppressAuthor(),
                            c.inNote(), c.visible(), first, c.start() + shift, c.end() + shift));
                }
            }
            while (blocks.size() > first) blocks.remove(blocks.size() - 1);
            blocks.add(new Block(BlockKind.NOTE, 0, label, t.toString(), o));
        } else if (blocks.size() == first + 1) {
            Block b = blocks.remove(first);
            blocks.add(new Block(BlockKind.NOTE, 0, label, b.text(), b.origin()));
        } else {
            paragraph++;
            blocks.add(new Block(BlockKind.NOTE, 0, label, "", new Origin().add(0, Origin.paragraphPosition(paragraph, 0), false)));
        }
    }

    private void element(XWPFDocument doc, IBodyElement e, BlockKind defaultKind) {
        if (e instanceof XWPFParagraph p) {
            paragraph(doc, p, defaultKind);
        } else if (e instanceof XWPFTable t) {
            table(t, defaultKind);
        }
    }

    /** A table: one table block, or — a list laid out in a table ({@link LayoutTables}) — one list item a row. */
    private void table(XWPFTable t, BlockKind defaultKind) {
        List<List<List<LayoutTables.Para>>> rows = new ArrayList<>();
        Map<LayoutTables.Para, List<Field>> fields = new java.util.IdentityHashMap<>();
        for (XWPFTableRow row : t.getRows()) {
            List<List<LayoutTables.Para>> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                List<LayoutTables.Para> ps = new ArrayList<>();
                for (XWPFParagraph p : cell.getParagraphs()) {
                    paragraph++;
                    Text text = runs(p);
                    if (text.text.isEmpty()) continue;
                    LayoutTables.Para para = new LayoutTables.Para(text.text, Origin.paragraphPosition(paragraph, 0));
                    ps.add(para);
                    if (!text.fields.isEmpty()) fields.put(para, text.fields);
                }
                cells.add(ps);
            }
            rows.add(cells);
        }
        int first = blocks.size();
        // citation fields in the cells (a citation in a table of sources), at their places in the blocks
        List<Field[]> placed = new ArrayList<>();
        blocks.addAll(LayoutTables.blocks(rows, defaultKind == BlockKind.NOTE, (para, at) -> {
            for (Field f : fields.getOrDefault(para, List.of())) {
                placed.add(new Field[] {new Field(f.instr(), f.start() + at[1], f.end() + at[1], f.visible(), f.paragraph(), f.column(), at[0])});
            }
        }));
        for (Field[] f : placed) citationField(f[0], first + f[0].block(), defaultKind == BlockKind.NOTE);
    }

    private void paragraph(XWPFDocument doc, XWPFParagraph p, BlockKind defaultKind) {
        paragraph++;
        Text text = runs(p);
        BlockKind kind = defaultKind;
        int level = 0;
        String label = "";
        if (defaultKind != BlockKind.NOTE) {
            String style = styleName(doc, p).toLowerCase(Locale.ROOT);
            // a code block (pandoc's "Source Code", Word's "HTML Preformatted"): not prose, as a fenced block in Markdown
            if (CODE_STYLES.contains(style)) return;
            Matcher h = Pattern.compile("^(?:heading|überschrift|titre|заголовок)\\s*(\\d)$").matcher(style);
            if (h.find()) {
                kind = BlockKind.HEADING;
                level = Integer.parseInt(h.group(1));
            } else if (style.equals("title")) {
                kind = BlockKind.HEADING;
                level = 1;
            } else if (style.contains("quote") || style.contains("block text")) {
                kind = BlockKind.QUOTE;
            } else if (BIBLIOGRAPHY_STYLES.contains(style)) {
                kind = BlockKind.LIST_ITEM;
                level = 1;
            } else if (p.getNumID() != null || style.startsWith("list")) {
                kind = BlockKind.LIST_ITEM;
                level = p.getNumIlvl() == null ? 1 : p.getNumIlvl().intValue() + 1;
            }
            boolean entry = BIBLIOGRAPHY_STYLES.contains(style);
            if (entry && !text.text.isBlank() && !inBibliography && (blocks.isEmpty() || blocks.get(blocks.size() - 1).kind() != BlockKind.HEADING)) {
                // a list set in Word's bibliography style (Zotero, Mendeley, EndNote, pandoc) with no heading of its own
                blocks.add(new Block(BlockKind.HEADING, 1, "", "References", new Origin().add(0, Origin.paragraphPosition(paragraph, 0), false)));
            }
            if (!text.text.isBlank()) inBibliography = entry;
        }
        if (text.text.isBlank() && kind != BlockKind.NOTE) return;
        int from = 0;
        Matcher number = NUMBER_TAB.matcher(text.text);
        if (defaultKind != BlockKind.NOTE && kind != BlockKind.HEADING && text.fields.isEmpty() && number.lookingAt()) {
            // "[12]<tab>Text", "12.<tab>Text": a number set before the text with a tab (a hanging indent) is the
            // paragraph's list number, as Word's own numbering would be
            kind = BlockKind.LIST_ITEM;
            level = Math.max(level, 1);
            label = number.group(1);
            from = number.end();
        }
        if (kind == BlockKind.PARAGRAPH && text.fields.isEmpty() && text.text.indexOf('\n', from) >= 0) {
            // a paragraph broken into lines by manual line breaks (Shift+Enter)
            int at = paragraph;
            LineBlocks.add(blocks, kind, level, label, text.text, from, LineBlocks.lineFeeds(text.text, from),
                    s -> new Origin().add(0, Origin.paragraphPosition(at, s), true));
            return;
        }
        Origin o = new Origin().add(0, Origin.paragraphPosition(paragraph, from), true);
        int index = blocks.size();
        blocks.add(new Block(kind, level, label, text.text.substring(from), o));
        for (Field f : text.fields) citationField(f, index, defaultKind == BlockKind.NOTE);
    }

    /**
     * Paragraph styles of bibliography entries, lower-cased: Word's own ("Bibliography", which Zotero, Mendeley and
     * pandoc use), EndNote's, and the built-in style's names in Word's German, French, Spanish/Portuguese/Italian/Polish
     * and Russian versions.
     */
    private static final java.util.Set<String> BIBLIOGRAPHY_STYLES = java.util.Set.of("bibliography", "endnote bibliography",
            "literaturverzeichnis", "bibliographie", "bibliografía", "bibliografia", "библиография");
    private boolean inBibliography;

    /** Paragraph styles of code blocks, lower-cased: pandoc's and Word's. */
    private static final java.util.Set<String> CODE_STYLES = java.util.Set.of("source code", "sourcecode", "html preformatted", "macro text");
    /** Character styles and fonts of inline code, lower-cased. */
    private static final java.util.Set<String> CODE_RUNS = java.util.Set.of("verbatimchar", "verbatim char", "htmlcode", "html code",
            "courier", "courier new", "consolas", "menlo", "monaco", "lucida console", "source code pro", "dejavu sans mono", "liberation mono");

    /** A run a reviewer deleted with changes tracked ({@code w:del}, {@code w:moveFrom}): the text reads as if accepted. */
    private static boolean deleted(XWPFRun run) {
        org.w3c.dom.Node parent = run.getCTR().getDomNode().getParentNode();
        return parent != null && ("del".equals(parent.getLocalName()) || "moveFrom".equals(parent.getLocalName()));
    }

    private static boolean verbatim(XWPFRun run) {
        String style = run.getStyle();
        String font = run.getFontFamily();
        return style != null && CODE_RUNS.contains(style.toLowerCase(Locale.ROOT)) || font != null && CODE_RUNS.contains(font.toLowerCase(Locale.ROOT));
    }

    private static String styleName(XWPFDocument doc, XWPFParagraph p) {
        String id = p.getStyleID();
        if (id == null) return "";
        XWPFStyle s = doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
        String n = s != null && s.getName() != null ? s.getName() : id;
        return n.replaceAll("(?i)^heading(\\d)$", "heading $1");
    }

    /** A citation field: its code, its result's place in the block text (start, end), paragraph and character of the file, block among a table's. */
    private record Field(String instr, int start, int end, String visible, int paragraph, int column, int block) {
    }

    private record Text(String text, List<Field> fields) {
    }

    /** The paragraph's text with emphasis and note calls, and its citation fields. */
    private Text runs(XWPFParagraph p) {
        StringBuilder b = new StringBuilder();
        List<Field> fields = new ArrayList<>();
        int depth = 0;
        boolean result = false;
        StringBuilder instr = new StringBuilder();
        int fieldStart = 0;
        boolean code = false;
        for (XWPFRun run : p.getRuns()) {
            if (deleted(run)) continue;
            List<CTFldChar> chars = run.getCTR().getFldCharList();
            for (CTFldChar fc : chars) {
                STFldCharType.Enum t = fc.getFldCharType();
                if (t == STFldCharType.BEGIN) {
                    depth++;
                    if (depth == 1) {
                        instr.setLength(0);
                        result = false;
                    }
                } else if (t == STFldCharType.SEPARATE && depth == 1) {
                    result = true;
                    fieldStart = b.length();
                } else if (t == STFldCharType.END && depth > 0) {
                    if (depth == 1 && instr.indexOf("CSL_CITATION") >= 0) {
                        int s = result ? fieldStart : b.length();
                        fields.add(new Field(instr.toString(), s, b.length(), b.substring(s), paragraph, s, 0));
                    }
                    depth--;
                    result = false;
                }
            }
            if (depth > 0 && !result) {
                for (CTText it : run.getCTR().getInstrTextList()) instr.append(it.getStringValue());
                continue;
            }
            String t = run.text();
            if (t == null || t.isEmpty()) continue;
            Matcher m = NOTE_REF.matcher(t);
            t = m.replaceAll(r -> "[^" + (r.group(1).equals("endnote") ? "e" : "") + r.group(2) + "]");
            if (verbatim(run) && !t.isBlank()) {
                // inline code (pandoc's "Verbatim Char", a typewriter font) in backticks, as Markdown writes it: no citation
                // is read in it; a run continuing a code run joins it
                if (b.length() > 0 && b.charAt(b.length() - 1) == '`' && code) b.setLength(b.length() - 1);
                else b.append('`');
                b.append(t.replace('`', '\'')).append('`');
                code = true;
                continue;
            }
            code = false;
            if (run.isItalic() && !t.isBlank()) {
                // keep the marks against the words: " *Title* "
                String lead = t.substring(0, t.length() - t.stripLeading().length());
                String trail = t.substring(t.stripTrailing().length());
                // a run continuing an italic run: join the emphasis
                if (b.length() > 0 && b.charAt(b.length() - 1) == '*' && lead.isEmpty() && italicOpen(b)) {
                    b.setLength(b.length() - 1);
                    b.append(t.strip()).append('*').append(trail);
                } else {
                    b.append(lead).append('*').append(t.strip()).append('*').append(trail);
                }
            } else {
                b.append(t);
            }
        }
        return new Text(b.toString(), fields);
    }

    /** True when the text ends with an emphasis this paragraph opened (an odd number of marks). */
    private static boolean italicOpen(StringBuilder b) {
        int n = 0;
        for (int i = 0; i < b.length(); i++) if (b.charAt(i) == '*') n++;
        return n % 2 == 0 && n > 0;
    }

    /** A Zotero or Mendeley citation field: its items become key citations and embedded works ({@link CitationFields}). */
    private void citationField(Field f, int block, boolean inNote) {
        Span at = Origin.PARAGRAPHS.span(Origin.paragraphPosition(f.paragraph(), f.column()));
        group = citationFields.read(f.instr(), f.visible(), at, f.start(), f.end(), block, inNote || inNotes, group);
    }
}
