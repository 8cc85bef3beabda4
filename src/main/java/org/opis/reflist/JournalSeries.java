package org.opis.reflist;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A journal's series written after its name — {@code WMQ 3d ser., 51 (1994): 276-292},
 * {@code Transactions of the Royal Historical Society, 5th ser.}, {@code Speculum, n.s.},
 * {@code Slavonic Review, new series} — is no part of the journal's name: it is taken off the
 * container title and kept in the note, so that the journal reads the same in every series.
 */
final class JournalSeries {

    private JournalSeries() {}

    private static final Pattern SERIES = Pattern.compile(
            "[,.]?\\s+((?:\\d{1,2}(?:st|nd|rd|d|th)|new|n\\.|old|o\\.|third|second|fourth|fifth)\\s?(?:ser\\.|series|s\\.))\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** Moves a series closing the container title of {@code d} into its note. */
    static void take(Draft d) {
        if (d.containerTitle == null) return;
        Matcher m = SERIES.matcher(d.containerTitle);
        if (!m.find() || m.start() == 0) return;
        String name = d.containerTitle.substring(0, m.start()).strip();
        if (name.isEmpty() || !Character.isLetter(name.charAt(name.length() - 1))) return;
        d.notes.add(m.group(1));
        d.containerTitle = name;
    }
}
