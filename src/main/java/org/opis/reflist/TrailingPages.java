package org.opis.reflist;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opis.text.Regexes;

/**
 * Pages closing an entry after its publication statement or title: {@code …, pp. 189-209.}, {@code …, pp 1-17.},
 * {@code …: Cambridge University Press, 14-50 (ch. 1).}, {@code …, pp. 3-18, 45-144.}. They are the page span of an
 * article or chapter, or the pages a syllabus assigns from a book (the locator): which one is decided by the
 * caller from the entry's shape. One concern; the pattern alone, no list's names.
 */
final class TrailingPages {

    private TrailingPages() {}

    private static final String RANGE = "(?:[ivxlc]{1,8}|\\d{1,5})\\s?[–—-]\\s?(?:[ivxlc]{1,8}|\\d{1,5})";
    /** ", pp. 3-18, 45-144, and 137-167 (chs. 1 and 5)." at the very end; a bare range needs a publication statement before it. */
    static final Pattern LABELLED = Pattern.compile(
            "\\s?,\\s(?:pp?\\.?\\s?)(" + RANGE + "(?:,?\\s(?:and\\s)?" + RANGE + ")*)(?:\\s\\((?:chs?\\.|chapters?)\\s?[^()]{1,30}\\))?\\.?\\s*$");
    static final Pattern BARE_AFTER_PUBLISHER = Pattern.compile(
            ":\\s[^:,()]{2,80},\\s(" + RANGE + "(?:\\s(?:and\\s)?" + RANGE + ")*)(?:\\s\\((?:chs?\\.|chapters?)\\s?[^()]{1,30}\\))\\.?\\s*$");

    /** Takes the closing pages out of {@code b} (blanked) and returns them, or null. */
    static String take(StringBuilder b) {
        Matcher m = LABELLED.matcher(b);
        if (!TailCues.mayHoldLabelledPages(b) || !m.find()) {
            m = BARE_AFTER_PUBLISHER.matcher(b);
            if (!TailCues.mayHoldBarePages(b) || !m.find()) return null;
            String pages = Regexes.replaceAll(m.group(1), "\\s?([–—-])\\s?", "$1");
            int from = m.start(1) - 2;
            for (int i = from; i < b.length(); i++) b.setCharAt(i, ' ');
            return pages;
        }
        String pages = Regexes.replaceAll(m.group(1), "\\s?([–—-])\\s?", "$1");
        // the comma before the pages stays: it closes the statement before them
        int from = m.start();
        while (from < b.length() && (b.charAt(from) == ' ' || b.charAt(from) == ',')) from++;
        for (int i = from; i < b.length(); i++) b.setCharAt(i, ' ');
        return pages;
    }
}
