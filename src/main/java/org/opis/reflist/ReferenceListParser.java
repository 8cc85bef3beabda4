package org.opis.reflist;

import org.opis.model.CslRecords;
import de.undercouch.citeproc.csl.CSLName;
import org.opis.model.Diagnostic;
import org.opis.model.ParsedRecords;
import org.opis.model.Reference;
import org.opis.model.Span;
import org.opis.text.Markup;
import org.opis.text.SourceText;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a reference list into records. The input is a whole note, whose reference section is
 * found by its heading (References, Bibliography, Literature, Works cited, Sources, Список
 * литературы, Литература, Источники …, as a Markdown {@code #} heading or a plain line), or a
 * bare list (one entry per line or per paragraph, with or without list markers {@code -},
 * {@code *}, {@code 1.}, {@code [1]}). Ditto marks, blank lines and page-break gaps inside the
 * list, and two entries run together on one line are handled; every record keeps its raw text
 * and place. Never throws on bad input: problems become diagnostics.
 */
public final class ReferenceListParser {

    private static final Set<String> HEADINGS = lower(Data.set("headings.txt"));
    private static final Set<String> END_HEADINGS = lower(Data.set("end-headings.txt"));
    private static final Pattern MARKER = Pattern.compile("^[ \\t]{0,6}(?:[-*•–+][ \\t]+|\\d{1,3}[.)][ \\t]+|\\[\\d{1,4}\\][ \\t]*)");
    private static final Pattern YEARISH = Pattern.compile("(?<!\\d)(?:1[5-9]\\d\\d|20\\d\\d)(?!\\d)|https?://");
    private static final int MAX_LINE_FOR_HEADING = 80;

    /** Where the reference section lies: the heading's line (0 for a bare list) and the first and last line of the list. */
    public record Section(int headingLine, int firstLine, int lastLine, String heading) {
    }

    private ReferenceListParser() {
    }

    /** Reads the reference list of a note or a bare list (rules and the tagger in use, see {@link Tagging}). */
    public static ParsedRecords parse(SourceText src) {
        return parse(src, Tagging.current());
    }

    /** Reads the list by the rules, combined with this tagger's reading when it is not null. */
    static ParsedRecords parse(SourceText src, org.opis.reflist.tagger.Tagger tagger) {
        return parse(src, tagger, org.opis.reflist.segment.Segmenter.bundled());
    }

    /** Reads the list with this tagger and this entry segmenter (either may be null: rules alone). */
    static ParsedRecords parse(SourceText src, org.opis.reflist.tagger.Tagger tagger, org.opis.reflist.segment.Segmenter segmenter) {
        List<Diagnostic> diags = new ArrayList<>();
        if (src.text().isBlank()) {
            diags.add(Diagnostic.error("reflist/empty-input", Span.START,
                    "the text is empty: there is no reference list to read").withFix("give a note with a reference section, or a list of references"));
            return new ParsedRecords(List.of(), diags);
        }
        Optional<Section> section = findSection(src);
        LearnedEntries.Choice choice = LearnedEntries.choose(src, section, segmenter);
        section = choice.section();
        List<int[]> learned = choice.entries();
        if (section.isEmpty()) {
            diags.add(Diagnostic.error("reflist/no-reference-section", Span.START,
                    "no reference section was found: no heading such as \u201CReferences\u201D or \u201CBibliography\u201D, and the text does not read as a list of references")
                    .withFix("put a heading such as \u201C## References\u201D above the list"));
            return new ParsedRecords(List.of(), diags);
        }
        Section s = section.get();
        List<int[]> entries = learned != null ? learned : entries(src, s.firstLine(), s.lastLine());
        entries = org.opis.text.EntryLimit.cap(entries, e -> src.span(e[0]), diags);
        if (entries.isEmpty()) {
            Span at = s.headingLine() > 0 ? src.span(src.lineStart(s.headingLine())) : Span.START;
            diags.add(Diagnostic.error("reflist/empty-section", at,
                    "the reference section \u201C" + s.heading() + "\u201D holds no entries"));
            return new ParsedRecords(List.of(), diags);
        }
        for (int i = s.firstLine(); i <= s.lastLine(); i++) {
            String l = src.line(i);
            if (!l.isBlank() && !isHeadingLine(l) && isSubheading(l) && (i == s.lastLine() || src.line(i + 1).isBlank())
                    && (i == s.firstLine() || src.line(i - 1).isBlank())) {
                diags.add(Diagnostic.info("reflist/subheading", src.span(src.lineStart(i) + (l.length() - l.stripLeading().length()), l.strip().length()),
                        "\u201C" + l.strip() + "\u201D was read as a subheading of the list, not as an entry"));
            }
        }
        EntryParser parser = new EntryParser(src);
        // each draft becomes its record at once (in the same order, so ids are the same): a list of
        // 250,000 lines never holds all its drafts and all its records together
        Ids ids = new Ids();
        List<Reference> refs = new ArrayList<>();
        List<CSLName> prevNames = List.of();
        String prevRole = "author";
        for (int[] e : entries) {
            List<Draft> read;
            try {
                read = parser.parse(e[0], e[1], prevNames, prevRole);
            } catch (RuntimeException ex) {
                read = List.of(parser.fallback(e[0], e[1], ex));
            }
            for (Draft d : read) {
                if (!d.headNames().isEmpty()) {
                    prevNames = List.copyOf(d.headNames());
                    prevRole = d.headRole();
                } else {
                    prevNames = List.of();
                }
                Reference r = toReference(src, d, ids);
                diags.addAll(d.defects);
                if (tagger != null) r = Tagging.apply(src, r, tagger, diags);
                refs.add(r);
            }
        }
        Collections.sort(diags);
        return new ParsedRecords(refs, diags);
    }

    /** The raw texts of the entries read with this segmenter, or by the layout rules alone when it is null (for scoring). */
    public static List<String> entryTexts(SourceText src, org.opis.reflist.segment.Segmenter segmenter) {
        return parse(src, null, segmenter).references().stream().map(Reference::raw).toList();
    }

    /**
     * Reads one work given in full in a note of the notes-bibliography style, the text
     * {@code [start, end)} of {@code src} without its pinpoint: {@code Stephen Kotkin, *Magnetic
     * Mountain* (Berkeley: University of California Press, 1995)}. The record is read as an entry of
     * a list would be (names given first, {@code ed.} after the names, quoted article titles, the
     * imprint in parentheses) and gets its id from {@code ids}, shared with the other works of the
     * same note so that ids stay unique. Never throws on bad text.
     */
    public static Reference parseNoteEntry(SourceText src, int start, int end, Ids ids) {
        EntryParser parser = new EntryParser(src);
        Draft d;
        try {
            d = parser.parseWhole(start, end);
        } catch (RuntimeException ex) {
            d = parser.fallback(start, end, ex);
        }
        return toReference(src, d, ids);
    }

    private static Reference toReference(SourceText src, Draft d, Ids ids) {
        List<CSLName> names = !d.authors.isEmpty() ? d.authors : !d.editors.isEmpty() ? d.editors : d.compilers;
        int year = d.issued == null ? 0 : d.issued[0][0];
        String title = d.title != null ? d.title : d.containerTitle;
        String id = ids.next(names, year, title, d.archive, d.archiveRecord);
        String raw = src.text().substring(d.start, d.end).strip();
        Span span = src.span(d.start, raw.length());
        return CslRecords.reference(id, d.build(id), span, raw, d.defects, d.archiveRecord, d.extra);
    }

    /** Finds the reference section of a note, or treats the whole text as a bare list when it reads as one. */
    public static Optional<Section> findSection(SourceText src) {
        int n = src.lineCount();
        List<int[]> matches = new ArrayList<>(); // {line, level}
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String line = src.line(i);
            if (line.length() > MAX_LINE_FOR_HEADING || line.isBlank()) continue;
            int level = headingLevel(line);
            String h = headingText(line);
            if (isReferenceHeading(h, line, level)) {
                if (level == 0 && i > 1 && !src.line(i - 1).isBlank() && !isHeadingLine(src.line(i - 1))) continue;
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
            return Optional.of(new Section(m[0], m[0] + 1, sectionEnd(src, m[0], m[1]), names.get(chosen)));
        }
        // a bare list?
        List<int[]> blocks = entries(src, 1, n);
        if (blocks.isEmpty()) return Optional.empty();
        int like = 0;
        for (int[] b : blocks) {
            int len = b[1] - b[0];
            if (len <= 1500 && looksLikeEntry(src.text().substring(b[0], b[1]))) like++;
        }
        if (like * 10 >= blocks.size() * 6) return Optional.of(new Section(0, 1, n, ""));
        return Optional.empty();
    }

    /** A heading phrase on its own, or ending a short heading line: "Select Bibliography", "Vietnam War Bibliography:". */
    private static boolean isReferenceHeading(String h, String line, int level) {
        String lower = h.toLowerCase(Locale.ROOT);
        if (HEADINGS.contains(lower)) return true;
        if (level == 0 && !line.strip().endsWith(":")) return false;
        if (h.length() > 60) return false;
        String[] w = lower.split(" ");
        for (int k = 1; k <= Math.min(3, w.length - 1); k++) {
            if (HEADINGS.contains(String.join(" ", java.util.Arrays.copyOfRange(w, w.length - k, w.length)))) return true;
        }
        return false;
    }

    /**
     * A short line with no digits, no closing full stop and no quoted or italic title inside a list:
     * a subheading such as "Primary sources" or "The Soviet Union".
     */
    static boolean isSubheading(String l) {
        String t = l.strip();
        if (t.isEmpty() || t.length() > 60 || MARKER.matcher(l).lookingAt()) return false;
        if (t.endsWith(".") || t.endsWith(")") || t.endsWith(">")) return false;
        for (int i = 0; i < t.length(); i++) if ("“”\"«»*_".indexOf(t.charAt(i)) >= 0) return false;
        for (int i = 0; i < t.length(); i++) if (Character.isDigit(t.charAt(i))) return false;
        return true;
    }

    private static final Pattern SHAPE = Pattern.compile(
            "[*“”\"«»‘]|\\p{Lu}[\\p{L} .'-]{1,40}(?::[^,.]{1,80})?,\\s?(?:1[5-9]\\d\\d|20\\d\\d)|\\((?:1[5-9]\\d\\d|20\\d\\d)[a-z]?\\)|https?://|//");

    /** A block of a bare list reads as a reference: a year or link, a reference's shape, and no run of prose longer than 30 words. */
    static boolean looksLikeEntry(String block) {
        if (!YEARISH.matcher(block).find() || !SHAPE.matcher(block).find()) return false;
        int words = 0;
        for (String w : block.split("\\s+")) {
            if (w.isEmpty()) continue;
            if (++words > 30) return false;
            if (w.endsWith(".") || w.endsWith("?") || w.endsWith("!")) words = 0;
        }
        return true;
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
            if (lv > 0 && (level == 0 || lv <= level) && !HEADINGS.contains(headingText(l).toLowerCase(Locale.ROOT))) return i - 1;
            if (lv > 0 && level > 0 && lv <= level) return i - 1;
            if (END_HEADINGS.contains(headingText(l).toLowerCase(Locale.ROOT)) && (lv > 0 || i > 1 && src.line(i - 1).isBlank())) return i - 1;
        }
        return src.lineCount();
    }

    private static int headingLevel(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == '#') i++;
        if (i == 0 || i > 6 || i >= line.length() || line.charAt(i) != ' ') return 0;
        return i;
    }

    private static boolean isHeadingLine(String line) {
        return headingLevel(line) > 0;
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

    /**
     * The entries between two lines, as {start, end} offsets of their text (a list marker
     * excluded). With list markers, each marked line starts an entry and unmarked lines continue
     * it; without them, each paragraph is an entry when paragraphs have several lines, else each
     * line (an indented line continues the one above).
     */
    static List<int[]> entries(SourceText src, int first, int last) {
        List<int[]> out = new ArrayList<>();
        int nonBlank = 0;
        int marked = 0;
        int paragraphs = 0;
        boolean prevBlank = true;
        for (int i = first; i <= last; i++) {
            String l = src.line(i);
            if (l.isBlank()) {
                prevBlank = true;
                continue;
            }
            if (isHeadingLine(l) || isSubheading(l) && (i == last || src.line(i + 1).isBlank())) continue;
            nonBlank++;
            if (prevBlank) paragraphs++;
            prevBlank = false;
            if (MARKER.matcher(l).lookingAt()) marked++;
        }
        if (nonBlank == 0) return out;
        boolean markerMode = marked * 2 >= nonBlank;
        boolean paragraphMode = !markerMode && paragraphs > 1 && nonBlank > paragraphs * 1.3;
        int[] cur = null;
        boolean gap = false;
        for (int i = first; i <= last; i++) {
            String l = src.line(i);
            if (l.isBlank()) {
                gap = true;
                if (paragraphMode && cur != null) {
                    out.add(cur);
                    cur = null;
                }
                continue;
            }
            if (isHeadingLine(l) || isSubheading(l) && (i == last || src.line(i + 1).isBlank()) && (i == first || src.line(i - 1).isBlank())) {
                if (cur != null) out.add(cur);
                cur = null;
                continue;
            }
            int ls = src.lineStart(i);
            int le = ls + l.length();
            Matcher mk = MARKER.matcher(l);
            boolean starts;
            int textStart = ls;
            if (markerMode) {
                boolean hasMarker = mk.lookingAt();
                if (hasMarker) textStart = ls + mk.end();
                starts = hasMarker || cur == null || (gap && endsComplete(src, cur) && !startsLower(l));
                if (!hasMarker) textStart = ls + leading(l);
            } else if (paragraphMode) {
                starts = cur == null;
                textStart = ls + leading(l);
            } else {
                boolean indented = leading(l) > 0 && cur != null && !gap;
                boolean continues = cur != null && !gap && (startsLower(l) && !endsComplete(src, cur));
                starts = !(indented || continues);
                if (mk.lookingAt()) {
                    starts = true;
                    textStart = ls + mk.end();
                } else {
                    textStart = ls + leading(l);
                }
            }
            gap = false;
            int te = ls + l.stripTrailing().length();
            if (starts) {
                if (cur != null) out.add(cur);
                cur = new int[]{textStart, te};
            } else {
                cur[1] = te;
            }
        }
        if (cur != null) out.add(cur);
        out.removeIf(e -> e[1] <= e[0] || src.text().substring(e[0], e[1]).isBlank());
        return out;
    }

    private static boolean endsComplete(SourceText src, int[] cur) {
        String t = src.text();
        int i = cur[1] - 1;
        while (i >= cur[0] && Character.isWhitespace(t.charAt(i))) i--;
        if (i < cur[0]) return false;
        char c = t.charAt(i);
        return c == '.' || c == ')' || c == '>';
    }

    private static boolean startsLower(String l) {
        String t = l.strip();
        return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0));
    }

    private static int leading(String l) {
        int i = 0;
        while (i < l.length() && (l.charAt(i) == ' ' || l.charAt(i) == '\t')) i++;
        return i;
    }

    private static Set<String> lower(Set<String> s) {
        Set<String> out = new java.util.HashSet<>();
        for (String x : s) out.add(x.toLowerCase(Locale.ROOT));
        return Set.copyOf(out);
    }
}
