package org.opis.reflist.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.opis.text.Regexes;

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
            List<String> used = new ArrayList<>();
            boolean blanks = rnd.nextInt(3) == 0;
            int width = rnd.nextInt(3) == 0 ? Integer.MAX_VALUE : 55 + rnd.nextInt(50);
            String hang = new String[]{"", "", "  ", "    ", "     ", "\t"}[rnd.nextInt(6)];
            int markerKind = rnd.nextInt(5); // 0..2 none, 3 bullet, 4 number
            boolean syllabus = rnd.nextInt(3) == 0 && !prose.isEmpty();
            int shape = rnd.nextInt(8); // 0: table rows, 1: entries run together after " - ", 2: broken at sentence ends, else plain
            int start = rnd.nextInt(Math.max(1, entries.size()));
            int len = Math.min(entries.size(), 8 + rnd.nextInt(40));
            int sinceBreak = 0;
            if (rnd.nextBoolean()) {
                String h = HEADINGS.get(rnd.nextInt(HEADINGS.size()));
                h = Character.toUpperCase(h.charAt(0)) + h.substring(1);
                lines.add(new String[]{"## " + h, h, "**" + h + "**", h + ":"}[rnd.nextInt(4)]);
                if (rnd.nextBoolean()) lines.add("");
            }
            List<String> group = new ArrayList<>();
            for (int k = 0; k < len; k++) group.add(Regexes.replaceAll(entries.get((start + k) % entries.size()).strip(), "\\s+", " "));
            if (shape == 1) {
                runTogether(lines, used, group, rnd);
                out.add(example(lines, used));
                continue;
            }
            for (int k = 0; k < group.size(); k++) {
                String e = group.get(k);
                if (syllabus && (k == 0 || sinceBreak >= 2 + rnd.nextInt(6))) {
                    addProse(lines, prose, rnd, width);
                    sinceBreak = 0;
                }
                sinceBreak++;
                used.add(e);
                if (shape == 0) {
                    tableRow(lines, e, rnd, width);
                    continue;
                }
                String marker = markerKind == 3 ? "- " : markerKind == 4 ? (k + 1) + ". " : "";
                List<String> wrapped = shape == 2 ? sentences(marker + e) : wrap(marker + e, width);
                for (int w = 0; w < wrapped.size(); w++) {
                    String cont = markerKind >= 3 ? " ".repeat(marker.length()) : hang;
                    lines.add(w == 0 ? wrapped.get(w) : cont + wrapped.get(w));
                }
                if (blanks) lines.add("");
            }
            out.add(example(lines, used));
        }
        return out;
    }

    /**
     * A Markdown table row as an HTML conversion leaves it: a first cell (a link, a short label, or
     * nothing) and the entry in the next cell, wrapped, sometimes with the table's rule row after it.
     */
    private static void tableRow(List<String> lines, String e, Random rnd, int width) {
        String[] labels = {"Required", "Recommended", "Reserve", "Online", "Optional", "Week " + (1 + rnd.nextInt(14))};
        String first = switch (rnd.nextInt(4)) {
            case 0 -> "[link](http://www.example.org/view/" + rnd.nextInt(100000) + "/0)";
            case 1 -> labels[rnd.nextInt(labels.length)];
            case 2 -> "";
            default -> "[![Click here](button.gif)](http://library.example.edu/item?id=" + rnd.nextInt(100000) + ")";
        };
        String row = (first.isEmpty() ? "| " : first + "| ") + e + (rnd.nextBoolean() ? " |" : "");
        lines.addAll(wrap(row, width == Integer.MAX_VALUE ? 80 : width));
        if (rnd.nextBoolean()) lines.add("---|---");
        if (rnd.nextBoolean()) lines.add("");
    }

    /**
     * Entries run together as a scraped page gives them: each line holds the end of one entry and,
     * after {@code " - "}, the start of the next (its author and year), with an edit-link residue
     * before the first.
     */
    private static void runTogether(List<String> lines, List<String> used, List<String> group, Random rnd) {
        StringBuilder cur = new StringBuilder(rnd.nextBoolean() ? "[edit]- " : "- ");
        for (String e : group) {
            used.add(e);
            int cut = headEnd(e);
            if (cur.length() > 2 && !cur.toString().endsWith("- ")) cur.append(" - ");
            cur.append(e, 0, cut);
            if (cut < e.length()) {
                lines.add(cur.toString().stripTrailing());
                cur.setLength(0);
                cur.append(e.substring(cut).strip());
            }
        }
        if (cur.length() > 0) lines.add(cur.toString());
    }

    /**
     * An entry broken where its sentences end (after its title, before its imprint), as a
     * conversion of a narrow column or of a word processor's soft breaks leaves it.
     */
    static List<String> sentences(String e) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 12; i + 2 < e.length(); i++) {
            char c = e.charAt(i);
            if ((c == '.' || c == '*' && e.charAt(i - 1) == '.') && e.charAt(i + 1) == ' ' && Character.isUpperCase(e.charAt(i + 2))
                    && !Character.isUpperCase(e.charAt(i - 1)) && i - from > 12) {
                out.add(e.substring(from, i + 1));
                from = i + 2;
            }
        }
        out.add(e.substring(from));
        return out;
    }

    /** Where the head of an entry (its names and year) ends: after the first full stop followed by a space, past the first 8 characters. */
    private static int headEnd(String e) {
        for (int i = 8; i + 1 < e.length(); i++) {
            if (e.charAt(i) == '.' && e.charAt(i + 1) == ' ' && !Character.isUpperCase(e.charAt(i - 1))) return i + 1;
        }
        return e.length();
    }

    private static void addProse(List<String> lines, List<String> prose, Random rnd, int width) {
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) lines.add("");
        int n = 1 + rnd.nextInt(3);
        for (int i = 0; i < n; i++) {
            String p = prose.get(rnd.nextInt(prose.size()));
            lines.addAll(wrap(p.strip(), width));
            if (rnd.nextBoolean()) lines.add("");
        }
    }

    /** The lines tagged by aligning the entries placed in them, as a real file's are ({@link GoldLayout}). */
    private static LineTrainer.Example example(List<String> lines, List<String> used) {
        GoldLayout.Labelled l = GoldLayout.label("synthetic", String.join("\n", lines), used);
        return new LineTrainer.Example(l.lines(), l.tags());
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
