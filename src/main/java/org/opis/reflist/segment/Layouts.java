package org.opis.reflist.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic layouts of real entries, the ways lists reach opis after conversion: one entry a line,
 * blank lines between or none, hard-wrapped at a margin with or without a hanging indent, with list
 * markers, and interleaved with headings and prose paragraphs (a syllabus). Every line's tag is
 * known from the construction. Prose and headings come from the outside lines of real files.
 */
final class Layouts {

    private static final List<String> HEADINGS = org.opis.lexicon.SectionHeadings.of(org.opis.lexicon.SectionHeadings.REFERENCES).stream().sorted().toList();

    private Layouts() {
    }

    /** Several layouts of {@code entries} (in random groups), each a labelled example. */
    static List<LineTrainer.Example> make(List<String> entries, List<String> prose, Random rnd, int count) {
        List<LineTrainer.Example> out = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            List<String> lines = new ArrayList<>();
            List<LineTag> tags = new ArrayList<>();
            boolean blanks = rnd.nextInt(3) == 0;
            int width = rnd.nextInt(3) == 0 ? Integer.MAX_VALUE : 55 + rnd.nextInt(50);
            String hang = new String[]{"", "", "  ", "    ", "     ", "\t"}[rnd.nextInt(6)];
            int markerKind = rnd.nextInt(5); // 0..2 none, 3 bullet, 4 number
            boolean syllabus = rnd.nextInt(3) == 0 && !prose.isEmpty();
            int start = rnd.nextInt(Math.max(1, entries.size()));
            int len = Math.min(entries.size(), 8 + rnd.nextInt(40));
            int sinceBreak = 0;
            if (rnd.nextBoolean()) {
                String h = HEADINGS.get(rnd.nextInt(HEADINGS.size()));
                h = Character.toUpperCase(h.charAt(0)) + h.substring(1);
                lines.add(new String[]{"## " + h, h, "**" + h + "**", h + ":"}[rnd.nextInt(4)]);
                tags.add(LineTag.OUTSIDE);
                if (rnd.nextBoolean()) {
                    lines.add("");
                    tags.add(null);
                }
            }
            for (int k = 0; k < len; k++) {
                String e = entries.get((start + k) % entries.size()).strip().replaceAll("\\s+", " ");
                if (syllabus && (k == 0 || sinceBreak >= 2 + rnd.nextInt(6))) {
                    addProse(lines, tags, prose, rnd, width);
                    sinceBreak = 0;
                }
                sinceBreak++;
                String marker = markerKind == 3 ? "- " : markerKind == 4 ? (k + 1) + ". " : "";
                List<String> wrapped = wrap(marker + e, width);
                for (int w = 0; w < wrapped.size(); w++) {
                    String cont = markerKind >= 3 ? " ".repeat(marker.length()) : hang;
                    lines.add(w == 0 ? wrapped.get(w) : cont + wrapped.get(w));
                    tags.add(w == 0 ? LineTag.BEGIN : LineTag.INSIDE);
                }
                if (blanks) {
                    lines.add("");
                    tags.add(null);
                }
            }
            out.add(example(lines, tags));
        }
        return out;
    }

    private static void addProse(List<String> lines, List<LineTag> tags, List<String> prose, Random rnd, int width) {
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
            lines.add("");
            tags.add(null);
        }
        int n = 1 + rnd.nextInt(3);
        for (int i = 0; i < n; i++) {
            String p = prose.get(rnd.nextInt(prose.size()));
            for (String w : wrap(p.strip(), width)) {
                lines.add(w);
                tags.add(LineTag.OUTSIDE);
            }
            if (rnd.nextBoolean()) {
                lines.add("");
                tags.add(null);
            }
        }
    }

    private static LineTrainer.Example example(List<String> lines, List<LineTag> tags) {
        Lines ls = Lines.of(lines, 1, lines.size());
        LineTag[] t = new LineTag[ls.size()];
        for (int i = 0; i < ls.size(); i++) t[i] = tags.get(ls.get(i).number() - 1);
        return new LineTrainer.Example(ls, t);
    }

    /** Greedy wrapping at {@code width} characters. */
    static List<String> wrap(String s, int width) {
        List<String> out = new ArrayList<>();
        if (width == Integer.MAX_VALUE || s.length() <= width) {
            out.add(s);
            return out;
        }
        StringBuilder cur = new StringBuilder();
        for (String w : s.split(" ")) {
            if (cur.length() > 0 && cur.length() + 1 + w.length() > width) {
                out.add(cur.toString());
                cur.setLength(0);
            }
            if (cur.length() > 0) cur.append(' ');
            cur.append(w);
        }
        if (cur.length() > 0) out.add(cur.toString());
        return out;
    }
}
