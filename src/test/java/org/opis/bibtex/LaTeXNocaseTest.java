package org.opis.bibtex;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Braces that protect case in a BibTeX title are the user's {@code <span class="nocase">} in CSL rich text
 * (how Zotero and Better BibTeX import them), and go back out as the same braces, with no braces added
 * on words the user did not protect in a title-case title.
 */
class LaTeXNocaseTest {

    private static final String NC = "<span class=\"nocase\">";

    private final LaTeX latex = LaTeX.standard();

    @Test
    void protectingGroupsBecomeNocaseSpans() {
        LaTeX.Decoded d = latex.decodeTitle("{NATO} and the {Warsaw Pact}");
        assertEquals(NC + "NATO</span> and the " + NC + "Warsaw Pact</span>", d.text());
        assertFalse(d.lossy()); // nothing is lost: the spans carry the braces
        // through JBibTeX's parser (a command in the value) as well as without it
        assertEquals(NC + "NATO</span> and the <i>" + NC + "Warsaw Pact</span></i>", latex.decodeTitle("{NATO} and the \\emph{{Warsaw Pact}}").text());
    }

    @Test
    void accentsAndCommandArgumentsAreNotProtection() {
        assertEquals("Café " + NC + "Österreich</span>", latex.decodeTitle("Caf{\\'e} {{\\\"O}sterreich}").text());
        assertEquals("The Readers of <i>Novyi Mir</i>", latex.decodeTitle("The Readers of \\emph{Novyi Mir}").text());
        // fields other than titles keep the old reading (braces dropped)
        assertEquals("NATO and the Warsaw Pact", latex.decodeRich("{NATO} and the {Warsaw Pact}").text());
    }

    @Test
    void nocaseSpansAreWrittenBackAsTheSameBraces() {
        for (String title : new String[]{"Confronting {Vietnam}: {Soviet} policy toward the {Indochina} conflict",
                "{North Vietnam's} relations with the {GDR} and the {USSR}", "Defying {De-Stalinization}: {Albania's} 1956",
                "{A} {P}roposal for {C}hecking the {C}onformance of eb{BP}-{ST} {C}horeographies",
                "Magnetic Mountain: Stalinism as a Civilization"}) {
            for (Flavour f : Flavour.values()) {
                assertEquals(title, latex.encodeRich(latex.decodeTitle(title).text(), f, true, false), f + ": " + title);
            }
        }
        // a title protected whole gets no second pair
        assertEquals("{Moj XX vek}", latex.encodeRich(latex.decodeTitle("{Moj XX vek}").text(), Flavour.BIBTEX, true, true));
    }
}
