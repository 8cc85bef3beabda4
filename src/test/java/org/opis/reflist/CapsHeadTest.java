package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** {@link CapsHead} on real entries of references/fr-davion-relations-internationales (expected values from the text). */
class CapsHeadTest {

    @Test
    void familiesInCapitalsJoinedByEtWithTheSpaceBeforeTheTitleLost() {
        CSLItemData d = RuleReader.read("BONIFACE Pascal et VÉDRINE Hubert,Atlas du monde global, Armand Colin, 2015").orElseThrow();
        assertEquals(2, d.getAuthor().length);
        assertEquals("BONIFACE", d.getAuthor()[0].getFamily());
        assertEquals("Pascal", d.getAuthor()[0].getGiven());
        assertEquals("VÉDRINE", d.getAuthor()[1].getFamily());
        assertEquals("Atlas du monde global", d.getTitle());
        assertEquals("Armand Colin", d.getPublisher());
    }

    @Test
    void aDirectorInParenthesesIsTheEditor() {
        CSLItemData d = RuleReader.read("LACOSTE Yves \\(dir.\\),Dictionnaire de géopolitique, Flammarion, 1995").orElseThrow();
        assertNull(d.getAuthor());
        assertEquals("LACOSTE", d.getEditor()[0].getFamily());
        assertEquals("Dictionnaire de géopolitique", d.getTitle());
    }

    @Test
    void initialsWithAHyphenAndAFrenchPlaceName() {
        CSLItemData d = RuleReader.read("CRAMTON Richard, CRAMPTON Ben,Atlas of Eastern Europe in the XXth century, Londres, Routledge, 1996, XV-217 p.")
                .orElseThrow();
        assertEquals("CRAMPTON", d.getAuthor()[1].getFamily());
        assertEquals("Londres", d.getPublisherPlace());
        assertEquals("Routledge", d.getPublisher());
        CSLItemData n = RuleReader.read("NÉRARD F-X, REY Marie-Pierre,Atlas historique de la Russie, Autrement, 2017").orElseThrow();
        assertEquals("F-X", n.getAuthor()[0].getGiven());
        assertEquals("Atlas historique de la Russie", n.getTitle());
    }

    @Test
    void abntSingleNameAuthorAndShortSemicolonEntries() {
        // references/br-ufabc-bibliografias
        CSLItemData d = RuleReader.read("ARISTÓTELES. Ética a Nicômaco. São Paulo: Atlas, 2009.").orElseThrow();
        assertEquals("ARISTÓTELES", d.getAuthor()[0].getFamily());
        assertEquals("Ética a Nicômaco", d.getTitle());
        // a short "names; title; publisher" line is an entry, not a subheading of the list
        CSLItemData s = RuleReader.read("DA MATTA, R.; Relativizando; Rocco").orElseThrow();
        assertEquals("DA MATTA", s.getAuthor()[0].getFamily());
        assertEquals("Relativizando", s.getTitle());
        assertEquals("Rocco", s.getPublisher());
    }
}
