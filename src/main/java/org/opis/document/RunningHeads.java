package org.opis.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A PDF's text keeps its page furniture: each page opens with the running head and the page number,
 * each on a line of its own ({@code Morality in AI. A plea to embed …} / {@code 12}), and a page
 * break is the only blank line, so every page after the first is a paragraph opening with the same
 * two lines. A first line that opens three paragraphs or more, each time followed by a line that is
 * only a number, is that furniture: it and the number are cut from the paragraphs' starts (the
 * paragraph keeps its place in the file), so a page of the reference list opens with its first
 * entry, not with the title of the article.
 */
final class RunningHeads {

    private static final Pattern PAGE_NUMBER = Pattern.compile("\\d{1,4}");
    /** Pages enough for a repeated first line to be a running head, not chance. */
    private static final int PAGES = 3;

    private RunningHeads() {
    }

    /** The blocks, paragraphs that open with a running head and a page number cut after them. */
    static List<Block> cut(List<Block> blocks, String source) {
        Map<String, Integer> heads = new HashMap<>();
        for (Block b : blocks) {
            String[] l = firstLines(b, source);
            if (l != null) heads.merge(l[0], 1, Integer::sum);
        }
        if (heads.values().stream().noneMatch(n -> n >= PAGES)) return blocks;
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            String[] l = firstLines(b, source);
            if (l == null || heads.get(l[0]) < PAGES) {
                out.add(b);
                continue;
            }
            int from = Integer.parseInt(l[2]);
            String rest = b.text().substring(from);
            if (rest.isBlank()) continue;
            int lead = rest.length() - rest.stripLeading().length();
            out.add(new Block(b.kind(), b.level(), b.label(), rest.strip(), b.origin().from(from + lead)));
        }
        return out;
    }

    /** For a paragraph of two lines or more opening with a line of words and a line that is a number: {head, number, offset after them}. */
    private static String[] firstLines(Block b, String source) {
        if (b.kind() != BlockKind.PARAGRAPH) return null;
        int start = (int) b.origin().position(0);
        if (start < 0 || start + b.text().length() > source.length()) return null;
        String t = source.substring(start, start + b.text().length());
        int one = t.indexOf('\n');
        if (one < 0) return null;
        int two = t.indexOf('\n', one + 1);
        if (two < 0) two = t.length(); // the page's furniture alone (the text before a heading cut from it)
        String head = t.substring(0, one).strip();
        String number = t.substring(one + 1, two).strip();
        if (head.length() < 10 || !head.chars().anyMatch(Character::isLetter) || !PAGE_NUMBER.matcher(number).matches()) return null;
        return new String[]{head, number, String.valueOf(Math.min(t.length(), two + 1))};
    }
}
