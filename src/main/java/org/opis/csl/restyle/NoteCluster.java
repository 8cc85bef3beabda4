package org.opis.csl.restyle;

import org.opis.cite.CheckedCitation;
import org.opis.csl.CitationItem;

import java.util.List;

/**
 * The citations a note makes at one place (one parenthesis, one sentence, one footnote group), in
 * text order, with the CSL citation items of those that resolved to a work of the reference list.
 *
 * @param group     the citations' shared group index
 * @param citations every citation of the group as checked (resolved or not, archival or not)
 * @param items     the resolved bibliographic ones as CSL citation items with their pinpoints
 */
public record NoteCluster(int group, List<CheckedCitation> citations, List<CitationItem> items) {

    public NoteCluster {
        citations = List.copyOf(citations);
        items = List.copyOf(items);
    }

    /** True when some item carries a locator (a page, volume, leaf …). */
    public boolean hasLocators() {
        return items.stream().anyMatch(i -> i.locator().isPresent());
    }

    /** True when every citation of the group resolved to a work (none archival, none unresolved). */
    public boolean fullyResolved() {
        return !items.isEmpty() && items.size() == citations.size();
    }
}
