package org.opis.document;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.opis.text.SourceText;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a Markdown note as Word would hold it, with Apache POI: headings in Heading styles,
 * paragraphs, emphasis as italic runs, list items as numbered paragraphs, footnotes as Word
 * footnotes called from the body. A test tool: what a historian's .docx looks like inside.
 */
final class TestDocx {

    private static final Pattern INLINE = Pattern.compile("\\[\\^([^\\]]+)\\]|\\*\\*([^*]+)\\*\\*|\\*([^*]+)\\*|(?<![\\p{L}\\p{N}])_([^_]+)_(?![\\p{L}\\p{N}])");

    private TestDocx() {
    }

    static byte[] fromMarkdown(String name, String markdown) throws Exception {
        Document md = MarkdownReader.read(new SourceText(name, markdown), Format.MARKDOWN);
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Map<String, XWPFFootnote> notes = new HashMap<>();
            for (Block b : md.blocks()) if (b.kind() == BlockKind.NOTE) notes.put(b.label(), null);
            for (String label : notes.keySet()) notes.put(label, doc.createFootnote());
            for (Block b : md.blocks()) {
                if (b.kind() == BlockKind.NOTE) {
                    XWPFParagraph p = notes.get(b.label()).createParagraph();
                    runs(p, b.text(), notes);
                    continue;
                }
                XWPFParagraph p = doc.createParagraph();
                switch (b.kind()) {
                    case HEADING -> p.setStyle("Heading" + b.level());
                    case QUOTE -> p.setStyle("Quote");
                    case LIST_ITEM -> p.setStyle("ListParagraph");
                    default -> { }
                }
                String text = b.kind() == BlockKind.LIST_ITEM && !b.label().isEmpty() ? b.label() + ". " + b.text() : b.text();
                runs(p, text, notes);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    static void runs(XWPFParagraph p, String text, Map<String, XWPFFootnote> notes) {
        Matcher m = INLINE.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) p.createRun().setText(text.substring(at, m.start()));
            if (m.group(1) != null && notes.get(m.group(1)) != null) {
                XWPFRun r = p.createRun();
                r.getCTR().addNewFootnoteReference().setId(notes.get(m.group(1)).getId());
            } else if (m.group(2) != null) {
                XWPFRun r = p.createRun();
                r.setBold(true);
                r.setText(m.group(2));
            } else if (m.group(3) != null || m.group(4) != null) {
                XWPFRun r = p.createRun();
                r.setItalic(true);
                r.setText(m.group(3) != null ? m.group(3) : m.group(4));
            } else {
                p.createRun().setText(m.group());
            }
            at = m.end();
        }
        if (at < text.length()) p.createRun().setText(text.substring(at));
    }

    static BigInteger id(XWPFFootnote f) {
        return f.getId();
    }
}
