package org.opis.document;

import org.opis.lexicon.SectionHeadings;

import java.util.ArrayList;
import java.util.List;

/**
 * A page of a reference list in a PDF's text is one paragraph: its entries stand one a line (or
 * over two), with no blank line between them. Under a heading announcing the references or further
 * reading, a paragraph too long for one entry that runs over several lines is read a line a block,
 * as the list's lines: the line segmenter then joins an entry's lines and parts the entries, and a
 * line that is no entry is set aside as the page's other text is.
 */
final class ListLines {

    /** Longer than any entry ({@code BlockShapes.entryLike} reads up to this length). */
    private static final int LONGEST_ENTRY = 1500;
    private static final int LINES = 3;

    private ListLines() {
    }

    static List<Block> split(List<Block> blocks, String source) {
        List<Block> out = new ArrayList<>();
        boolean underList = false;
        for (Block b : blocks) {
            if (b.kind() == BlockKind.HEADING) {
                underList = SectionHeadings.is(b.text(), SectionHeadings.REFERENCES, SectionHeadings.FURTHER);
                out.add(b);
                continue;
            }
            if (!underList || b.kind() != BlockKind.PARAGRAPH || b.text().length() <= LONGEST_ENTRY) {
                out.add(b);
                continue;
            }
            int start = (int) b.origin().position(0);
            if (start < 0 || start + b.text().length() > source.length()) {
                out.add(b);
                continue;
            }
            String t = source.substring(start, start + b.text().length());
            List<Block> lines = new ArrayList<>();
            int at = 0;
            while (at < t.length()) {
                int nl = t.indexOf('\n', at);
                int end = nl < 0 ? t.length() : nl;
                String line = t.substring(at, end);
                if (!line.isBlank()) {
                    int lead = line.length() - line.stripLeading().length();
                    lines.add(new Block(BlockKind.PARAGRAPH, 0, "", line.strip(), b.origin().from(at + lead)));
                }
                at = end + 1;
            }
            if (lines.size() >= LINES) out.addAll(lines);
            else out.add(b);
        }
        return out;
    }
}
