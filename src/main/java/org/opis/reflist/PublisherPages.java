package org.opis.reflist;

import org.opis.text.Markup;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.opis.reflist.WorkingText.blank;

/**
 * The publisher and the pages closing an entry of the natural sciences' lists, after a dash and before a colon: {@code
 * … Latvijā. -Latgales ekoloģiskā biedrība: 1-162.}, {@code -Dabas aizsardzības pārvalde, Rīga: 1-104.} What stands before
 * the colon is a publisher, not a place, because a page range follows it (never a publisher); a known place after its last
 * comma is the place ({@link PlaceWords}).
 */
final class PublisherPages {
    private PublisherPages() {
    }

    /** A dash (optional), a name without digits or colons, a colon and a page range, at the end. */
    private static final Pattern CLOSING = Pattern.compile(
            "(?:^|\\s)[-–—]?\\s?(\\p{Lu}[^\\d:;()\\[\\]]{1,100}?)\\s?:\\s?(\\d{1,4}\\s?[-–]\\s?\\d{1,4})\\.?\\s*$");

    /** Whether a sentence is such a closing statement and nothing else. */
    static boolean at(String sentence) {
        Matcher m = CLOSING.matcher(Markup.clean(sentence).strip());
        return m.find() && m.start() == 0;
    }

    /** Takes the closing publisher (and place) and pages from the text after the title, when nothing read them. */
    static void take(StringBuilder b, Draft d) {
        if (d.publisher != null || d.page != null) return;
        Matcher m = CLOSING.matcher(b);
        if (!m.find()) return;
        String name = Markup.clean(m.group(1)).strip();
        int comma = name.lastIndexOf(", ");
        if (comma > 0 && d.place == null && PlaceWords.isPlace(name.substring(comma + 2))) {
            d.place = name.substring(comma + 2).strip();
            name = name.substring(0, comma).strip();
        }
        if (name.isEmpty()) return;
        d.publisher = name;
        d.page = m.group(2).replace(" ", "");
        blank(b, m.start(), m.end());
    }
}
