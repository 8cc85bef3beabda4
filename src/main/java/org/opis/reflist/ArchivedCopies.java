package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import org.opis.reflist.tagger.Evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A note of a web page's archived copy ({@code "Ramon Grau San Martin" Archived 15 January 2009 at the Wayback
 * Machine. Answers.com.}; words: {@code archived-copies.tsv}) names when a copy was made, not the work: a container
 * title, volume or issue read from inside it ({@code Archived}, {@code 15}) is dropped, a date that is the copy's date
 * is dropped, and a title that ran on over the note loses it. One concern: fields read from the archived-copy note.
 */
final class ArchivedCopies {
    private static final Map<String, String> WORDS = Data.map("archived-copies.tsv");
    private static final Pattern NOTE = Pattern.compile("(?iu)(?<!\\p{L})(?:" + words("opens") + ")\\s+(?:from the original\\s+)?(?:on\\s+)?([^.()\\[\\]]{4,40}?),?\\s+(?:"
            + words("at") + ")\\s+(?:" + words("archive") + ")");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[5-9]\\d\\d|20\\d\\d)(?!\\d)");

    private ArchivedCopies() {
    }

    private static String words(String role) {
        List<String> out = new ArrayList<>();
        WORDS.forEach((w, r) -> {
            if (r.equals(role)) out.add(Pattern.quote(w));
        });
        out.sort((a, b) -> b.length() - a.length());
        return out.isEmpty() ? "(?!)" : String.join("|", out);
    }

    /** The record without the fields read from an archived-copy note of the entry, or the record as it was. */
    static CSLItemData mend(CSLItemData d, String entry) {
        if (d == null || entry == null) return d;
        Matcher m = NOTE.matcher(entry);
        List<int[]> notes = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (m.find()) {
            notes.add(new int[]{m.start(), m.end()});
            dates.add(m.group(1));
            rest.append(entry, last, m.start()).append(' ');
            last = m.end();
        }
        if (notes.isEmpty()) return d;
        rest.append(entry.substring(last));
        String outside = Evaluation.comparableText(rest.toString());
        CSLItemDataBuilder b = new CSLItemDataBuilder(d);
        boolean changed = false;
        if (inNoteOnly(d.getContainerTitle(), outside)) {
            b.containerTitle(null);
            changed = true;
        }
        if (inNoteOnly(d.getVolume(), outside)) {
            b.volume(null);
            changed = true;
        }
        if (inNoteOnly(d.getIssue(), outside)) {
            b.issue(null);
            changed = true;
        }
        String title = d.getTitle();
        if (title != null) {
            Matcher t = NOTE.matcher(title);
            if (t.find() && t.start() > 0) {
                b.title(title.substring(0, t.start()).strip());
                changed = true;
            }
        }
        if (copyDate(d.getIssued(), dates, rest.toString())) {
            b.issued((CSLDate) null);
            changed = true;
        }
        return changed ? b.build() : d;
    }

    private static boolean inNoteOnly(String value, String outside) {
        if (value == null) return false;
        String v = Evaluation.comparableText(value);
        return !v.isEmpty() && !outside.contains(v);
    }

    /** Whether the date's year is a year of an archived-copy note and written nowhere else in the entry. */
    private static boolean copyDate(CSLDate issued, List<String> dates, String outside) {
        if (issued == null || issued.getDateParts() == null || issued.getDateParts().length == 0 || issued.getDateParts()[0].length == 0) return false;
        String year = String.valueOf(issued.getDateParts()[0][0]);
        boolean inNote = false;
        for (String s : dates) {
            Matcher y = YEAR.matcher(s);
            if (y.find() && y.group(1).equals(year)) inNote = true;
        }
        if (!inNote) return false;
        Matcher y = YEAR.matcher(outside);
        while (y.find()) if (y.group(1).equals(year)) return false;
        return true;
    }
}
