package org.opis.document;

import org.opis.cite.LeadWords;
import org.opis.lexicon.SectionHeadings;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notes written as plain paragraphs that open with their number — {@code [7] Si veda, ad esempio, …},
 * {@code 12 POPENOE , The State of Our Unions , p. 7.}, an HTML {@code <p><span class="ref">[1]</span> ICE, p. 302.</p>} —
 * the way text taken from a book, a PDF or a web page carries its endnotes.
 * <p>
 * A run of such paragraphs, numbered upwards (a run may start again at 1: notes per chapter), is taken as
 * notes when something in the document says so: a line announcing notes stands just above it ({@code Note:},
 * {@code **Notas**}, a notes heading); or one of its paragraphs points back to a work cited before (an ibid. or
 * op. cit. form — a list of works never holds one); or its numbering starts again (a list of works is numbered
 * once). Otherwise it stays as it was: a numbered list of works ({@code [1] A. Smith, …}) is a list, not notes.
 * Each paragraph of a run becomes a note labelled with its number, its text after the number. Only in a document whose
 * format marks no notes of its own.
 */
final class LabelledNotes {

    /**
     * A note number opening a paragraph: {@code [12]}, {@code [12]:}, or {@code 12} followed by a capital or a quotation
     * mark; inline HTML may stand before or around the bracketed number (an anchor the calls link to:
     * {@code <a id="ref_12"></a>[12] …}, {@code <a name="n12">[12]</a> …}), or an anchor around the bare number
     * ({@code <a name="footnote1">1</a>. …}, the notes of a Markdown book whose calls are {@code <sup>[1](#footnote1)</sup>}).
     */
    private static final Pattern LABEL = Pattern.compile(
            "^\\s*(?:(?:<[^>]{1,200}>\\s*)*\\[(\\d{1,3})\\](?:\\s*</[a-zA-Z]+>)*:?|(\\d{1,3})(?=\\s+[\\p{Lu}\"“«‘'])"
                    + "|(?:<[^>]{1,200}>\\s*)+(\\d{1,3})(?:\\s*</[a-zA-Z]+>)+\\.?)\\s+(?=\\S)");

    private LabelledNotes() {
    }

    static Document apply(Document doc) {
        List<Block> blocks = doc.blocks();
        // a document whose format already marks its notes (pandoc footnotes, Word notes, an HTML footnote list) has them
        if (blocks.stream().anyMatch(b -> b.kind() == BlockKind.NOTE)) return doc;
        List<Block> out = new ArrayList<>(blocks);
        boolean changed = false;
        int i = 0;
        while (i < blocks.size()) {
            int n = number(blocks, i);
            if (n < 0) {
                i++;
                continue;
            }
            int end = i + step(blocks, i);
            int last = n;
            boolean restarts = false;
            boolean repeat = LeadWords.holdsRepeatForm(blocks.get(end - 1).text());
            while (end < blocks.size()) {
                int m = number(blocks, end);
                if (m < 0 || m <= last && m != 1) break;
                if (m == 1 && last >= 1) restarts = true;
                int st = step(blocks, end);
                repeat |= LeadWords.holdsRepeatForm(blocks.get(end + st - 1).text());
                last = m;
                end += st;
            }
            boolean announced = i > 0 && announcesNotes(blocks.get(i - 1));
            if (announced || (end - i >= 2 && (repeat || restarts))) {
                for (int k = i; k < end; k++) {
                    if (bare(blocks.get(k)) && k + 1 < end) {
                        // a number standing alone (an HTML <sup>1</sup> before its <p>): the note is the next paragraph
                        Block next = blocks.get(k + 1);
                        out.set(k, null);
                        out.set(k + 1, new Block(BlockKind.NOTE, 0, blocks.get(k).text().strip(), unspaced(next.text()), next.origin()));
                        k++;
                    } else {
                        out.set(k, asNote(blocks.get(k)));
                    }
                }
                changed = true;
            }
            i = end;
        }
        out.removeIf(java.util.Objects::isNull);
        if (!changed) return doc;
        return new Document(doc.name(), doc.format(), out, doc.positions(), doc.keyCitations(), doc.embedded(),
                doc.bibResources(), doc.diagnostics(), doc.source());
    }

    /** A paragraph that is a number alone ({@code 12}), the call before a note's paragraph in some HTML layouts. */
    private static boolean bare(Block b) {
        return b.kind() == BlockKind.PARAGRAPH && b.text().strip().matches("\\d{1,3}");
    }

    /** The note number at block {@code i}: a paragraph that opens with it, or a number alone before a paragraph; or -1. */
    private static int number(List<Block> blocks, int i) {
        Block b = blocks.get(i);
        if (bare(b)) return i + 1 < blocks.size() && blocks.get(i + 1).kind() == BlockKind.PARAGRAPH && !bare(blocks.get(i + 1))
                ? Integer.parseInt(b.text().strip()) : -1;
        return number(b);
    }

    /** How many blocks the note at {@code i} takes: 2 for a number alone and its paragraph, else 1. */
    private static int step(List<Block> blocks, int i) {
        return bare(blocks.get(i)) ? 2 : 1;
    }

    /** The note number a paragraph opens with, or -1. */
    private static int number(Block b) {
        if (b.kind() != BlockKind.PARAGRAPH) return -1;
        Matcher m = LABEL.matcher(b.text());
        if (!m.find()) return -1;
        return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
    }

    private static boolean announcesNotes(Block b) {
        if (b.kind() != BlockKind.HEADING && (b.kind() != BlockKind.PARAGRAPH || b.text().length() > 40)) return false;
        return SectionHeadings.kind(b.text()).filter(k -> k.equals(SectionHeadings.NOTES)).isPresent();
    }

    /**
     * Text taken from a PDF or a printed book often has a space before each comma or semicolon that follows a run
     * in capitals or italics ({@code WILCOX , The State of Our Unions , p. 84.}): the mark and the space change
     * places, so every later character keeps its column.
     */
    static String unspaced(String t) {
        return t.replaceAll("(?<=\\S) ([,;])(?= )", "$1 ");
    }

    private static Block asNote(Block b) {
        Matcher m = LABEL.matcher(b.text());
        if (!m.find()) return b;
        String label = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        return new Block(BlockKind.NOTE, 0, label, unspaced(b.text().substring(m.end())), b.origin().from(m.end()));
    }
}
