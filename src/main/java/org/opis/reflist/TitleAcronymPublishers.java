package org.opis.reflist;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report's issuing body written as an acronym between the title and the place: {@code An Urbanizing World (global report
 * on human settlements). UNCHS, London, 2001.}, {@code World Health Report 1995: Bridging the Gaps. WHO, Geneva, 1995.} —
 * when the title ran on to the acronym and no publisher was read, the acronym is the publisher. Roman numerals
 * ({@code … Part II}) are no acronyms.
 */
final class TitleAcronymPublishers {
    private TitleAcronymPublishers() {
    }

    private static final Pattern CLOSING_ACRONYM = Pattern.compile("^(.+\\S)\\.\\s+(\\p{Lu}{2,8})$");
    private static final Pattern ROMAN = Pattern.compile("[IVXLCDM]+");

    /** Moves an acronym closing {@code d}'s title into the publisher when a place or date follows and no publisher was read. */
    static void take(Draft d) {
        if (d.publisher != null || d.title == null || d.place == null) return;
        Matcher m = CLOSING_ACRONYM.matcher(d.title.strip());
        if (!m.matches() || ROMAN.matcher(m.group(2)).matches()) return;
        d.title = m.group(1);
        d.publisher = m.group(2);
    }
}
