package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;

/**
 * The type rules that look at a finished record's shape, in one place for both readers' records (the
 * rules' draft and the combined record): {@link NewspaperShape}, then {@link WebPageShape}.
 */
final class TypeShapes {
    private TypeShapes() {
    }

    static CSLItemData retype(CSLItemData d) {
        return WebPageShape.retype(NewspaperShape.retype(d));
    }
}
