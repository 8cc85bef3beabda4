package org.opis.cite;

import java.util.List;
import java.util.function.Function;

/**
 * A document cited by its title and its full date whose entry writes that date in the title: {@code UNCIP Resolution,
 * 5 January 1949.} for "_UNCIP Resolution, 5 January 1949_, Mount Holyoke College, 10 January 1949" — resolutions,
 * treaties and letters are told apart by the day in their titles, not by the date the list gives them (their
 * publication or access). Compared by the matching keys, so punctuation and case between title and date do not count.
 */
final class TitleDates {

    private TitleDates() {
    }

    /** One of the titles is the cited title followed by the cited date. */
    static boolean titled(String cited, String date, List<String> titles, Function<String, String> key) {
        if (cited.isBlank() || date.isBlank()) return false;
        String want = key.apply(cited + " " + date);
        if (want.isBlank()) return false;
        for (String t : titles) if (key.apply(t).equals(want)) return true;
        return false;
    }
}
