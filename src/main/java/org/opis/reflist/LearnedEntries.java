package org.opis.reflist;

import org.opis.reflist.segment.Segmenter;
import org.opis.text.SourceText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the entries of a list are, as the learned line segmenter finds them: within the section
 * under the reference heading the rules choose (with its sub-headings; a "References" section
 * holding a page's notes is not merged with its "Sources": notes are citations, not the list), or
 * over the whole text when there is no such heading (a syllabus, a bare list). Without a reference
 * heading, the entries found must read as references, or there is no list. The choice is measured
 * leave-one-list-out (README, "Entry boundaries").
 */
final class LearnedEntries {

    /** The section to report and the entries found ({start, end} offsets), or null entries to keep the rules'. */
    record Choice(Optional<ReferenceListParser.Section> section, List<int[]> entries) {
    }

    static final Pattern YEARISH = Pattern.compile("(?<!\\d)(?:1[5-9]\\d\\d|20\\d\\d)(?!\\d)|https?://|www\\.");
    private static final Pattern TITLED = Pattern.compile("[“«\"][^”»\"]{2,}[”»\"]|(?<![*\\w])[*_][^*_\\s][^*_]*[*_]");
    /** A paragraph opening with a bold label closed by a colon: {@code **November 9, 1989:** …}. */
    private static final Pattern BOLD_LEAD = Pattern.compile("\\*\\*[^*\\n]{1,100}:\\*\\*|\\*\\*[^*\\n]{1,100}\\*\\*:");
    private static final Pattern FOOTNOTE = Pattern.compile("\\s{0,3}\\[\\^[^\\]]+\\]:");
    /** Longer lines than this are no list layout: the segmenter is not run on such a text. */
    private static final int LONGEST_LINE = 20_000;
    private static final int LONGEST_ENTRY = 2_000;

    private LearnedEntries() {
    }

    /** The entries of the text by {@code segmenter}; null entries (the rules') when it is null or finds none. */
    static Choice choose(SourceText src, Optional<ReferenceListParser.Section> ruleSection, Segmenter segmenter) {
        if (segmenter == null || longestLine(src) > LONGEST_LINE) return new Choice(ruleSection, null);
        List<String> lines = lineView(src);
        if (ruleSection.isEmpty() || ruleSection.get().headingLine() <= 0) {
            // in a text that reads as a list, a marked, dated line is an entry even where the model reads none (a headless
            // list's first line is often read as its title); not before: it would make a list of prose with a few dated items
            List<List<Segmenter.Entry>> both = segmenter.entriesBothWays(lines, 1, src.lineCount(), LearnedEntries::markedAndDated);
            List<int[]> all = outsideNotes(src, entries(src, lines, both.get(0)));
            if (readsAsList(src, all)) {
                List<int[]> more = outsideNotes(src, entries(src, lines, both.get(1)));
                if (readsAsList(src, more)) all = more;
            }
            if (!readsAsList(src, all)) {
                // a syllabus: entries between paragraphs of prose — the blocks that read as references, when enough do
                // and the rules found no list of their own
                all = ruleSection.isEmpty() ? ReferenceBlocks.among(src, all) : List.of();
                if (all.isEmpty()) return new Choice(ruleSection, null);
            }
            return new Choice(Optional.of(new ReferenceListParser.Section(0, 1, src.lineCount(), "")), all);
        }
        ReferenceListParser.Section sec = ruleSection.get();
        // most lines marked: the markers give the boundaries (a marked line is an entry whatever it
        // holds); otherwise the segmenter, also for paragraphs — a paragraph of several entries under a
        // topic line is read better by it than by the layout rules (README "Entry boundaries")
        List<int[]> inSection;
        if (org.opis.reflist.segment.Lines.of(lines, sec.firstLine(), sec.lastLine()).layout().equals("markers")) {
            inSection = ReferenceListParser.entries(src, sec.firstLine(), sec.lastLine());
        } else {
            inSection = entries(src, lines, segmenter.entries(lines, sec.firstLine(), sec.lastLine(), LearnedEntries::titled));
        }
        return new Choice(ruleSection, inSection.isEmpty() ? null : inSection);
    }

    /**
     * Entries found with no heading to vouch for them read as a list: at least two, none longer than
     * a page, most (60%) with a year or a link, not footnote definitions ({@code [^1]:}, a note's
     * notes are citations, not its list) nor prose calling a footnote ({@code …[^4]}) nor rows of a pipe table, and together either a third of the text's characters or,
     * for an annotated list whose notes outweigh its entries, at least five entries, 80% of them dated.
     */
    static boolean readsAsList(SourceText src, List<int[]> entries) {
        if (entries.size() < 2) return false;
        int like = 0;
        int calling = 0;
        long covered = 0;
        for (int[] e : entries) {
            String t = src.text().substring(e[0], e[1]);
            if (t.length() > LONGEST_ENTRY) return false;
            // two blocks calling footnotes: the running text of a document with notes, whose notes cite, not a list
            if (ReferenceSections.callsNote(t) && ++calling >= 2) return false;
            int ls = src.text().lastIndexOf('\n', e[0] - 1) + 1;
            boolean footnote = FOOTNOTE.matcher(src.text()).region(ls, e[1]).lookingAt();
            // prose calling a footnote ("… killing 26 people[^4]") is the text that cites, not an entry
            // nor a paragraph led by a bold label ("**November 9, 1989:** Zero deaths."): a timeline's or a summary's point
            if (!footnote && !tableRows(wholeLines(src, ls, e[1])) && !ReferenceSections.callsNote(t) && !BOLD_LEAD.matcher(t).lookingAt()
                    && YEARISH.matcher(t).find()) like++;
            covered += t.length();
        }
        long text = 0;
        for (int i = 1; i <= src.lineCount(); i++) text += src.line(i).strip().length();
        if (like * 10 < entries.size() * 6) return false;
        return covered * 3 >= text || like >= 5 && like * 10 >= entries.size() * 8;
    }

    /**
     * Every line of the block (whole lines: a table rendered on one line is split inside it) is a row of a pipe table ({@code | 1956 | Secret Speech |}): a
     * timeline's or a table's rows carry years but are data, not the entries of a list.
     */
    static String wholeLines(SourceText src, int from, int to) {
        int le = to > from && to <= src.text().length() && src.text().charAt(to - 1) == '\n' ? to - 1 : src.text().indexOf('\n', to);
        return src.text().substring(from, le < 0 ? src.text().length() : Math.max(from, le));
    }

    static boolean tableRows(String block) {
        for (String l : block.split("\n")) {
            String t = l.strip();
            if (t.isEmpty()) continue;
            if (t.length() < 2 || t.charAt(0) != '|' || t.charAt(t.length() - 1) != '|') return false;
        }
        return !block.isBlank();
    }

    /**
     * The entries that do not stand under a Markdown heading of notes ("## Notes", "### Примечания"):
     * with no reference heading, a note's numbered notes are citations, not its list.
     */
    static List<int[]> outsideNotes(SourceText src, List<int[]> entries) {
        boolean[] inNotes = new boolean[src.lineCount() + 2];
        boolean notes = false;
        for (int i = 1; i <= src.lineCount(); i++) {
            String l = src.line(i);
            if (ReferenceSections.headingLevel(l) > 0) notes = org.opis.lexicon.SectionHeadings.is(l, org.opis.lexicon.SectionHeadings.NOTES);
            inNotes[i] = notes;
        }
        List<int[]> out = new ArrayList<>();
        for (int[] e : entries) if (!inNotes[src.span(e[0]).line()]) out.add(e);
        return out;
    }

    /**
     * The text's lines as a list that cuts each from the text when asked (the segmenter keeps numbers
     * into it, not strings): a long list's lines are not held beside its text.
     */
    private static List<String> lineView(SourceText src) {
        return new java.util.AbstractList<>() {
            @Override
            public String get(int i) {
                return src.line(java.util.Objects.checkIndex(i, src.lineCount()) + 1);
            }

            @Override
            public int size() {
                return src.lineCount();
            }
        };
    }

    private static int longestLine(SourceText src) {
        int m = 0;
        for (int i = 1; i <= src.lineCount(); i++) m = Math.max(m, src.line(i).length());
        return m;
    }

    /**
     * A line under a reference heading that holds a quoted or italic title and is no subheading is an
     * entry, even short and undated ("“Bolshevism.” Encyclopaedia of Marxism").
     */
    /** A line opening with a list marker and holding a year or a link: an entry even where the model reads none. */
    private static boolean markedAndDated(String line) {
        return ReferenceListParser.isMarked(line) && YEARISH.matcher(line).find();
    }

    private static boolean titled(String line) {
        return !ReferenceListParser.isSubheading(line) && TITLED.matcher(line).find();
    }

    /** The segmenter's entries as {start, end} offsets of the text. */
    private static List<int[]> entries(SourceText src, List<String> lines, List<Segmenter.Entry> found) {
        List<int[]> out = new ArrayList<>();
        for (Segmenter.Entry e : found) {
            int start = src.lineStart(e.firstLine()) + e.column();
            int end = src.lineStart(e.lastLine()) + (e.endColumn() >= 0 ? e.endColumn() : lines.get(e.lastLine() - 1).stripTrailing().length());
            if (end > start && !src.text().substring(start, end).isBlank()) out.add(new int[]{start, end});
        }
        return out;
    }
}
