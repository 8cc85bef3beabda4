package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opis.reflist.RulesReading.rules;

/**
 * German author-date, the year after the names closed by a colon, and the list that gives each work's short citation
 * before the year: real entries of {@code references/de-ki-agile-kurzbelege/note.md}, read by the rules (fields read off the
 * entries). Before, the rules read no name of either shape (the whole entry was the title).
 */
class GermanAuthorDateTest {
    @Test
    void theShortCitationBeforeTheYear() {
        CSLItemData d = rules("Preußig, Jörg (Agiles Projektmanagement, 2020): Agiles Projektmanagement. Agilität und Scrum im"
                + " klassischen Projektumfeld, 2. Aufl., Freiburg: Haufe-Lexware, 2020");
        assertEquals(1, d.getAuthor().length);
        assertEquals("Preußig", d.getAuthor()[0].getFamily());
        assertEquals("Jörg", d.getAuthor()[0].getGiven());
        assertEquals(2020, d.getIssued().getDateParts()[0][0]);
        // the title opens after the colon; its end before ", 2. Aufl." is still read as ", 2" (left)
        org.junit.jupiter.api.Assertions.assertTrue(d.getTitle().startsWith("Agiles Projektmanagement. Agilität und Scrum"), d.getTitle());
    }

    @Test
    void fourNamesBeforeTheKey() {
        CSLItemData d = rules("Kharma, Mohammed F., Choi, Soohyeon, Alkhanafseh, Mohammad, Mohaisen, David (LLM-Generated Code, 2026):"
                + " Security and Quality in LLM-Generated Code: A Multi-Language, Multi-Model Analysis, in: IEEE Transactions on"
                + " Dependable and Secure Computing, 23. Jg. (2026), Heft 3, S. 7300–7314");
        assertEquals(4, d.getAuthor().length);
        assertEquals("Mohaisen", d.getAuthor()[3].getFamily());
        assertEquals(2026, d.getIssued().getDateParts()[0][0]);
    }
}
