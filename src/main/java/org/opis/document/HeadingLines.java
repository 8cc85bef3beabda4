package org.opis.document;

import org.opis.lexicon.SectionHeadings;
import org.opis.reflist.BlockShapes;

import java.util.ArrayList;
import java.util.List;

/**
 * A line inside a paragraph of hard-wrapped text that alone is a heading announcing the references,
 * the notes or further reading, followed by a line that reads as an entry: a PDF's text keeps one
 * printed line a line and leaves no blank line around its section titles, so {@code 8. References}
 * and the list under it are one paragraph with the last page of the body (and, in Markdown, a
 * numbered title inside a paragraph is no list item). Such a paragraph is cut at the line: the text
 * before it, the heading, the text after it (cut again at a later such line).
 */
final class HeadingLines {

    /** A section title is short: a number and a few words. */
    private static final int LONGEST = 40;

    private HeadingLines() {
    }

    /**
     * The paragraph as it is, or its pieces when a line of it is a heading as above. {@code source} is
     * the text the paragraph was read from, exactly (a block's text has its line breaks as spaces).
     */
    static List<Block> split(Block p, String source) {
        if (p.kind() != BlockKind.PARAGRAPH) return List.of(p);
        int start = (int) p.origin().position(0);
        if (start < 0 || start + p.text().length() > source.length()) return List.of(p);
        String t = source.substring(start, start + p.text().length());
        if (t.indexOf('\n') < 0) return List.of(p);
        int at = 0;
        while (at < t.length()) {
            int nl = t.indexOf('\n', at);
            if (nl < 0) break;
            String line = t.substring(at, nl).strip();
            int nextStart = nl + 1;
            int nextEnd = t.indexOf('\n', nextStart);
            String next = t.substring(nextStart, nextEnd < 0 ? t.length() : nextEnd).strip();
            if (!line.isEmpty() && line.length() <= LONGEST
                    && SectionHeadings.is(line, SectionHeadings.REFERENCES, SectionHeadings.NOTES, SectionHeadings.FURTHER)
                    && BlockShapes.entryLike(BlockShapes.strip(next))) {
                List<Block> out = new ArrayList<>();
                if (!t.substring(0, at).isBlank()) out.add(piece(p, BlockKind.PARAGRAPH, 0, 0, at));
                int lead = at + (t.substring(at, nl).length() - t.substring(at, nl).stripLeading().length());
                out.add(piece(p, BlockKind.HEADING, 1, lead, lead + line.length()));
                out.addAll(split(piece(p, BlockKind.PARAGRAPH, 0, nextStart, t.length()), source));
                return out;
            }
            at = nextStart;
        }
        return List.of(p);
    }

    private static Block piece(Block p, BlockKind kind, int level, int from, int to) {
        String s = p.text().substring(from, to);
        if (kind == BlockKind.PARAGRAPH) s = s.stripTrailing();
        return new Block(kind, level, "", s, p.origin().from(from));
    }
}
