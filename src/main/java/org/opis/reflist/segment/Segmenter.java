package org.opis.reflist.segment;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits lines into entries with a {@link LineModel}: each {@code BEGIN} line opens an entry,
 * {@code INSIDE} lines continue it, {@code OUTSIDE} lines (prose, headings) are no entry. The
 * bundled model ({@code segmenter.tsv.gz}, built by {@code opis train --segmenter}) loads on first use.
 */
public final class Segmenter {

    /** The resource holding the bundled model. */
    public static final String RESOURCE = "/org/opis/reflist/segment/segmenter.tsv.gz";

    private static final class Bundled {
        static final LineModel MODEL = load();

        private static LineModel load() {
            try (InputStream in = Segmenter.class.getResourceAsStream(RESOURCE)) {
                if (in == null) return null;
                return LineModel.read(in);
            } catch (IOException e) {
                return null;
            }
        }
    }

    /** Wikipedia's back-link residue before a note: {@code ^}, {@code **^**}, {@code ^ _**a**_ _**b**_}. */
    private static final java.util.regex.Pattern BACKLINKS = java.util.regex.Pattern.compile(
            "(?:\\*\\*\\^\\*\\*|\\^)(?:\\s*_?\\*{0,2}[a-z]{1,2}\\*{0,2}_?(?=\\s))*\\s*");

    private final LineModel model;

    public Segmenter(LineModel model) {
        this.model = model;
    }

    /** The segmenter with the bundled model, or null when the jar has none. */
    public static Segmenter bundled() {
        LineModel m = Bundled.MODEL;
        return m == null ? null : new Segmenter(m);
    }

    /**
     * One entry found: the 1-based first and last line, the column where its text starts on the
     * first line, and the column where it ends on the last line, or -1 when it runs to the line's end
     * (it ends earlier where the next entry starts on the same line, {@link Pieces}).
     */
    public record Entry(int firstLine, int lastLine, int column, int endColumn) {
        public Entry(int firstLine, int lastLine, int column) {
            this(firstLine, lastLine, column, -1);
        }
    }

    /** The entries among {@code lines} of the text (lines numbered from 1). */
    public List<Entry> entries(List<String> all, int first, int last) {
        return entries(all, first, last, l -> false);
    }

    /** Like {@link #entries(List, int, int)}, but a line the model puts outside every entry starts one when {@code entry} says it is one. */
    public List<Entry> entries(List<String> all, int first, int last, java.util.function.Predicate<String> entry) {
        Lines lines = Lines.pieces(all, first, last);
        if (lines.size() == 1 && entry.test(lines.get(0).text())) {
            // one line that the caller takes as an entry (a one-entry list, as parse --lines reads each line):
            // whatever the model reads, the answer is that entry — BEGIN and INSIDE both open it on a first
            // line, OUTSIDE is retagged BEGIN below, and note numbers need a line after them — so the
            // model is not asked (SingleLineTest holds this to the model's answer on every gold entry)
            return entries(lines, new LineTag[]{LineTag.BEGIN});
        }
        return byModel(lines, entry);
    }

    /**
     * The entries among lines {@code first..last} read twice from one tagging by the model: as {@link #entries(List, int, int)}
     * reads them (first), and with a line the model puts outside every entry starting one when {@code entry} says so (second).
     */
    public List<List<Entry>> entriesBothWays(List<String> all, int first, int last, java.util.function.Predicate<String> entry) {
        Lines lines = Lines.pieces(all, first, last);
        LineTag[] tags = model.tag(lines);
        LineTag[] more = tags.clone();
        for (int i = 0; i < more.length; i++) if (more[i] == LineTag.OUTSIDE && entry.test(lines.get(i).text())) more[i] = LineTag.BEGIN;
        NoteNumberLines.apply(lines, tags);
        NoteNumberLines.apply(lines, more);
        return List.of(entries(lines, tags), entries(lines, more));
    }

    /** The entries the model finds among these lines, a line it puts outside one starting one when {@code entry} says so. */
    List<Entry> byModel(Lines lines, java.util.function.Predicate<String> entry) {
        LineTag[] tags = model.tag(lines);
        for (int i = 0; i < tags.length; i++) if (tags[i] == LineTag.OUTSIDE && entry.test(lines.get(i).text())) tags[i] = LineTag.BEGIN;
        NoteNumberLines.apply(lines, tags);
        return entries(lines, tags);
    }

    static List<Entry> entries(Lines lines, LineTag[] tags) {
        List<Entry> out = new ArrayList<>();
        int open = -1;
        int end = -1;
        int endCol = -1;
        int col = 0;
        for (int i = 0; i < lines.size(); i++) {
            LineTag t = tags[i];
            if (t == LineTag.OUTSIDE || t == LineTag.BEGIN) {
                if (open >= 0) out.add(new Entry(open, end, col, endCol));
                open = -1;
            }
            if (t == LineTag.OUTSIDE) continue;
            Lines.Line l = lines.get(i);
            if (open < 0) {
                open = l.number();
                col = l.column() + textColumn(l.text());
            }
            end = l.number();
            endCol = l.last() ? -1 : l.column() + l.text().stripTrailing().length();
            int br = LineBreakTags.trailing(l.text());
            if (br >= 0) endCol = l.column() + br;
        }
        if (open >= 0) out.add(new Entry(open, end, col, endCol));
        return out;
    }

    /** Where the text of an entry's first line starts, after indentation and a list marker. */
    static int textColumn(String line) {
        var m = LineFeatures.MARKER.matcher(line);
        int i = m.find() ? m.end() : 0;
        var r = BACKLINKS.matcher(line).region(i, line.length());
        if (r.lookingAt()) i = r.end();
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) i++;
        return i;
    }
}
