package org.opis.document;

import org.opis.model.Span;
import org.opis.text.SourceText;

import java.util.ArrayList;
import java.util.List;

/**
 * A document laid out as the note the citation checker reads: the body's blocks, then
 * {@code ## Notes} with every note (wherever the document had it: before, between or after its
 * reference sections, or in Word's footnote part), then {@code ## References} with the entries of
 * all reference sections and after them the further-reading entries. Key citations are blanked
 * (they are checked by key, not read as author and year). Every offset of the layout maps back to
 * its place in the original file ({@link #span}).
 */
final class Rendering {

    private record Segment(int start, int length, int block) {
    }

    private final Document doc;
    private final List<Segment> segments = new ArrayList<>();
    private final SourceText text;
    private final int furtherStart;
    private final int furtherEnd;

    private Rendering(Document doc, List<Part> parts, List<KeyCitation> keys) {
        this.doc = doc;
        List<List<int[]>> blank = new ArrayList<>();
        for (int i = 0; i < doc.blocks().size(); i++) blank.add(new ArrayList<>());
        for (KeyCitation k : keys) if (k.block() >= 0 && k.block() < blank.size()) blank.get(k.block()).add(new int[]{k.start(), k.end()});
        StringBuilder b = new StringBuilder();
        List<Block> blocks = doc.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (parts.get(i) == Part.BODY && blocks.get(i).kind() != BlockKind.HEADING) append(b, i, "", blank.get(i));
        }
        boolean anyNotes = false;
        int n = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (parts.get(i) != Part.NOTE) continue;
            if (!anyNotes) {
                b.append("## Notes\n\n");
                anyNotes = true;
            }
            n++;
            String label = blocks.get(i).label();
            String prefix = label.matches("\\d{1,5}") ? label + ". " : "[^" + (label.isEmpty() ? String.valueOf(n) : label.replaceAll("[\\s\\]]", "")) + "]: ";
            append(b, i, prefix, blank.get(i));
        }
        boolean anyRefs = false;
        for (int i = 0; i < blocks.size(); i++) {
            if (parts.get(i) != Part.REFERENCE) continue;
            if (!anyRefs) {
                b.append("## References\n\n");
                anyRefs = true;
            }
            append(b, i, "", blank.get(i));
        }
        int fs = b.length();
        for (int i = 0; i < blocks.size(); i++) {
            if (parts.get(i) != Part.FURTHER_READING) continue;
            if (!anyRefs) {
                b.append("## References\n\n");
                anyRefs = true;
                fs = b.length();
            }
            append(b, i, "", blank.get(i));
        }
        furtherStart = fs;
        furtherEnd = b.length();
        text = new SourceText(doc.name(), b.toString());
    }

    private void append(StringBuilder b, int block, String prefix, List<int[]> blank) {
        Block bl = doc.blocks().get(block);
        StringBuilder t = new StringBuilder(bl.text());
        for (int[] r : blank) for (int k = Math.max(0, r[0]); k < Math.min(t.length(), r[1]); k++) t.setCharAt(k, ' ');
        if (t.toString().isBlank()) return;
        segments.add(new Segment(b.length(), prefix.length(), -1 - block));
        b.append(prefix);
        segments.add(new Segment(b.length(), t.length(), block));
        b.append(t).append(bl.runsOn() ? "\n" : "\n\n");
    }

    static Rendering of(Document doc, List<Part> parts, List<KeyCitation> keys) {
        return new Rendering(doc, parts, keys);
    }

    SourceText text() {
        return text;
    }

    /** True when an offset of the layout lies in the further-reading entries. */
    boolean inFurtherReading(int offset) {
        return offset >= furtherStart && offset < furtherEnd;
    }

    /** The index of the document block an offset of the layout came from (its prefix counts as the block's). */
    int block(int offset) {
        int lo = 0, hi = segments.size() - 1;
        if (hi < 0) return -1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (segments.get(mid).start() <= offset) lo = mid;
            else hi = mid - 1;
        }
        int block = segments.get(lo).block();
        return block >= 0 ? block : -1 - block;
    }

    /** The place in the original file of an offset of the layout. */
    Span span(int offset) {
        int lo = 0, hi = segments.size() - 1;
        if (hi < 0) return Span.START;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (segments.get(mid).start() <= offset) lo = mid;
            else hi = mid - 1;
        }
        Segment s = segments.get(lo);
        int block = s.block() >= 0 ? s.block() : -1 - s.block();
        Origin o = doc.blocks().get(block).origin();
        int within = s.block() >= 0 ? Math.max(0, Math.min(offset - s.start(), Math.max(0, s.length()))) : 0;
        return doc.positions().span(o.position(within));
    }

    /** A span of the layout moved to the original file, keeping its length. */
    Span map(Span s) {
        return span(s.offset()).withLength(s.length());
    }
}
