package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLType;

/**
 * A record the readers could give no type of its own ({@code document}) that carries an access date
 * ({@code Retrieved 16 July 2012}, {@code Accessed …}) and no volume, issue or pages is a web page: the
 * shape of Wikipedia's {@code cite web} ({@code "Title". Site. Date. Archived from the original on …
 * Retrieved …}).
 */
final class WebPageShape {
    private WebPageShape() {
    }

    static CSLItemData retype(CSLItemData d) {
        if (d.getType() != CSLType.DOCUMENT || d.getAccessed() == null) return d;
        if (d.getVolume() != null || d.getIssue() != null || d.getPage() != null || d.getISBN() != null) return d;
        return new CSLItemDataBuilder(d).type(CSLType.WEBPAGE).build();
    }
}
