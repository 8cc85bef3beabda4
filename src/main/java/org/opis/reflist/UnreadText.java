package org.opis.reflist;

import java.util.ArrayList;
import java.util.List;

import org.opis.model.Diagnostic;
import org.opis.text.SourceText;

/**
 * Text of a reference section that no entry took: a line, or a part of a line, that the entry boundaries left out (read as the
 * list's title, a heading, prose between entries). Never dropped silently: each such run of a line gets the finding {@code
 * reflist/unread-text}, so a user sees an entry opis did not read. Blank lines, list markers, headings and the subheadings
 * reported as such are not unread text, nor HTML comments, nor a run without three letters or digits (a rule, a lone bracket).
 */
final class UnreadText {

    private static final int SHOWN = 80;

    private UnreadText() {
    }

    /** The findings for the text of lines {@code first..last} outside every entry ({start, end} offsets, in order). */
    static List<Diagnostic> find(SourceText src, int first, int last, List<int[]> entries) {
        List<Diagnostic> out = new ArrayList<>();
        String text = src.text();
        int k = 0;
        for (int i = first; i <= last; i++) {
            String l = src.line(i);
            if (l.isBlank() || org.opis.reflist.segment.HtmlComments.whole(l) || ReferenceListParser.isHeadingLine(l)
                    || ReferenceListParser.isSubheading(l)) continue;
            int ls = src.lineStart(i);
            int from = ls + ReferenceListParser.afterMarker(l);
            int end = ls + l.length();
            while (k < entries.size() && entries.get(k)[1] <= from) k++;
            int at = from;
            List<int[]> runs = new ArrayList<>();
            boolean shared = false;
            for (int j = k; j < entries.size() && entries.get(j)[0] < end; j++) {
                int[] e = entries.get(j);
                if (e[0] > at) runs.add(new int[]{at, Math.min(e[0], end)});
                if (e[1] > from) shared = true;
                at = Math.max(at, e[1]);
            }
            if (at < end) runs.add(new int[]{at, end});
            for (int[] r : runs) report(src, r[0], r[1], shared, out);
        }
        return out;
    }

    /**
     * Reports a run left out: a part of a line whose other part an entry took ({@code shared}), or a whole line that reads like a
     * reference (a year or a link, and at least 20 letters) — not a syllabus's prose or a topic line between its entries.
     */
    private static void report(SourceText src, int from, int to, boolean shared, List<Diagnostic> out) {
        String t = src.text().substring(from, to);
        int alnum = 0, letters = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetterOrDigit(c)) alnum++;
            if (Character.isLetter(c)) letters++;
        }
        if (alnum < 3 || !shared && (letters < 20 || !LearnedEntries.YEARISH.matcher(t).find())) return;
        int lead = t.length() - t.stripLeading().length();
        String s = t.strip();
        String shown = s.length() > SHOWN ? s.substring(0, SHOWN) + "…" : s;
        out.add(Diagnostic.info("reflist/unread-text", src.span(from + lead, s.length()),
                        "\u201C" + shown + "\u201D is in the reference section but was read as no entry (nor part of one)")
                .withFix("if it is a reference, set it apart from its neighbours: a blank line before it or a list marker"));
    }
}
