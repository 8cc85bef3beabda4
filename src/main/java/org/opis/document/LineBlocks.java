package org.opis.document;

import java.util.List;
import java.util.function.IntFunction;

/**
 * A paragraph broken into lines by forced line breaks — HTML's {@code <br>}, Word's manual line break, LaTeX's
 * {@code \\} — laid out a block a line, each but the last running on into the next ({@link Block#runsOn}), so a
 * list written one entry to a line in one paragraph keeps its entries apart and the list reader decides where a
 * wrapped entry ends, as it does in a Markdown or text file.
 */
final class LineBlocks {

    private LineBlocks() {
    }

    /**
     * Adds to {@code out} a block for each non-blank line of {@code text} from {@code from} on, the lines ending at
     * the {@code breaks} ({start, end} of each break in {@code text}, in order); a line's text is stripped and its
     * origin is {@code originAt} its first character.
     */
    static void add(List<Block> out, BlockKind kind, int level, String label, String text, int from, List<int[]> breaks,
                    IntFunction<Origin> originAt) {
        for (int k = 0; k <= breaks.size(); k++) {
            boolean more = k < breaks.size();
            String line = text.substring(from, more ? breaks.get(k)[0] : text.length());
            String s = line.strip();
            if (!s.isEmpty()) out.add(new Block(kind, level, label, s, originAt.apply(from + line.length() - line.stripLeading().length()), more));
            if (more) from = breaks.get(k)[1];
        }
    }

    /** The line feeds of {@code text} from {@code from} on, as breaks. */
    static List<int[]> lineFeeds(String text, int from) {
        List<int[]> out = new java.util.ArrayList<>();
        for (int nl = text.indexOf('\n', from); nl >= 0; nl = text.indexOf('\n', nl + 1)) out.add(new int[]{nl, nl + 1});
        return out;
    }
}
