package org.opis.csl;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;

import java.util.List;

/** A record's ten name variables as arrays in one fixed order, and the record with some of them replaced. */
final class NameLists {
    /** The CSL name variables, in the order of {@link #of}. */
    static final List<String> VARIABLES = List.of("author", "editor", "translator", "container-author", "collection-editor",
            "recipient", "interviewer", "composer", "director", "illustrator");

    private NameLists() {
    }

    /** The record's name lists in the order of {@link #VARIABLES} (null where absent). */
    static CSLName[][] of(CSLItemData d) {
        return new CSLName[][]{d.getAuthor(), d.getEditor(), d.getTranslator(), d.getContainerAuthor(), d.getCollectionEditor(),
                d.getRecipient(), d.getInterviewer(), d.getComposer(), d.getDirector(), d.getIllustrator()};
    }

    /** The record with each non-null list of {@code out} (in the order of {@link #VARIABLES}) in place of its own. */
    static CSLItemData with(CSLItemData d, CSLName[][] out) {
        CSLItemDataBuilder b = new CSLItemDataBuilder(d);
        if (out[0] != null) b.author(out[0]);
        if (out[1] != null) b.editor(out[1]);
        if (out[2] != null) b.translator(out[2]);
        if (out[3] != null) b.containerAuthor(out[3]);
        if (out[4] != null) b.collectionEditor(out[4]);
        if (out[5] != null) b.recipient(out[5]);
        if (out[6] != null) b.interviewer(out[6]);
        if (out[7] != null) b.composer(out[7]);
        if (out[8] != null) b.director(out[8]);
        if (out[9] != null) b.illustrator(out[9]);
        return b.build();
    }
}
