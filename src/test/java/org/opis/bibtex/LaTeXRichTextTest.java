package org.opis.bibtex;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * BibTeX formatting commands and CSL rich text, both ways (the commands as BibTeX users write
 * them, the tags as Zotero's CSL-JSON holds them).
 */
class LaTeXRichTextTest {

    private final LaTeX latex = LaTeX.standard();

    @Test
    void formattingCommandsAreReadAsTags() {
        assertEquals("The Readers of <i>Novyi Mir</i>", latex.decodeRich("The Readers of \\emph{Novyi Mir}").text());
        assertEquals("The Readers of <i>Novyi Mir</i>", latex.decodeRich("The Readers of \\textit{Novyi Mir}").text());
        assertEquals("Pudovkin's <i>Admiral Nakhimov</i> in Context", latex.decodeRich("Pudovkin's {\\em Admiral Nakhimov} in Context").text());
        assertEquals("Pudovkin's <i>Admiral Nakhimov</i> in Context", latex.decodeRich("Pudovkin's {\\it Admiral Nakhimov} in Context").text());
        assertEquals("<b>Bold</b> and <span style=\"font-variant:small-caps;\">Caps</span>, 19<sup>th</sup>",
                latex.decodeRich("\\textbf{Bold} and \\textsc{Caps}, 19\\textsuperscript{th}").text());
        // accents inside the argument are decoded as everywhere
        assertEquals("Review of <i>Mój wiek</i>", latex.decodeRich("Review of \\emph{M{\\'o}j wiek}").text());
        // carried as rich text, the command is no loss; the brace group of {\em …} is its scope, not case protection
        assertFalse(latex.decodeRich("The Readers of \\emph{Novyi Mir}").lossy());
        assertFalse(latex.decodeRich("Pudovkin's {\\em Admiral Nakhimov}").lossy());
        assertTrue(latex.decodeRich("The {Sino-Soviet} split").lossy());
        // the plain decoding (names, keys) still drops the command
        assertEquals("The Readers of Novyi Mir", latex.decode("The Readers of \\emph{Novyi Mir}").text());
    }

    @Test
    void tagsAreWrittenAsCommandsAndNocaseAsBraces() {
        assertEquals("The Readers of \\emph{Novyi Mir}: Coming to Terms",
                latex.encodeRich("The Readers of <i>Novyi Mir</i>: Coming to Terms", Flavour.BIBTEX, true, false));
        assertEquals("H\\textsubscript{2}O and \\textbf{M{\\\"u}nchen}",
                latex.encodeRich("H<sub>2</sub>O and <b>München</b>", Flavour.BIBTEX, false, false));
        assertEquals("H\\textsubscript{2}O and \\textbf{München}",
                latex.encodeRich("H<sub>2</sub>O and <b>München</b>", Flavour.BIBLATEX, false, false));
        // a sentence-case title: a proper noun in italics is protected inside the command, the nocase span is the
        // user's own protection and gets no second pair of braces
        assertEquals("Reading \\emph{{Pravda}} in the provinces after the great war of {the Kremlin}",
                latex.encodeRich("Reading <i>Pravda</i> in the provinces after the great war of <span class=\"nocase\">the Kremlin</span>",
                        Flavour.BIBTEX, true, false));
        // a title in title case: its capitals are title casing, no braces
        assertEquals("Reading \\emph{Pravda} in {the Kremlin}",
                latex.encodeRich("Reading <i>Pravda</i> in <span class=\"nocase\">the Kremlin</span>", Flavour.BIBTEX, true, false));
        assertEquals("The politics of the \\emph{{Literaturnaia} gazeta}",
                latex.encodeRich("The politics of the <i>Literaturnaia gazeta</i>", Flavour.BIBTEX, true, false));
        // text that only looks like a tag stays text
        assertEquals("a < b", latex.encodeRich("a < b", Flavour.BIBTEX, false, false));
    }

    @Test
    void deepDeclarationsAreBoundedNotRecursedWithoutEnd() {
        // 5,000 declarations without braces: the first 32 are tags, the rest are dropped (a loss), no stack overflow
        LaTeX.Decoded d = latex.decodeRich("\\em ".repeat(5000) + "x");
        assertEquals("<i>".repeat(32) + "x" + "</i>".repeat(32), d.text());
        assertTrue(d.lossy());
    }

    @Test
    void richTextRoundTripsThroughLaTeX() {
        for (String rich : new String[]{"The Readers of <i>Novyi Mir</i>: Coming to Terms with the Stalinist Past",
                "Soviet Cinema and the Early Cold War: Pudovkin's <i>Admiral Nakhimov</i> in Context",
                "<b>Bold</b>, <sup>1</sup>, <sub>2</sub> and <span style=\"font-variant:small-caps;\">Caps</span>"}) {
            for (Flavour f : Flavour.values()) {
                assertEquals(rich, latex.decodeRich(latex.encodeRich(rich, f, true, false)).text(), f + ": " + rich);
            }
        }
    }
}
