package org.opis.archival;

import org.opis.model.CodedRule;
import org.opis.model.Diagnostic;
import org.opis.model.Severity;

import java.util.List;

/**
 * The text has no archival level at all (no fond, opis, delo, leaf…): it is not an archival citation.
 * Nor is text that names no registered archive and whose only levels are a volume, a part, a year or
 * pages ("Захари Стоянов, „Записки по българските въстания“, т. II"): a book's, not a file's.
 */
final class UnrecognizedRule extends CodedRule implements ArchivalRule {

    UnrecognizedRule() {
        super("archival/unrecognized", Severity.ERROR);
    }

    /** Levels that a printed book has too; alone after an unknown name they do not make a citation archival. */
    private static final java.util.Set<String> BOOK = java.util.Set.of("tom", "chast", "page", "year");

    @Override
    public void check(Analysis a, List<Diagnostic> out) {
        if (!a.elements.isEmpty() && bookLike(a)) {
            out.add(a.diag(code(), severity(), 0, a.text.length(), headingWithLoneFond(a)
                    ? "a lone fond after the heading “" + shorten(a.scan.archiveText.strip()) + "”, which is not an archive's name: a form or document number, not an archival citation"
                    : "no archival level (only a volume, part, year or pages) after “"
                    + shorten(a.scan.archiveText.strip()) + "”, which is not a registered archive: a book reference, not an archival citation", null));
            return;
        }
        if (!a.elements.isEmpty()) return;
        String t = a.text.strip();
        // the archive's own scheme tells what was expected ("RG 59, …, Box 12" rather than "f., op., d., l.")
        String expected = a.scheme instanceof SegmentScheme && a.archive.isPresent() ? " (" + a.scheme.description() + ")" : " (f., op., d., l. …)";
        out.add(a.diag(code(), severity(), 0, a.text.length(),
                t.isEmpty() ? "empty citation" : "no archival levels" + expected + " found in “" + shorten(t) + "”", null));
    }

    private static boolean bookLike(Analysis a) {
        if (a.continuation || a.archive.isPresent() || a.match.found() || a.scan.archiveText.isBlank()) return false;
        if (headingWithLoneFond(a)) return true;
        for (Scan.Element e : a.elements) if (e.level == null || !BOOK.contains(e.level)) return false;
        return true;
    }

    /**
     * A lone "Ф." after a heading, a title with a colon inside ("ВІДДІЛ КАДРІВ: ОСОБОВА КАРТКА
     * ПРАЦІВНИКА, Ф. П-2", a form's number), is not a fond: an archive's name has no colon in it,
     * and a fond alone under an unknown name needs a name to stand on ("ГИАОО, ф. Р-580" stays a citation).
     */
    private static boolean headingWithLoneFond(Analysis a) {
        String name = a.scan.archiveText.strip();
        int colon = name.indexOf(':');
        return a.elements.size() == 1 && "fond".equals(a.elements.get(0).level)
                && colon > 0 && colon < name.length() - 1 && name.substring(colon + 1).strip().contains(" ");
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }
}
