package org.opis.reflist;

import org.opis.text.SourceText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The entries of a text with no reference heading whose blocks are not all references — a syllabus
 * or a course page, where the readings stand between paragraphs of prose and schedule lines: the
 * blocks that read as references on their own are kept, the rest dropped, when there are enough of
 * them to be a list. A block reads as a reference when it is short (a few lines), marks a title (in
 * quotation marks or italics), carries a year, a link, an ISBN or pages ({@code pp. 37-59}), opens with no lower-case word, has
 * no run of prose longer than 30 words, holds no template or tag markup and calls no footnote; at least
 * {@value #FEWEST} blocks must, and a third of the blocks, so that a page of prose with a few dated
 * quotations is no list. A text that calls footnotes is a note (its works are in its notes): none.
 */
final class ReferenceBlocks {
    private ReferenceBlocks() {
    }

    static final int FEWEST = 3;
    private static final int LONGEST = 600;
    private static final Pattern EVIDENCE = Pattern.compile("(?<!\\d)(?:1[5-9]\\d\\d|20\\d\\d)(?!\\d)|https?://|www\\.|\\bISBN\\b|\\bpp?\\.\\s?\\d|\\b97[89]\\d{10}\\b|\\b\\d{9}[\\dXx]\\b");
    /** A title in quotation marks (not an attribute's value, {@code sections="…"}) or in italics. */
    private static final Pattern TITLED = Pattern.compile("(?<!=)[“«\"][^”»\"]{2,}[”»\"]|(?<![*\\w])[*_][^*_\\s][^*_]*[*_]");
    /** A template's or a page's markup ({@code {% include … %}}, {@code <a name=…>}): no entry. */
    private static final Pattern MARKUP = Pattern.compile("\\{%|%\\}|\\{\\{|<[a-zA-Z][^>]*=");
    private static final Pattern LOWER_START = Pattern.compile("^\\s*(?:[*+-]\\s+|\\d{1,3}[.)]\\s+)?\\p{Ll}");

    /** The blocks that read as references, or none when too few do. */
    static List<int[]> among(SourceText src, List<int[]> blocks) {
        // a text calling footnotes is a note, whose works are in its notes: its blocks are no syllabus's readings
        if (ReferenceSections.noteCalls(src.text(), 2) >= 2) return List.of();
        List<int[]> out = new ArrayList<>();
        for (int[] b : blocks) if (reads(src.text().substring(b[0], b[1]))) out.add(b);
        if (out.size() < FEWEST || out.size() * 3 < blocks.size()) return List.of();
        // once the dated blocks make a list, an undated one shaped as a work (names, then a marked title) is a reading too
        List<int[]> withUndated = new ArrayList<>();
        for (int[] b : blocks) if (out.contains(b) || UndatedWorks.reads(src.text().substring(b[0], b[1]))) withUndated.add(b);
        return withUncovered(src, withUndated);
    }

    /**
     * Once the text reads as a list, a block of the layout (a paragraph, a marked line) that the learned blocks do not
     * touch at all is a reading too when it reads as a reference or as an undated work on its own: the segmenter may put
     * a week's readings, short bold lines under a schedule heading, outside every entry.
     */
    private static List<int[]> withUncovered(SourceText src, List<int[]> kept) {
        List<int[]> layout = LearnedEntries.outsideNotes(src, ReferenceListParser.entries(src, 1, src.lineCount()));
        List<int[]> added = new ArrayList<>(kept);
        boolean any = false;
        for (int[] b : layout) {
            if (touches(b, kept)) continue;
            String t = src.text().substring(b[0], b[1]);
            if (reads(t) || UndatedWorks.reads(t)) {
                added.add(b);
                any = true;
            }
        }
        if (!any) return kept;
        added.sort(java.util.Comparator.comparingInt(b -> b[0]));
        return added;
    }

    private static boolean touches(int[] b, List<int[]> blocks) {
        for (int[] k : blocks) if (k[0] < b[1] && b[0] < k[1]) return true;
        return false;
    }

    /** Whether one block reads as a reference on its own. */
    static boolean reads(String block) {
        if (block.length() > LONGEST || ReferenceSections.callsNote(block) || LOWER_START.matcher(block).find()
                || MARKUP.matcher(block).find()) return false;
        if (!EVIDENCE.matcher(block).find() || !TITLED.matcher(block).find()) return false;
        return ReferenceSections.noLongProse(block);
    }
}
