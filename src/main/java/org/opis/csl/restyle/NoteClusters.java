package org.opis.csl.restyle;

import org.opis.cite.CheckedCitation;
import org.opis.cite.CheckedNote;
import org.opis.cite.CitationStatus;
import org.opis.csl.CitationItem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups a checked note's citations into clusters in text order. */
public final class NoteClusters {

    private NoteClusters() {
    }

    /** The note's clusters in text order; every citation belongs to exactly one. */
    public static List<NoteCluster> of(CheckedNote note) {
        Map<Integer, List<CheckedCitation>> groups = new LinkedHashMap<>();
        for (CheckedCitation c : note.citations()) {
            groups.computeIfAbsent(c.citation().group(), k -> new ArrayList<>()).add(c);
        }
        List<NoteCluster> out = new ArrayList<>();
        for (Map.Entry<Integer, List<CheckedCitation>> e : groups.entrySet()) {
            List<CheckedCitation> cs = new ArrayList<>(e.getValue());
            cs.sort((a, b) -> Integer.compare(a.citation().span().offset(), b.citation().span().offset()));
            List<CitationItem> items = new ArrayList<>();
            for (CheckedCitation c : cs) {
                if (resolvedWork(c)) items.add(CitationItem.withLocators(c.resolvesTo().get(), c.locators()));
            }
            out.add(new NoteCluster(e.getKey(), cs, items));
        }
        out.sort((a, b) -> Integer.compare(a.citations().get(0).citation().span().offset(),
                b.citations().get(0).citation().span().offset()));
        return out;
    }

    /** A citation that points, surely or nearly surely, to a work of the reference list (not an archival document). */
    public static boolean resolvedWork(CheckedCitation c) {
        return !c.isArchival() && c.resolvesTo().isPresent()
                && (c.status() == CitationStatus.RESOLVED || c.status() == CitationStatus.FUZZY);
    }
}
