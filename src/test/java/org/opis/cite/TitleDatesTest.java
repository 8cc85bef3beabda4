package org.opis.cite;

import org.junit.jupiter.api.Test;
import org.opis.names.MatchKey;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Titles with their documents' dates, as English Wikipedia's "History of Kashmir" lists and cites them (references/en-wikipedia-kashmir-references-bibliography). */
class TitleDatesTest {

    private static final MatchKey KEYS = MatchKey.standard();

    @Test
    void theDayInTheTitleTellsTheResolutionsApart() {
        // "_UNCIP Resolution, 5 January 1949_, Mount Holyoke College, 10 January 1949, archived …" cited "UNCIP Resolution, 5 January 1949."
        List<String> fifthJanuary = List.of("UNCIP Resolution, 5 January 1949");
        assertTrue(TitleDates.titled("UNCIP Resolution", "5 January 1949", fifthJanuary, KEYS::key));
        // the resolution of 13 August 1948 is another entry, though the list dates both 10 January 1949
        assertFalse(TitleDates.titled("UNCIP Resolution", "13 August 1948", fifthJanuary, KEYS::key));
        // a title alone, or a date alone, names nothing
        assertFalse(TitleDates.titled("UNCIP Resolution", "", fifthJanuary, KEYS::key));
        assertFalse(TitleDates.titled("", "5 January 1949", fifthJanuary, KEYS::key));
    }
}
