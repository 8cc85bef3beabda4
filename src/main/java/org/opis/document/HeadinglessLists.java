package org.opis.document;

import org.opis.cite.CheckedCitation;
import org.opis.cite.CheckedNote;
import org.opis.cite.CitationStatus;

import java.util.List;

/**
 * A list under no heading in a document of full notes that is not its bibliography: the parser found
 * entries by their shape in the text (a numbered list of recommended articles, "the author strongly
 * recommends the following articles: 1. Wilson, A. G., ‘…’"), while the notes give most of their
 * works in full and most of those are not in it. A bibliography lists the works the notes cite;
 * when more full notes give works the list lacks than works it has, and no heading announces a
 * list, the notes' works are the document's works, as in a document with no list.
 */
final class HeadinglessLists {

    /** At least this many full notes must give works the list lacks. */
    private static final int MISSING_AT_LEAST = 3;

    private HeadinglessLists() {
    }

    /** True when the list read from {@code note} is not the bibliography of the document's full notes (see the class comment). */
    static boolean notTheBibliography(CheckedNote note, Document doc, List<Part> parts) {
        if (note.references().isEmpty()) return false;
        if (parts.stream().anyMatch(p -> p == Part.REFERENCE || p == Part.FURTHER_READING) || !parts.contains(Part.NOTE)) return false;
        int missing = 0;
        int listed = 0;
        for (int i = 0; i < doc.blocks().size() && i < parts.size(); i++) {
            if (parts.get(i) != Part.NOTE) continue;
            Block b = doc.blocks().get(i);
            if (!FullNotes.reads(b.text())) continue;
            CheckedCitation full = FullNotes.cite(b.text(), doc.positions().span(b.origin().position(0)), 0, note.references());
            if (full.status() == CitationStatus.UNRESOLVED) missing++;
            else listed++;
        }
        return missing >= MISSING_AT_LEAST && missing > listed;
    }
}
