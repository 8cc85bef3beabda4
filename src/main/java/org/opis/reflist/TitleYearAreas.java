package org.opis.reflist;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GOST area holding only the year after the title, the entry's last area: {@code Большаков Б.Е. Законы сохранения и
 * изменения биосферы-ноосферы. – 1990.}, {@code Перелет Р.А. Переход к эре устойчивого развития. – 2003.} — a record with
 * no imprint but its year. When nothing read the date and the title ran on to that year, the year is the date.
 */
final class TitleYearAreas {
    private TitleYearAreas() {
    }

    /** The entry as written closes with ". – 1990." (a dash area with a year, "г." allowed). */
    private static final Pattern ENTRY_END = Pattern.compile("\\.\\s[–—-]\\s?(1[5-9]\\d\\d|20\\d\\d)(?:\\s?г)?\\.?\\s*$");
    /** The title that took that area: it closes with the year, after a full stop (the dash may have been blanked). */
    private static final Pattern TITLE_END = Pattern.compile("^(.+?\\S)\\.?\\s+(?:[–—-]\\s?)?(1[5-9]\\d\\d|20\\d\\d)(?:\\s?г)?\\.?$");

    /** Moves the year closing {@code d}'s title into the date when the entry {@code w} ends with a year area. */
    static void take(Draft d, String w) {
        if (d.issued != null || d.title == null || w == null) return;
        Matcher e = ENTRY_END.matcher(w.strip());
        if (!e.find()) return;
        Matcher t = TITLE_END.matcher(d.title.strip());
        if (!t.matches() || !t.group(2).equals(e.group(1))) return;
        d.title = t.group(1);
        d.issued = new int[][]{{Integer.parseInt(e.group(1))}};
    }
}
