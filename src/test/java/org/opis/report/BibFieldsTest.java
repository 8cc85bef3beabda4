package org.opis.report;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class BibFieldsTest {

    @Test
    void readsTopLevelFieldNamesAndSkipsBracesAndQuotesInValues() {
        String bib = """
                @unpublished{rgaspi-495-201-1-1,
                  title           = {Zapisʹ besedy s poslom {DRV} v Albanii, note = {not a field}},
                  note            = "Memorandum, {of} conversation",
                  year            = 1962,
                  archiveLocation = {f. 495, op. 201, d. 1/1, l. 79}
                }
                @book{b, LangID = {russian}}
                """;
        assertEquals(Set.of("title", "note", "year", "archivelocation", "langid"), BibFields.names(bib));
        assertEquals(List.of("title", "note", "year", "archivelocation", "langid"), List.copyOf(BibFields.names(bib)));
    }

    @Test
    void unterminatedEntryEndsWithoutError() {
        assertEquals(Set.of("title"), BibFields.names("@book{a, title = {x"));
    }
}
