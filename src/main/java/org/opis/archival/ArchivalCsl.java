package org.opis.archival;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLType;

import java.util.Optional;

/**
 * How an archival citation maps to CSL, for every scheme: the archive → {@code archive}, its city
 * (registry {@code place}) → {@code archive-place}, the levels above the leaves
 * in English form → {@code archive_location}, the leaves → the citation locator with label
 * {@code folio}; the cited document becomes an item of type {@code manuscript}.
 */
public final class ArchivalCsl {

    /** The CSL locator label for archival leaves. */
    public static final String LOCATOR_LABEL = "folio";

    private ArchivalCsl() {
    }

    /**
     * A CSL item for the archival document cited.
     *
     * @param c     the citation
     * @param id    the CSL item id
     * @param title the document's title, if known (e.g. "Politburo decision of 17 March 1950")
     */
    public static CSLItemData item(ArchivalCitation c, String id, Optional<String> title) {
        CSLItemDataBuilder b = new CSLItemDataBuilder().id(id).type(CSLType.MANUSCRIPT);
        c.archive().ifPresent(a -> b.archive(a.acronym()));
        c.archive().filter(ArchivalCitation.ArchiveRef::known).flatMap(a -> ArchiveRegistry.place(a.id())).ifPresent(b::archivePlace);
        if (!c.location().isBlank()) b.archiveLocation(c.location());
        title.filter(t -> !t.isBlank()).ifPresent(b::title);
        return b.build();
    }

    /** The locator of the citation (the leaves, e.g. "104–105"), to be used with label {@link #LOCATOR_LABEL}. */
    public static Optional<String> locator(ArchivalCitation c) {
        return c.leavesText();
    }
}
