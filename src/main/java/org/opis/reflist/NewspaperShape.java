package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLType;

/**
 * An article dated to the day in a periodical that gives no volume and no issue is a newspaper
 * article, not a journal article: journals are cited by volume and issue, dailies by date
 * ({@code Keller, Bill (26 October 1989). "…". The New York Times.}). Of the 150 hand-checked gold
 * records with a container, a full date and neither volume nor issue, 120 are newspaper articles
 * and none a journal article.
 */
final class NewspaperShape {
    private NewspaperShape() {
    }

    static CSLItemData retype(CSLItemData d) {
        if (d.getType() != CSLType.ARTICLE_JOURNAL || d.getContainerTitle() == null) return d;
        if (d.getVolume() != null || d.getIssue() != null) return d;
        if (d.getIssued() == null || d.getIssued().getDateParts() == null || d.getIssued().getDateParts().length == 0) return d;
        int[] first = d.getIssued().getDateParts()[0];
        if (first == null || first.length < 3) return d;
        return new CSLItemDataBuilder(d).type(CSLType.ARTICLE_NEWSPAPER).build();
    }
}
