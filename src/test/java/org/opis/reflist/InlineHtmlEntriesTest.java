package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opis.reflist.RulesReading.rules;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Entries holding the HTML a Zotero export keeps ({@code <i>}, {@code &nbsp;}, {@code &amp;}, {@code <a href>}), read by
 * the rules: real entries of the CHIN/RCIP translation bibliography of CIDOC CRM
 * ({@code references/fr-cidoc-crm-bibliographie-traduction/list.md}); expected fields read off the entries by hand. Also
 * the words that introduce a container in other languages ({@code Dans}, {@code container-intros.txt}) and an issue in
 * parentheses after a journal set without italics.
 */
class InlineHtmlEntriesTest {
    @Test
    void anItalicTitleInTagsAndEntitiesInTheImprint() {
        CSLItemData d = rules("Einstein, Albert. 2001. <i>La relativité :&nbsp; théorie de la relativité restreinte et générale,"
                + " la relativité et le problème de l’espace</i>. Traduit par Maurice Solovine. Petite bibliothèque Payot 25."
                + " Paris, FR-IDF&nbsp;: Payot &amp; Rivages.");
        assertEquals("La relativité : théorie de la relativité restreinte et générale, la relativité et le problème de l’espace",
                d.getTitle());
        assertEquals("Payot & Rivages", d.getPublisher());
        assertEquals("Paris, FR-IDF", d.getPublisherPlace());
        assertEquals(2001, d.getIssued().getDateParts()[0][0]);
    }

    @Test
    void aDictionaryEntryInGuillemetsAfterDans() {
        CSLItemData d = rules("Termium. 1997. «&nbsp;Avant Jésus-Christ&nbsp;». Dans <i>Termium Plus</i>. . Ottawa, CA-ON&nbsp;:"
                + " Gouvernement du Canada. Consulté le 29 janvier 1997. <a href=\"https://www.btb.termiumplus.gc.ca/tpv2alpha/"
                + "alpha-fra.html?lang=fra&amp;i=1\">https://www.btb.termiumplus.gc.ca/tpv2alpha/alpha-fra.html?lang=fra&amp;i=1</a>.");
        assertEquals("Avant Jésus-Christ", d.getTitle());
        assertEquals("Termium Plus", d.getContainerTitle());
        assertNull(d.getCollectionTitle(), "the guillemets after the author-date year hold the title, not a series");
        assertEquals("https://www.btb.termiumplus.gc.ca/tpv2alpha/alpha-fra.html?lang=fra&i=1", d.getURL());
    }

    @Test
    void anArticleInGuillemetsWithItsIssueAfterASpacedColon() {
        CSLItemData d = rules("Picard, Charles. 1929. «&nbsp;Le palais de Minos à Cnossos&nbsp;». <i>Journal des Savants</i>"
                + " 3 (1)&nbsp;: 97‑110.");
        assertEquals("Le palais de Minos à Cnossos", d.getTitle());
        assertEquals("Journal des Savants", d.getContainerTitle());
        assertEquals("3", d.getVolume());
        assertEquals("1", d.getIssue());
    }

    @Test
    void theIssueInParenthesesAfterAJournalWithoutItalics() {
        // issue 9's author-date shape, its journal's italics lost
        CSLItemData d = rules("Smith, Anna. 2012. “On Rumours.” Kritika 14 (2): 301–35.");
        assertEquals("Kritika", d.getContainerTitle());
        assertEquals("14", d.getVolume());
        assertEquals("2", d.getIssue());
        assertEquals("301–35", d.getPage());
        assertNull(d.getNote());
    }
}
