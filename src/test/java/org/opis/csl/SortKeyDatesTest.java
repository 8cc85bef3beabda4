package org.opis.csl;

import de.undercouch.citeproc.csl.CSLDateBuilder;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The date sort keys of {@link BibliographySort} are written as {@code String.format("%04d%02d%02d")} writes them. */
class SortKeyDatesTest {

    @Test
    void zeroPaddingIsTheFormattersForEveryWidthAndSign() {
        int[] values = {0, 1, 7, 9, 10, 12, 31, 99, 100, 999, 1000, 1917, 9999, 10000, 123456, -1, -3, -12, -99, -100, -1000, -12345,
                Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int v : values) {
            for (int w : new int[]{2, 4}) {
                StringBuilder sb = new StringBuilder();
                BibliographySort.zeroPadded(sb, v, w);
                assertEquals(String.format(Locale.ROOT, "%0" + w + "d", v), sb.toString(), v + " in width " + w);
            }
        }
    }

    @Test
    void datesAndRangesAsBefore() {
        assertEquals("19170300", BibliographySort.dateValue(new CSLDateBuilder().dateParts(1917, 3, 5).build(), "year-month"));
        assertEquals("19170305 19180000", BibliographySort.dateValue(new CSLDateBuilder().dateParts(new int[]{1917, 3, 5}, new int[]{1918}).build(), "year-month-day"));
        assertEquals("-00440315", BibliographySort.dateValue(new CSLDateBuilder().dateParts(-44, 3, 15).build(), "year-month-day"));
    }
}
