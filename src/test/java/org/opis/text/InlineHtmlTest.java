package org.opis.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * Inline HTML read in place, on entries of real lists: the CHIN/RCIP translation bibliography of CIDOC CRM
 * ({@code references/fr-cidoc-crm-bibliographie-traduction}, Zotero's HTML kept in Markdown) and the HD Lab's
 * infrastructure readings ({@code references/es-hdlab-infraestructuras-referencias}). Expected texts read off the source.
 */
class InlineHtmlTest {
    /** The text as read, its runs of spaces made one (the reading itself keeps the length). */
    private static String shown(String s) {
        String p = InlineHtml.plain(s);
        assertEquals(s.length(), p.length(), "same length, so positions still point into the original");
        return Markup.collapse(p);
    }

    @Test
    void italicTagsBecomeStarsAndEntitiesTheirCharacters() {
        assertEquals("Alighieri, Dante. (1308–1321) 2021. *La tdine comédie*. Sous la direction de Carlo Ossola. "
                        + "Paris, FR-IDF : Gallimard.",
                shown("Alighieri, Dante. (1308–1321) 2021. <i>La tdine comédie</i>. Sous la direction de Carlo Ossola. "
                        + "Paris, FR-IDF&nbsp;: Gallimard."));
        assertEquals("Einstein, Albert. 2001. *La relativité : théorie de la relativité*. Paris, FR-IDF : Payot & Rivages.",
                shown("Einstein, Albert. 2001. <i>La relativité :&nbsp; théorie de la relativité</i>. Paris, FR-IDF&nbsp;: "
                        + "Payot &amp; Rivages."));
    }

    @Test
    void aLinkShowingItsAddressIsTheAddressWithItsAmpersandsRead() {
        assertEquals("Benaki Museum. 2016. https://www.benaki.org//index.php?option=com_collections&view=collection&id=45.",
                shown("Benaki Museum. 2016. <a href=\"https://www.benaki.org//index.php?option=com_collections&amp;view="
                        + "collection&amp;id=45\">https://www.benaki.org//index.php?option=com_collections&amp;view="
                        + "collection&amp;id=45</a>."));
        assertEquals("Accesible desde: https://bit.ly/2YseNHx.",
                shown("Accesible desde: <a href=\"https://bit.ly/2YseNHx\" target=\"_blank\">https://bit.ly/2YseNHx</a>."));
    }

    @Test
    void aLinkShowingOtherWordsKeepsItsAddressBeforeThem() {
        assertEquals("Accesible desde: https://figshare.com/articles/Principles_for_Open_Scholarly_Infrastructures_v1/1314859 "
                        + "dx.doi.org/10.6084/m9.figshare.1314859.",
                shown("Accesible desde: <a href=\"https://figshare.com/articles/Principles_for_Open_Scholarly_Infrastructures_v1/"
                        + "1314859\" target=\"_blank\">dx.doi.org/10.6084/m9.figshare.1314859</a>."));
    }

    @Test
    void aTagInsideAWordLeavesTheWordWhole() {
        // a superscript is left to the readers: a German edition's number before its year stays apart from it
        assertEquals("Paderborn <sup>5</sup>2011.", shown("Paderborn <sup>5</sup>2011."));
        assertEquals("s. d.", shown("s.&nbsp;d."));
    }

    @Test
    void whatIsNoTagOrEntityStaysAsItIs() {
        String plainText = "Smith & Jones, <https://example.org/x>, a < b, AT&T, &unknown; 2<3>";
        assertEquals(plainText, InlineHtml.plain(plainText));
        String none = "Kotkin, Stephen. 1995. *Magnetic Mountain*. Berkeley: University of California Press.";
        assertSame(none, InlineHtml.plain(none));
    }

    /** An italic tag inside the text's own emphasis is part of that span: no star that would close it early. */
    @Test
    void italicTagInsideMarkdownEmphasisLeavesNoMark() {
        assertEquals("- Marku, Ylli. *Hoxha's Albania*. Tirana, 1996.", shown("- Marku, Ylli. *Hoxha's <i>Albania</i>*. Tirana, 1996."));
        assertEquals("*A* and *B*", shown("*A* and <i>B</i>"));
    }
}
