package org.opis.reflist;

import org.opis.lexicon.SectionHeadings;
import org.opis.text.Markup;
import org.opis.text.Regexes;
import org.opis.text.SourceText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a note's reference list lies: under the last heading that announces it (a heading of
 * {@code lexicon/section-headings.tsv}, or a short one ending in such a phrase), widened to an
 * enclosing higher-level reference heading and to the sibling reference sections just before it
 * ("Primary sources", "Secondary literature"), or — with no such heading — the whole text when its
 * blocks read as entries.
 */
final class ReferenceSections {

    private static final int MAX_LINE_FOR_HEADING = 80;
    private static final Pattern YEARISH = Pattern.compile("(?<!\\d)(?:1[5-9]\\d\\d|20\\d\\d)(?!\\d)|https?://");

    private ReferenceSections() {
    }

    /** Finds the reference section of a note, or treats the whole text as a bare list when it reads as one. */
    public static Optional<ReferenceListParser.Section> find(SourceText src) {
        int n = src.lineCount();
        List<int[]> matches = new ArrayList<>(); // {line, level}
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String line = src.line(i);
            if (line.length() > MAX_LINE_FOR_HEADING || line.isBlank()) continue;
            int level = headingLevel(line);
            String h = headingText(line);
            if (isReferenceHeading(h, line, level)) {
                if (level == 0 && i > 1 && !src.line(i - 1).isBlank() && headingLevel(src.line(i - 1)) == 0) continue;
                matches.add(new int[]{i, level});
                names.add(h);
            }
        }
        if (!matches.isEmpty()) {
            int chosen = matches.size() - 1;
            for (int k = matches.size() - 2; k >= 0; k--) {
                int[] m = matches.get(k);
                int[] c = matches.get(chosen);
                if (level(m[1]) < level(c[1]) && sectionEnd(src, m[0], m[1]) >= c[0]) chosen = k;
            }
            int[] m = matches.get(chosen);
            int first = chosen;
            // sibling reference sections just before it ("Primary sources", then "Secondary
            // literature") are one list, unless the earlier one holds a page's notes
            while (first > 0) {
                int[] p = matches.get(first - 1);
                int[] q = matches.get(first);
                int end = sectionEnd(src, p[0], p[1]);
                // a plain heading's section runs on over the next plain heading: it holds it
                // and one whose section is followed by headings alone (a course's title) before the next: a file of
                // many short lists, one a course, each under its own "Literatura:", is one list
                boolean next = end >= q[0] || onlyBlankOrHeadingsBetween(src, end, q[0]);
                if (p[1] != q[1] || !next || holdsNotes(src, p[0] + 1, q[0] - 1)) break;
                first--;
            }
            int[] f = matches.get(first);
            return Optional.of(new ReferenceListParser.Section(f[0], f[0] + 1, sectionEnd(src, m[0], m[1]), names.get(first)));
        }
        // a bare list?
        // the numbered notes under a heading of notes are citations, not the entries of a bare list; beside
        // such notes, one block of the text alone is the note's prose, not a list
        List<int[]> everything = ReferenceListParser.entries(src, 1, n);
        List<int[]> blocks = LearnedEntries.outsideNotes(src, everything);
        if (blocks.isEmpty() || blocks.size() < 2 && blocks.size() < everything.size()) return Optional.empty();
        int like = 0;
        int calling = 0;
        for (int[] b : blocks) {
            int len = b[1] - b[0];
            String t = src.text().substring(b[0], b[1]);
            // two blocks calling footnotes: the running text of a document with notes, not a bare list
            if (callsNote(t) && ++calling >= 2) return Optional.empty();
            if (len <= 1500 && looksLikeEntry(t)) like++;
        }
        if (like * 10 >= blocks.size() * 6) return Optional.of(new ReferenceListParser.Section(0, 1, n, ""));
        return Optional.empty();
    }

    /** Between the two lines stand only blank lines and Markdown headings ({@code ## Course title}). */
    private static boolean onlyBlankOrHeadingsBetween(SourceText src, int lastLine, int nextLine) {
        for (int i = lastLine + 1; i < nextLine; i++) {
            String l = src.line(i);
            if (!l.isBlank() && (l.length() > MAX_LINE_FOR_HEADING || headingLevel(l) == 0)) return false;
        }
        return lastLine < nextLine;
    }

    /** A footnote definition or a back-link ({@code [^3]:}, {@code ^}, {@code 12. ^ a b}). */
    private static final Pattern NOTE_MARK = Pattern.compile("\\s*(?:[*+-]\\s+|\\d{1,4}[.)]\\s*)?(?:\\[\\^[^\\]]+\\]:|\\^|\\*\\*\\^\\*\\*)");
    /**
     * Most blocks of the lines are notes rather than entries: footnote definitions, back-links or
     * short citations — an encyclopedia's "References" holding its notes above its "Sources". One
     * block that merely reads as a short citation is no evidence: a course's one-entry list ({@code 1.
     * Hrvatska povijest 1918. - 1941., Mrkute, Ivica, Leykam international, 2019.}) opens with a title and a year too.
     */
    private static boolean holdsNotes(SourceText src, int from, int to) {
        if (to < from) return false;
        int marked = 0, shortOnes = 0, all = 0;
        for (int[] b : ReferenceListParser.entries(src, from, to)) {
            String t = src.text().substring(b[0], b[1]);
            all++;
            if (NOTE_MARK.matcher(t).lookingAt()) marked++;
            else if (BlockShapes.shortCitation(BlockShapes.strip(t))) shortOnes++;
        }
        return all > 0 && (marked + shortOnes) * 2 >= all && (marked > 0 || shortOnes >= 2);
    }

    /** A heading phrase on its own, or ending a short heading line: "Select Bibliography", "Vietnam War Bibliography:". */
    private static boolean isReferenceHeading(String h, String line, int level) {
        if (SectionHeadings.is(h, SectionHeadings.REFERENCES)) return true;
        if (level == 0 && !line.strip().endsWith(":")) return false;
        return SectionHeadings.endsInReferencesPhrase(h);
    }

    private static final Pattern SHAPE = Pattern.compile(
            "[*“”\"«»‘]|\\p{Lu}[\\p{L} .'-]{1,40}(?::[^,.]{1,80})?,\\s?(?:1[5-9]\\d\\d|20\\d\\d)|\\((?:1[5-9]\\d\\d|20\\d\\d)[a-z]?\\)|https?://|//");

    /** An inline HTML tag ({@code <a href="Vilnius" class="wikilink">}): its attributes' quotes set off no title. */
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(?:\\s+[^<>]*)?/?>");
    /** A footnote call in the running text ({@code …famine.[^8]}), not a note's own label ({@code [^8]:} at its start). */
    private static final Pattern NOTE_CALL = Pattern.compile("(?<=\\S)\\[\\^[^\\]\\s]{1,20}\\](?!:)");

    /** The block calls a footnote in its running text: it is prose that cites, not an entry of a list. */
    static boolean callsNote(String block) {
        return NOTE_CALL.matcher(block).find();
    }

    /**
     * A block of a bare list reads as a reference: a year or link, a reference's shape, and no run of prose longer than 30
     * words — read without its inline HTML tags; a block calling a footnote is the prose that cites, not an entry.
     */
    static boolean looksLikeEntry(String raw) {
        if (callsNote(raw)) return false;
        String block = TAG.matcher(raw).replaceAll("");
        if (!YEARISH.matcher(block).find() || !SHAPE.matcher(block).find()) return false;
        return noLongProse(block);
    }

    /** No run of more than 30 words without a sentence's end: a reference, not a paragraph of prose. */
    static boolean noLongProse(String block) {
        int words = 0;
        for (String w : Regexes.split(block, "\\s+")) {
            if (w.isEmpty()) continue;
            if (++words > 30) return false;
            if (w.endsWith(".") || w.endsWith("?") || w.endsWith("!")) words = 0;
        }
        return true;
    }

    /** How many footnotes the running text calls, counted up to {@code most}. */
    static int noteCalls(String text, int most) {
        java.util.regex.Matcher m = NOTE_CALL.matcher(text);
        int n = 0;
        while (n < most && m.find()) n++;
        return n;
    }

    private static int level(int l) {
        return l == 0 ? 7 : l;
    }

    /** Last line of the section opened by a heading at {@code line} of this level (0 = plain line). */
    private static int sectionEnd(SourceText src, int line, int level) {
        for (int i = line + 1; i <= src.lineCount(); i++) {
            String l = src.line(i);
            if (l.length() > MAX_LINE_FOR_HEADING) continue;
            int lv = headingLevel(l);
            if (lv > 0 && (level == 0 || lv <= level) && !SectionHeadings.is(headingText(l), SectionHeadings.REFERENCES)) return i - 1;
            if (lv > 0 && level > 0 && lv <= level) return i - 1;
            // notes or closing back matter end a list opened by a plain line; under a Markdown reference
            // heading, a sub-section of notes ("### Citations") stays in it, closing back matter does not
            if (SectionHeadings.is(headingText(l), SectionHeadings.CLOSING) && (lv > 0 || i > 1 && src.line(i - 1).isBlank())) return i - 1;
            if (level == 0 && SectionHeadings.is(headingText(l), SectionHeadings.NOTES) && (lv > 0 || i > 1 && src.line(i - 1).isBlank())) return i - 1;
        }
        return src.lineCount();
    }

    static int headingLevel(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == '#') i++;
        if (i == 0 || i > 6 || i >= line.length() || line.charAt(i) != ' ') return 0;
        return i;
    }

    private static String headingText(String line) {
        String t = line.strip();
        int i = 0;
        while (i < t.length() && t.charAt(i) == '#') i++;
        t = t.substring(i).strip();
        while (t.endsWith("#")) t = t.substring(0, t.length() - 1).strip();
        t = t.replace("**", "").replace("__", "").strip();
        if (t.startsWith("*") && t.endsWith("*") && t.length() > 2) t = t.substring(1, t.length() - 1);
        while (t.endsWith(":") || t.endsWith(".")) t = t.substring(0, t.length() - 1).strip();
        return Markup.collapse(t);
    }
}
