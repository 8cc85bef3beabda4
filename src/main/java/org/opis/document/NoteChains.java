package org.opis.document;

import org.opis.cite.CheckedCitation;
import org.opis.cite.CitationKind;

import java.util.List;
import java.util.Set;

/**
 * An {@code ibid.} ({@code Ebd.}, {@code Там же}) in the notes means the citation of the note
 * just before it. The scanner chains ibid. to the citations it found itself; a citation linked
 * later — a full note read as an entry ({@link FullNotes}) or one linked on a second look
 * ({@link SecondLook}) — is not in that chain, so an ibid. right after one is left unresolved, or
 * pointed at an older citation. Here such an ibid. (and the ibid. after it) takes the work and
 * the status of the note citation before it.
 */
final class NoteChains {

    private NoteChains() {
    }

    /** Relinks, in place, the ibid. of the notes whose previous note citation was linked late; {@code citations} in reading order. */
    static void ibidAfterLateLinks(List<CheckedCitation> citations, Set<CheckedCitation> linkedLate) {
        CheckedCitation previous = null;
        boolean late = false;
        for (int i = 0; i < citations.size(); i++) {
            CheckedCitation c = citations.get(i);
            if (!c.citation().inNotes()) continue;
            if (c.citation().kind() == CitationKind.IBID && previous != null && late) {
                c = new CheckedCitation(c.citation(), previous.status(), previous.resolvesTo(), List.of(),
                        "ibid. refers to “" + shortText(previous) + "”", c.locators(), c.archival());
                citations.set(i, c);
            } else {
                late = linkedLate.contains(c);
            }
            previous = c;
        }
    }

    private static String shortText(CheckedCitation c) {
        String t = c.citation().text();
        return t.length() > 80 ? t.substring(0, 79) + "\u2026" : t;
    }
}
