package org.opis.cite;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Wikipedia's Harvard templates in raw wikitext, on the strings of the Anarchism article's section "The arts" (references/en-wikitext-anarchism-arts-sfn). */
class WikiTemplatesTest {

    private static String rendered(String s) {
        WikiTemplates.Rendered r = WikiTemplates.at(s, 0, s.length());
        return r == null ? null : r.text();
    }

    @Test
    void sfnBecomesTheParenthesisItRenders() {
        assertEquals("(Mattern 2019, p. 592)", rendered("{{Sfn|Mattern|2019|p=592}}"));
        assertEquals("(Mattern 2019, pp. 592–593)", rendered("{{Sfn|Mattern|2019|pp=592–593}}"));
        assertEquals("(Miller et al. 2019, p. 1)", rendered("{{Sfn|Miller|Dirlik|Rosemont|Augustyn|2019|p=1}}"));
    }

    @Test
    void aTemplateBrokenOverALineIsReadWhole() {
        assertEquals("(Antliff 1998, p. 99)", rendered("{{Sfn|Antliff|\n1998|p=99}}"));
    }

    @Test
    void sfnmGivesEachWork() {
        assertEquals("(Marshall 1993, pp. 493–494; Dunn 2012; Evren, Kinna and Rouselle 2013)",
                rendered("{{Sfnm|1a1=Marshall|1y=1993|1pp=493–49\n4|2a1=Dunn|2y=2012|3a1=Evren|3a2=Kinna|3a3=Rouselle|3y=2013|p=138}}"));
    }

    @Test
    void otherTemplatesAndUnclosedOnesAreLeftAlone() {
        assertNull(rendered("{{Main|Anarchism and the arts}}"));
        assertNull(rendered("{{Sfn|Mattern|2019|p=592"));
        assertNull(rendered("{{Sfn|Mattern}}"));
    }
}
