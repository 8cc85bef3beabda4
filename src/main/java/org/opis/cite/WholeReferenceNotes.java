package org.opis.cite;

import org.opis.model.Span;
import org.opis.reflist.BlockShapes;
import org.opis.text.SourceText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notes that give their work as a whole reference in the order of a reference list's entry —
 * {@code Lloyd, Anne. 1974. Pittsburgh's 1923 Zoning Ordinance. Pittsburgh, PA: Carnegie Mellon
 * University. 296.}, {@code McDougall, James. A History of Algeria. Cambridge: …, 2017.} — in a note
 * with no reference list. The scanner reads only the opening author and year of such a note (or
 * nothing of it); here the citation found at the note's start is widened to the whole note, marked
 * as giving its work in full (so {@link NoteWorks} reads the work from it), and given the pinpoint
 * the note ends with ({@code 296.}, {@code 55-56.}, {@code Chapter 3.}) as its locator.
 * A note is a whole reference when its text reads as a reference entry ({@link BlockShapes#entryLike})
 * and not as a short citation ({@link BlockShapes#shortCitation}).
 */
final class WholeReferenceNotes {

    /** What may open a note line before its text: a footnote label, a note number, or nothing (a continuation). */
    private static final Pattern NOTE_OPENING = Pattern.compile("^[ \\t]*(?:\\[\\^[^\\]\\s]{1,40}\\]:|\\[\\d{1,4}\\]|\\d{1,4}[.)])?[ \\t]*$");
    /** The pinpoint a whole-reference note ends with, after the imprint's full stop, with a short label or none ({@code 296.}, {@code p. 12}, {@code s 186-192}: the label read by {@link Locators}). */
    private static final Pattern TRAILING_PINPOINT = Pattern.compile("[.,]\\s+((?:(?:(?i:chapter)|\\p{L}{1,4}\\.?)\\s*)?\\d[\\d\\s,\\-–—]*?)\\.?\\s*$");

    /** A page label and pages in parentheses inside the note, after its title: {@code (p. 24)}, {@code (pp. 128–129)}. */
    private static final Pattern INNER_PINPOINT = Pattern.compile("\\((pp?\\.\\s*\\d[\\d\\s,\\-–—]*)\\)");
    /** A citation text this long that opens a note is the scanner's reading of the whole note. */
    private static final int WHOLE_NOTE = 40;

    private WholeReferenceNotes() {
    }

    /** The citations, each one found at the start of a whole-reference note widened to that note. */
    static List<InTextCitation> widen(SourceText source, List<InTextCitation> found, Locators locators) {
        String text = source.text();
        List<InTextCitation> out = new ArrayList<>(found.size());
        for (InTextCitation c : found) {
            out.add(widened(text, c, locators));
        }
        return out;
    }

    private static InTextCitation widened(String text, InTextCitation c, Locators locators) {
        if (c.fullNote() || c.kind() != CitationKind.BIBLIOGRAPHIC || c.year().isEmpty()) return c;
        int start = c.span().offset();
        if (start < 0 || start >= text.length()) return c;
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        if (!NOTE_OPENING.matcher(text.substring(lineStart, start)).matches()) return c;
        if (!text.substring(lineStart, start).contains("[^") && !text.substring(lineStart, start).strip().matches("\\[?\\d{1,4}[.)\\]]")) return c;
        int end = noteEnd(text, start);
        String note = text.substring(start, end).strip();
        // a note no longer than its citation is a short citation, unless the scanner already read the whole note
        if (note.length() < c.text().length() + 15 && c.text().length() < WHOLE_NOTE) return c;
        String bare = BlockShapes.strip(note.replace('\n', ' '));
        if (!BlockShapes.entryLike(bare) || BlockShapes.shortCitation(bare)) return c;
        int workEnd = start + text.substring(start, end).stripTrailing().length();
        List<Locator> locs = c.locators();
        Matcher m = TRAILING_PINPOINT.matcher(note);
        Matcher inner = INNER_PINPOINT.matcher(note);
        if (locs.isEmpty() && !m.find() && inner.find()) {
            // Kindle's copied citation: "Grudem, Wayne (2009). *Title* (p. 24). Zondervan. Kindle Edition."
            Locators.Reading r = locators.read(inner.group(1));
            if (!r.locators().isEmpty()) locs = r.locators();
        }
        m.reset();
        if (m.find() && !note.substring(0, m.start()).isBlank()) {
            Locators.Reading r = locators.read(m.group(1));
            if (!r.locators().isEmpty() && r.consumed() >= m.group(1).strip().length() - 1) {
                if (locs.isEmpty()) locs = r.locators();
                workEnd = start + text.substring(start, end).indexOf(note) + m.start() + 1;
            }
        }
        Span span = new Span(c.span().line(), c.span().column(), start, Math.max(c.span().length(), workEnd - start));
        return new InTextCitation(c.text(), span, c.group(), c.form(), c.kind(), c.who(), c.byTitle(), c.year(), c.date(),
                locs, c.rest(), c.inNotes(), c.title(), true);
    }

    /** Where a note starting at {@code start} ends: at a blank line, or a line that is not an indented continuation. */
    private static int noteEnd(String text, int start) {
        int end = text.indexOf('\n', start);
        if (end < 0) return text.length();
        while (end + 1 < text.length()) {
            int next = text.indexOf('\n', end + 1);
            if (next < 0) next = text.length();
            String line = text.substring(end + 1, next);
            if (line.isBlank() || !(line.startsWith(" ") || line.startsWith("\t"))) break;
            end = next;
        }
        return end;
    }
}
