package org.opis.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chapter's or an article's page range followed by the page cited in it: {@code pp. 167–183, at 180} (German
 * {@code S. 445 ff., hier S. 451}): the cited page is the locator, the range only places the work. The words ({@code at},
 * {@code hier}, {@code here}) are the {@code within} rows of {@code scanner-words.tsv}; the page must lie in the range.
 */
final class RangePinpoint {

    private static final Pattern NUMBER = Pattern.compile("(?:\\p{L}{1,3}\\.\\s*)?(\\d{1,5})\\b");
    private static final Pattern RANGE = Pattern.compile("(\\d{1,5})\\s*[-–—]\\s*(\\d{1,5})");

    private RangePinpoint() {
    }

    /** The reading with its last page range narrowed to the page cited in it, when {@code text} goes on so after it; else the reading. */
    static Locators.Reading narrow(Locators.Reading r, String text) {
        if (r.locators().isEmpty()) return r;
        Locator last = r.locators().get(r.locators().size() - 1);
        Matcher range = RANGE.matcher(last.value());
        if (!last.label().equals("page") || !range.matches()) return r;
        int i = r.consumed();
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == ',')) i++;
        if (i == r.consumed() || i >= text.length()) return r;
        int w = ScannerWords.matchAt(ScannerWords.STANDARD.within, text, i);
        if (w == 0) return r;
        Matcher n = NUMBER.matcher(text).region(Math.min(text.length(), i + w), text.length());
        int s = i + w;
        while (s < text.length() && text.charAt(s) == ' ') s++;
        n.region(s, text.length());
        if (!n.lookingAt()) return r;
        int page = Integer.parseInt(n.group(1));
        String from = range.group(1);
        String to = range.group(2);
        if (to.length() < from.length()) to = from.substring(0, from.length() - to.length()) + to;
        if (page < Integer.parseInt(from) || page > Integer.parseInt(to)) return r;
        List<Locator> out = new ArrayList<>(r.locators().subList(0, r.locators().size() - 1));
        out.add(new Locator("page", n.group(1)));
        return new Locators.Reading(out, n.end());
    }
}
