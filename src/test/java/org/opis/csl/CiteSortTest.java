package org.opis.csl;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * CSL 1.0.2, "Sorting": the cites of one citation are sorted by the citation's own {@code cs:sort} keys
 * (not by their places in the bibliography), compared as the bibliography's are, with ICU collation of the
 * locale (Éluard between Ekman and Ølberg); a citation without {@code cs:sort} keeps the cites in the order
 * given. Expected strings: what citeproc-js 1.4.61 prints for the same records and clusters
 * (render-clusters-citeproc-js.mjs of the interop harness), checked against the styles' XML.
 */
class CiteSortTest {

    static final String ITEMS = """
            [{"id":"a","type":"book","title":"Alpha","author":[{"family":"Zeller","given":"John"}],"issued":{"date-parts":[[1980]]}},
            {"id":"b","type":"book","title":"Beta","author":[{"family":"Ølberg","given":"Hugh"}],"issued":{"date-parts":[[1985]]}},
            {"id":"c","type":"book","title":"Gamma","author":[{"family":"Adams","given":"Jane"}],"issued":{"date-parts":[[1990]]}},
            {"id":"d","type":"book","title":"Delta","author":[{"family":"Éluard","given":"Paul"}],"issued":{"date-parts":[[1991]]}},
            {"id":"e","type":"book","title":"Eps","author":[{"family":"Ekman","given":"Per"}],"issued":{"date-parts":[[1975]]}}]
            """;

    static final List<List<CitationItem>> CLUSTERS = List.of(
            List.of(CitationItem.of("c"), CitationItem.of("a"), CitationItem.of("e")),
            List.of(CitationItem.of("a"), CitationItem.of("d"), CitationItem.of("e"), CitationItem.of("b")));

    @Test
    void citesAreSortedByTheCitationsOwnKeys() throws Exception {
        // APA: <key macro="author-sort"/>, then the date — ICU collation puts É after E and Ø after O
        assertEquals(List.of("(Adams, 1990; Ekman, 1975; Zeller, 1980)", "(Ekman, 1975; Éluard, 1991; Ølberg, 1985; Zeller, 1980)"),
                PositionsNumbersGivenNamesTest.cites("apa", ITEMS, CLUSTERS));
        // Harvard: <key macro="year-date"/> only — the bibliography sorts by author, the citation by year
        assertEquals(List.of("(Ekman, 1975; Zeller, 1980; Adams, 1990)", "(Ekman, 1975; Zeller, 1980; Ølberg, 1985; Éluard, 1991)"),
                PositionsNumbersGivenNamesTest.cites("harvard-cite-them-right", ITEMS, CLUSTERS));
        // Chicago author-date has no citation sort: the order given
        assertEquals(List.of("(Adams 1990; Zeller 1980; Ekman 1975)", "(Zeller 1980; Éluard 1991; Ekman 1975; Ølberg 1985)"),
                PositionsNumbersGivenNamesTest.cites("chicago-author-date", ITEMS, CLUSTERS));
    }
}
