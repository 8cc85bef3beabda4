package org.opis.reflist;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.opis.reflist.WorkingText.blank;

/**
 * A day date written in numbers after the title, day first, with a full stop after the day and the month and a space or
 * none after each ({@code *Tedenske slike*, 4. 7. 1929, 27, str. 1–3.}, {@code *Delo*, 10. 11. 2017}, {@code 21.6.1943}) —
 * the Central European and Nordic way of dating a newspaper, a broadcast or a blog post. Read before the volumes after the
 * title, first (before the container and the volumes), so its day is not taken for a volume ("*Zarja*, 30. 10. 2017" is no
 * volume 30).
 */
final class NumericDates {
    private NumericDates() {
    }

    /** Day, month, year; not part of a longer run of numbers and full stops ("1.2.3.2004"), nor a range's second date. */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\d.–-])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?![\\d.]\\d)");

    /** Takes the first such date as the issued date (over a bare year of the same year read before it). */
    static void take(StringBuilder b, Draft d) {
        if (!TailDates.fourDigits(b)) return;
        Matcher m = DAY_MONTH_YEAR.matcher(b);
        while (m.find()) {
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            int year = Integer.parseInt(m.group(3));
            if (day < 1 || day > 31 || month < 1 || month > 12 || year < 1400 || year > 2100) continue;
            if (d.issued != null && !EntryDates.bareYear(d, year)) return;
            d.issued = new int[][]{{year, month, day}};
            blank(b, m.start(), m.end());
            return;
        }
    }
}
