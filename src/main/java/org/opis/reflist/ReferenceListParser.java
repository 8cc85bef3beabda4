package org.opis.reflist;

import org.opis.model.CslRecords;
import de.undercouch.citeproc.csl.CSLName;
import org.opis.model.Diagnostic;
import org.opis.model.ParsedRecords;
import org.opis.model.Reference;
import org.opis.model.Span;
import org.opis.text.SourceText;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
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

    private static final Pattern MARKER = Pattern.compile("^[ \\t]{0,6}(?:" + org.opis.text.ListMarkers.BULLET + "[ \\t]+|\\d{1,3}[.)][ \\t]+|\\[\\d{1,4}\\][ \\t]*)");

    /** Where the reference section lies: the heading's line (0 for a bare list) and the first and last line of the list. */
    public record Section(int headingLine, int firstLine, int lastLine, String heading) {
    }

    private ReferenceListParser() {
    }

    /** Reads the reference list of a note or a bare list (rules and the tagger in use, see {@link Tagging}). */
    public static ParsedRecords parse(SourceText src) {
        return parse(src, Tagging.current());
    }

    /** Whether a line opens with a list marker (a bullet, {@code 1.}, {@code [1]}). */
    static boolean isMarked(String line) {
        return MARKER.matcher(line).lookingAt();
    }

    /** Where the text of a line starts after its list marker (0 when it has none). */
    static int afterMarker(String line) {
        var m = MARKER.matcher(line);
        return m.lookingAt() ? m.end() : 0;
    }

    /** Reads the list by the rules, combined with this tagger's reading when it is not null. */
    static ParsedRecords parse(SourceText src, org.opis.reflist.tagger.Tagger tagger) {
        return parse(src, tagger, org.opis.reflist.segment.Segmenter.bundled());
    }

    /** Reads the list with this tagger and this entry segmenter (either may be null: rules alone). */
    static ParsedRecords parse(SourceText src, org.opis.reflist.tagger.Tagger tagger, org.opis.reflist.segment.Segmenter segmenter) {
        List<Reference> refs = new ArrayList<>();
        List<Diagnostic> diags = read(src, tagger, segmenter, refs::add);
        return new ParsedRecords(refs, diags);
    }

    /**
     * Reads the list like {@link #parse(SourceText)} but hands each record to {@code sink} as soon as
     * it is read, in list order, and returns the findings (sorted): the records are never all held,
     * so a caller that writes each one out reads a list of any length in memory bounded by the text.
     */
    public static List<Diagnostic> read(SourceText src, java.util.function.Consumer<Reference> sink) {
        return read(src, Tagging.current(), org.opis.reflist.segment.Segmenter.bundled(), sink);
    }

    static List<Diagnostic> read(SourceText src, org.opis.reflist.tagger.Tagger tagger, org.opis.reflist.segment.Segmenter segmenter,
                                 java.util.function.Consumer<Reference> sink) {
        List<Diagnostic> diags = new ArrayList<>();
        if (src.text().isBlank()) {
            diags.add(Diagnostic.error("reflist/empty-input", Span.START,
                    "the text is empty: there is no reference list to read").withFix("give a note with a reference section, or a list of references"));
            return diags;
        }
        Optional<Section> section = ReferenceSections.find(src);
        LearnedEntries.Choice choice = LearnedEntries.choose(src, section, segmenter);
        section = choice.section();
        List<int[]> learned = choice.entries();
        if (section.isEmpty()) {
            diags.add(Diagnostic.error("reflist/no-reference-section", Span.START,
                    "no reference section was found: no heading such as \u201CReferences\u201D or \u201CBibliography\u201D, and the text does not read as a list of references")
                    .withFix("put a heading such as \u201C## References\u201D above the list"));
            return diags;
        }
        Section s = section.get();
        List<int[]> entries = CapitalLines.split(src, BareNumbers.strip(src, DatedLines.split(src, learned != null ? learned : entries(src, s.firstLine(), s.lastLine()))));
        entries = org.opis.text.EntryLimit.cap(entries, e -> src.span(e[0]), diags);
        if (entries.isEmpty()) {
            Span at = s.headingLine() > 0 ? src.span(src.lineStart(s.headingLine())) : Span.START;
            diags.add(Diagnostic.error("reflist/empty-section", at,
                    "the reference section \u201C" + s.heading() + "\u201D holds no entries"));
            return diags;
        }
        for (int i = s.firstLine(); i <= s.lastLine(); i++) {
            String l = src.line(i);
            if (!l.isBlank() && !isHeadingLine(l) && isSubheading(l) && (i == s.lastLine() || src.line(i + 1).isBlank())
                    && (i == s.firstLine() || src.line(i - 1).isBlank())) {
                diags.add(Diagnostic.info("reflist/subheading", src.span(src.lineStart(i) + (l.length() - l.stripLeading().length()), l.strip().length()),
                        "\u201C" + l.strip() + "\u201D was read as a subheading of the list, not as an entry"));
            }
        }
        diags.addAll(UnreadText.find(src, s.firstLine(), s.lastLine(), entries));
        EntryParser parser = new EntryParser(src);
        // each draft becomes its record at once (in the same order, so ids are the same): a list of
        // 250,000 lines never holds all its drafts and all its records together
        Ids ids = new Ids();
        List<CSLName> prevNames = List.of();
        for (int[] e : entries) {
            List<Draft> read;
            try {
                read = parser.parse(e[0], e[1], prevNames);
            } catch (RuntimeException ex) {
                read = List.of(parser.fallback(e[0], e[1], ex));
            }
            for (Draft d : read) {
                if (!d.headNames().isEmpty()) {
                    prevNames = List.copyOf(d.headNames());
                } else {
                    prevNames = List.of();
                }
                Reference r = toReference(src, d, ids);
                diags.addAll(d.defects);
                if (tagger != null) r = Tagging.apply(src, r, tagger, diags);
                sink.accept(r);
            }
        }
        Collections.sort(diags);
        return diags;
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

    /**
     * A short line with no digits, no closing full stop and no quoted or italic title inside a list:
     * a subheading such as "Primary sources" or "The Soviet Union".
     */
    static boolean isSubheading(String l) {
        String t = l.strip();
        if (t.isEmpty() || t.length() > 60 || MARKER.matcher(l).lookingAt()) return false;
        if (t.endsWith(".") || t.endsWith(")") || t.endsWith(">")) return false;
        // quotes, emphasis and the title brackets of CJK lists ("《박은식전서》") mark a cited work, not a heading
        for (int i = 0; i < t.length(); i++) if ("“”\"«»*_《》『』「」〈〉".indexOf(t.charAt(i)) >= 0) return false;
        for (int i = 0; i < t.length(); i++) if (Character.isDigit(t.charAt(i))) return false;
        // ABNT in short, "DA MATTA, R.; Relativizando; Rocco": names, title and publisher set apart by semicolons
        return t.chars().filter(c -> c == ';').count() < 2;
    }

    static boolean isHeadingLine(String line) {
        return ReferenceSections.headingLevel(line) > 0;
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
            if (l.isBlank() || org.opis.reflist.segment.HtmlComments.whole(l)) {
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
            if (l.isBlank() || org.opis.reflist.segment.HtmlComments.whole(l)) {
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
}
