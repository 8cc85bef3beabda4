package org.opis.document;

import org.opis.cite.CheckedCitation;
import org.opis.cite.CitationKind;
import org.opis.cite.CitationResolver;
import org.opis.cite.CitationStatus;
import org.opis.model.Reference;

import java.util.List;
import java.util.Set;

/**
 * Author-date citations of a document without a list, read before the works of its full notes were
 * made: a body citation {@code (Chacon e Straub, 2014, p. 15)} or a note {@code Ram, 2013, p. 4.}
 * whose work a footnote gives in full ({@code Chacon, Scott, e Ben Straub. Pro Git. … 2014.}). The
 * scanner resolved them against the list, which had none of these works; once the full notes have
 * given them, each such citation still unresolved is resolved again, by author and year, against
 * every work the document gives — as a citation of an entry of a list would be.
 */
final class LateWorkLinks {

    private LateWorkLinks() {
    }

    /**
     * Resolves again, in place, each citation the scanner left unresolved with an author and a year, against
     * {@code works}, when the document's full notes added works ({@code added}); one so linked is added to
     * {@code linkedLate} (an ibid. after it takes its work).
     */
    static void relink(List<CheckedCitation> citations, List<Reference> works, List<Reference> added, Set<CheckedCitation> linkedLate) {
        if (added.isEmpty()) return;
        // bibliographic citations only: the resolver needs no archival reader for them
        CitationResolver resolver = new CitationResolver(works, null);
        for (int i = 0; i < citations.size(); i++) {
            CheckedCitation c = citations.get(i);
            if (c.status() != CitationStatus.UNRESOLVED || c.citation().kind() != CitationKind.BIBLIOGRAPHIC
                    || c.citation().fullNote() || c.citation().byTitle()) continue;
            // a short note by author and title ("Van Galen and Quanjer, \"The Wolf, …,\" 266-267.") whose full note is a work
            // of a note given late (a note's second work, or a note with a second paragraph)
            if (c.citation().year().isEmpty() && (c.citation().title().isEmpty() || c.citation().who().isBlank())) continue;
            CheckedCitation again = resolver.resolve(List.of(c.citation())).get(0);
            // a work whose names the parser did not read ("Chacon, Scott, e Ben Straub. Pro Git. …"): by the names its text begins with
            if (again.status() == CitationStatus.UNRESOLVED) again = SecondLook.of(again, works, Set.of());
            if (again.status() == CitationStatus.UNRESOLVED) continue;
            citations.set(i, again);
            linkedLate.add(again);
        }
    }
}
