package org.opis.document;

import org.opis.cite.CheckedCitation;
import org.opis.cite.InTextCitation;
import org.opis.cite.Locator;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A full note that gives an article's or a chapter's pages and then, in parentheses, the page it cites
 * ({@code *The Journal of British Studies* 39 (2000): 8-33 (8).}, {@code *Social Networks* 27 (2005): 55-71 (61).}) cites
 * that page: the range is the work's extent, the number in parentheses inside it the pinpoint.
 */
final class RangePinpoints {

    private static final Pattern RANGE_THEN_PAGE = Pattern.compile("(?<![\\d.])(\\d{1,5})\\s*[-\u2010-\u2014]+\\s*(\\d{1,5})\\s*\\((\\d{1,5})\\)");

    private RangePinpoints() {
    }

    /** The citation with the page in parentheses as its locator, when its text has such a range and page; else itself. */
    static CheckedCitation of(CheckedCitation c) {
        InTextCitation t = c.citation();
        if (!t.fullNote()) return c;
        Matcher m = RANGE_THEN_PAGE.matcher(t.text());
        if (!m.find()) return c;
        String a = m.group(1), b = m.group(2);
        int from = Integer.parseInt(a);
        // a range whose end is written short ("129-56") ends with the start's leading digits
        int to = Integer.parseInt(b.length() < a.length() ? a.substring(0, a.length() - b.length()) + b : b);
        int page = Integer.parseInt(m.group(3));
        if (page < from || page > to) return c;
        List<Locator> locs = List.of(new Locator("page", m.group(3)));
        InTextCitation n = new InTextCitation(t.text(), t.span(), t.group(), t.form(), t.kind(), t.who(), t.byTitle(), t.year(),
                t.date(), locs, t.rest(), t.inNotes(), t.title(), t.fullNote());
        return new CheckedCitation(n, c.status(), c.resolvesTo(), c.candidates(), c.reason(), locs, c.archival());
    }
}
