package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import org.opis.reflist.tagger.Evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A note of a web page's archived copy ({@code "Ramon Grau San Martin" Archived 15 January 2009 at the Wayback
 * Machine. Answers.com.}; the statements: {@link ArchiveStatements}, {@code archive-statements.txt}) names when a copy was made, not the work: a container
 * title, volume or issue read from inside it ({@code Archived}, {@code 15}) is dropped, a date that is the copy's date
 * is dropped, and a title that ran on over the note loses it. One concern: fields read from the archived-copy note.
 */
final class ArchivedCopies {
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[5-9]\\d\\d|20\\d\\d)(?!\\d)");

    private ArchivedCopies() {
    }

    /** The record without the fields read from an archived-copy note of the entry, or the record as it was. */
    static CSLItemData mend(CSLItemData d, String entry) {
        if (d == null || entry == null) return d;
        List<ArchiveStatements.Statement> notes = ArchiveStatements.find(entry);
        if (notes.isEmpty()) return d;
        List<String> dates = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        int last = 0;
        for (ArchiveStatements.Statement n : notes) {
            dates.add(n.date());
            rest.append(entry, last, n.start()).append(' ');
            last = n.end();
        }
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
            List<ArchiveStatements.Statement> t = ArchiveStatements.find(title);
            if (!t.isEmpty() && t.get(0).start() > 0) {
                b.title(title.substring(0, t.get(0).start()).strip());
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
