package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLType;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An APA newspaper article with no author whose headline is a Markdown link, as digitised-newspaper lists write it:
 * {@code [Nikita acts](http://eresources.nlb.gov.sg/…). (1962, October 29). The Straits Times, p. 1. Retrieved from
 * NewspaperSG.} The link text is the title (no author: nothing precedes it), the name before the page the newspaper,
 * the number after {@code p.} the page, the year in the parenthesis the date ({@link DateDetails} then adds its month
 * and day). One concern.
 */
final class LinkedHeadlines {
    private static final Pattern WHITE = Pattern.compile("\\s+");
    private static final Pattern SHAPE = Pattern.compile("^\\[(?<title>[^\\]\\[]{2,300})\\]\\((?<url>https?://[^)\\s]+)\\)\\.?\\s+\\((?<year>\\d{4}),\\s+[^)]{3,30}\\)\\.\\s+"
            + "(?<paper>[^,.()\\[\\]]{2,120}),\\s+pp?\\.\\s?(?<page>\\d+(?:\\s?[-–]\\s?\\d+)?)\\.");

    private LinkedHeadlines() {
    }

    /** The record read as a linked headline in a newspaper, or the record as it was. */
    static CSLItemData mend(CSLItemData d, String entry) {
        // the shape holds "](http" (no white space in it, so the entry holds it where the flattened text does)
        if (d == null || entry == null || !entry.contains("](http")) return d;
        Matcher m = SHAPE.matcher(WHITE.matcher(entry.strip()).replaceAll(" "));
        if (!m.find()) return d;
        CSLItemDataBuilder b = new CSLItemDataBuilder(d).type(CSLType.ARTICLE_NEWSPAPER).author((CSLName[]) null)
                .title(m.group("title").strip()).containerTitle(m.group("paper").strip()).page(m.group("page").replaceAll("\\s", ""));
        int year = Integer.parseInt(m.group("year"));
        int[][] parts = d.getIssued() == null ? null : d.getIssued().getDateParts();
        if (parts == null || parts.length == 0 || parts[0] == null || parts[0].length == 0 || parts[0][0] != year) b.issued(new CSLDateBuilder().dateParts(year).build());
        if (d.getURL() == null) b.URL(m.group("url"));
        return b.build();
    }
}
