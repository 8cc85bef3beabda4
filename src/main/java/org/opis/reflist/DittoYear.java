package org.opis.reflist;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year of an author-date entry written right after its ditto mark: {@code __________. 1985. Harvest of
 * Sorrow.}, {@code ———. (1990). Title.} — the year the repeated names would carry, not the start of the title.
 */
final class DittoYear {
    private static final Pattern AFTER_DITTO = Pattern.compile("\\(?((?:1[4-9]|20)\\d\\d[a-z]?)\\)?[.,](?=\\s|$)");

    private DittoYear() {
    }

    /** The end (in {@code s}, from {@code from}) of a year statement opening the text after a ditto mark, or -1. */
    static int end(String s, int from) {
        Matcher m = AFTER_DITTO.matcher(s);
        m.region(from, s.length());
        return m.lookingAt() ? m.end() : -1;
    }

    /** The year as written (with a letter suffix), when {@link #end} found one. */
    static String year(String s, int from) {
        Matcher m = AFTER_DITTO.matcher(s);
        m.region(from, s.length());
        return m.lookingAt() ? m.group(1) : null;
    }
}
