package org.opis.csl;

import org.junit.jupiter.api.Test;
import org.opis.text.SourceText;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * opis's own bibliography sort (CSL 1.0.2, "Sorting"; "Sorting Variables"; "Sorting Macros"), which
 * replaces citeproc-java 3.5's. The records mix Cyrillic, Latin and Vietnamese names, a dated web
 * page, a particle and an anonymous work; each expected order was checked by hand against the
 * styles' sort keys and is the order citeproc-js 1.4.61 gives (render-citeproc-js.mjs --bib-only).
 */
class BibliographySortTest {

    static final String ITEMS = """
            [{"id":"smith","type":"book","author":[{"family":"Smith","given":"John"}],"title":"Cold War Diplomacy","issued":{"date-parts":[[1990]]},"publisher-place":"London"},
             {"id":"ivanov","type":"book","author":[{"family":"Иванов","given":"Иван Иванович"}],"title":"История дипломатии","issued":{"date-parts":[[1985]]},"publisher-place":"Москва","language":"ru"},
             {"id":"abramov","type":"book","author":[{"family":"Абрамов","given":"Пётр"}],"title":"Очерки","issued":{"date-parts":[[2001]]},"publisher-place":"Москва","language":"ru"},
             {"id":"hoxha1966","type":"book","author":[{"family":"Hoxha","given":"Enver"}],"title":"Report","issued":{"date-parts":[[1966]]},"publisher-place":"Tirana"},
             {"id":"hoxha1961","type":"webpage","author":[{"family":"Hoxha","given":"Enver"}],"title":"Telegram to Ho Chi Minh","issued":{"date-parts":[[1961,8,15]]},"URL":"http://example.org/110158"},
             {"id":"ho","type":"book","author":[{"literal":"Hồ Chí Minh"}],"title":"Testament","issued":{"date-parts":[[1969]]},"publisher-place":"Hanoi"},
             {"id":"anon","type":"book","title":"Livre noir","issued":{"date-parts":[[1978]]},"publisher-place":"Phnom Penh"}]
            """;

    static List<String> order(String style) throws Exception {
        Rendering r = new CslFormatter(CslStyle.load(style), Optional.empty(), OutputFormat.TEXT)
                .bibliography(CslJson.read(new SourceText("items.json", ITEMS)).references());
        return r.bibliography().stream().map(FormattedEntry::id).toList();
    }

    /** ru-RU collation (GOST's default locale): Cyrillic before Latin; the anonymous work, whose author key is empty, last. */
    @Test
    void gostSortsCyrillicFirstAndEmptyKeysLast() throws Exception {
        assertEquals(List.of("abramov", "ivanov", "ho", "hoxha1961", "hoxha1966", "smith", "anon"), order("gost-r-7-0-5-2008"));
    }

    /**
     * en-US collation: Latin before Cyrillic, "Hồ" with "Ho" (accents ignored, case-insensitive); a date in a
     * sort macro is YYYYMMDD with zeros for parts not printed, so the 1961 web page precedes the 1966 book.
     */
    @Test
    void apaSortsByAuthorThenZeroPaddedDate() throws Exception {
        assertEquals(List.of("ho", "hoxha1961", "hoxha1966", "anon", "smith", "abramov", "ivanov"), order("apa"));
    }

    /** "Sorting Variables": a date key is YYYYMMDD with zeros for missing parts; a range follows its start. */
    @Test
    void dateValues() {
        de.undercouch.citeproc.csl.CSLDate range = new de.undercouch.citeproc.csl.CSLDateBuilder().dateParts(new int[]{1971}, new int[]{1982}).build();
        assertEquals("19710000 19820000", BibliographySort.dateValue(range, "year-month-day"));
        de.undercouch.citeproc.csl.CSLDate day = new de.undercouch.citeproc.csl.CSLDateBuilder().dateParts(1961, 8, 15).build();
        assertEquals("19610815", BibliographySort.dateValue(day, "year-month-day"));
        assertEquals("19610000", BibliographySort.dateValue(day, "year"));
    }
}
