package org.opis.reflist;

import org.opis.lexicon.Labels;
import org.opis.lexicon.Words;
import org.opis.text.Markup;
import org.opis.text.Regexes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.opis.reflist.WorkingText.blank;
import static org.opis.reflist.WorkingText.blankAll;

/**
 * Pages after the title: labelled ({@code pp. 45–67}, {@code С. 15–29}), a bare range in a chapter or article, after a
 * colon ({@code : 45–67}), a pinpoint locator after a note's publication block ({@code , 45.}), and a page count
 * ({@code 320 p.}, {@code xii, 320 pp.}).
 */
final class TailPages {
    private TailPages() {
    }

    private static final Pattern LEAD_BEFORE_COLON = Pattern.compile("^[\\s,.]+(?=:)");

    /** The page labels of a list entry ({@code labels.tsv}, context {@code list}), either case of their first letter. */
    static final String LABEL = Words.alternation(Labels.of(Labels.LIST, "page"), true);

    /** Whether every page label ends in a full stop, so that {@link #labelThenDigit} holds for every match of {@link #PAGES}. */
    private static final boolean LABELS_END_IN_STOPS = Labels.of(Labels.LIST, "page").stream().allMatch(l -> l.endsWith("."));

    /** The units after a number of pages ({@code labels.tsv}, context {@code extent}), without their full stop. */
    static final String UNIT = Words.alternation(Labels.of(Labels.EXTENT, "page").stream()
            .map(l -> l.endsWith(".") ? l.substring(0, l.length() - 1) : l).distinct().toList(), false);

    static final Pattern PAGES = Pattern.compile("(?<![\\p{L}])(?:" + LABEL + ")\\s?(\\d{1,5}(?:\\s?[–—-]{1,2}\\s?\\d{1,5}|[–—](?![\\d]))?)");

    private static final Pattern PAGE_COUNT = Pattern.compile("(?<![\\d])(\\d{1,5})\\s?(?:" + UNIT + ")\\.?\\s?$");

    private static final Pattern LEADING_PAGE_COUNT = Pattern.compile("^[\\s.,;]*(?:([ivxlc]{1,8}),\\s?)?(\\d{1,5})\\s?(?:" + UNIT + ")\\.");

    /** Nothing but punctuation and spaces to the end of the entry. */
    private static final Pattern CLOSING = Pattern.compile("[\\s.,;]*");

    private static final Pattern BARE_RANGE = Pattern.compile("(?<![\\d\\p{L}])(\\d{1,5}\\s?[–—-]{1,2}\\s?\\d{1,5})(?![\\d])");

    private static final Pattern COLON_LOCATOR = Pattern.compile("^\\s?:\\s?(\\d{1,5})\\s?\\.?\\s?$");

    private static final Pattern COLON_PAGES = Pattern.compile("^\\s?:\\s?(\\d{1,5}(?:\\s?[–—-]{1,2}\\s?\\d{1,5})?)");

    private static final Pattern TRAIL_LOCATOR = Pattern.compile("^\\s?,\\s?(\\d{1,5}(?:\\s?[–—-]{1,2}\\s?\\d{1,5})?)\\s?\\.?\\s?$");

    /** Pages after a label ({@code pp. 45–67}), in a part of a book or journal, or an open range in a book. */
    static void labelled(StringBuilder b, Draft d, boolean part) {
        Matcher pg = PAGES.matcher(b);
        // a book's pages written as an open range (Wikipedia's "pp. 107–") are a page reference too
        if (LABELS_END_IN_STOPS && !labelThenDigit(b) || !pg.find()) return;
        if (part || pg.group(1).endsWith("–") || pg.group(1).endsWith("—")) {
            d.page = Markup.collapse(pg.group(1)).replace(" ", "");
            blank(b, pg.start(), pg.end());
        } else if (pg.group(1).chars().allMatch(Character::isDigit) && CLOSING.matcher(b.subSequence(pg.end(), b.length())).matches()) {
            // one labelled page closing a book's entry is the page cited, as a note gives it ("…, tập 12, tr.304")
            d.extra.put("locator", pg.group(1));
            blank(b, pg.start(), pg.end());
        }
    }

    /**
     * Whether a {@code '.'} is followed by an ASCII digit, right after it or after one white space char ({@code \s}), as in
     * every match of {@link #PAGES}: each of its labels ends in a full stop, then {@code \s?\d}.
     */
    static boolean labelThenDigit(CharSequence b) {
        for (int i = 0, n = b.length(); i + 1 < n; i++) {
            if (b.charAt(i) != '.') continue;
            char c = b.charAt(i + 1);
            if (c >= '0' && c <= '9') return true;
            if ((c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') && i + 2 < n
                    && b.charAt(i + 2) >= '0' && b.charAt(i + 2) <= '9') return true;
        }
        return false;
    }

    /** Read after the publication statement: a bare range, pages after a colon, a locator after a note's publication block, a page count. */
    static void closing(StringBuilder b, Draft d, boolean part, boolean parenPub) {
        // a bare page range in a chapter or article: ", 55–74."
        if (part && d.page == null) {
            Matcher br = BARE_RANGE.matcher(b);
            if (br.find()) {
                d.page = br.group(1).replace(" ", "");
                blank(b, br.start(1), br.end(1));
            }
        }
        // pages written ": 45–67" after the date, a locator ", 45." after a note's publication block, a page count "320 p."
        String rest = b.toString();
        Matcher cp = COLON_PAGES.matcher(rest.strip().startsWith(":") ? rest.strip() : "");
        if (cp.find()) {
            int at = rest.indexOf(':');
            d.page = cp.group(1).replace(" ", "");
            blank(b, at, at + cp.end() + (rest.length() - rest.stripLeading().length()) - (rest.strip().startsWith(":") ? 0 : 0));
        }
        Matcher lead = LEADING_PAGE_COUNT.matcher(b);
        if (lead.lookingAt()) {
            d.numberOfPages = lead.group(1) != null ? lead.group(1) + ", " + lead.group(2) : lead.group(2);
            blank(b, 0, lead.end());
        }
        String left = Markup.collapse(b.toString());
        // (the conditions first: the pattern only decides for a part with a date)
        Matcher cl = part && d.issued != null ? COLON_LOCATOR.matcher(LEAD_BEFORE_COLON.matcher(left).replaceAll("")) : null;
        if (cl != null && cl.find()) {
            d.extra.put("locator", cl.group(1));
            blankAll(b, cl.group(1));
            left = Markup.collapse(b.toString());
        }
        Matcher loc = TRAIL_LOCATOR.matcher(left);
        if ((parenPub || d.issued != null) && loc.find()) {
            d.extra.put("locator", loc.group(1).replace(" ", ""));
            blankAll(b, loc.group(1));
        } else {
            Matcher pc = PAGE_COUNT.matcher(Regexes.replaceAll(left, "[.\\s]+$", "") + ".");
            if (pc.lookingAt()) { // a match at the start: what find() then start() == 0 took, without trying every later start
                d.numberOfPages = pc.group(1);
                blankAll(b, pc.group(1));
            }
        }
    }
}
