package org.opis.csl;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link NestedQuotes}: CSL 1.0.2, "Terms" — {@code open-inner-quote}/{@code close-inner-quote} are the
 * quotes used within quotes. The lines are real titles of the diverse corpus (wikipedia-cold-war-sources-132,
 * nlb-cold-war-guides-85) as citeproc-java printed them and as citeproc-js prints them.
 */
class NestedQuotesTest {

    private static final NestedQuotes EN = new NestedQuotes("\u201C", "\u201D", "\u2018", "\u2019");
    private static final NestedQuotes RU = new NestedQuotes("\u00AB", "\u00BB", "\u201E", "\u201C");

    @Test
    void quotesNestedInQuotesBecomeInnerQuotes() {
        assertEquals("Marxists Internet Archive. 1946. “Interview to ‘Pravda’ Correspondent Concerning Mr. Winston Churchill’s Speech.” March.",
                EN.flip("Marxists Internet Archive. 1946. “Interview to “Pravda” Correspondent Concerning Mr. Winston Churchill’s Speech.” March."));
        assertEquals("«Заголовок „цитата“ конец»", RU.flip("«Заголовок «цитата» конец»"));
    }

    /** A third level is outer again; quotes one after the other are not nested. */
    @Test
    void levelsAlternateAndSiblingsStayOuter() {
        assertEquals("“a ‘b “c” d’ e”", EN.flip("“a “b “c” d” e”"));
        assertEquals("“One.” “Two.”", EN.flip("“One.” “Two.”"));
    }

    /** A line whose outer quotes do not pair up (a quote missing from the record) is left as it was. */
    @Test
    void unpairedQuotesLeaveTheLineAlone() {
        assertEquals("“a “b” c", EN.flip("“a “b” c"));
        assertEquals("a” “b “c”", EN.flip("a” “b “c”"));
    }

    /** HTML output writes the quotes as named entities; they are read and written the same way. */
    @Test
    void htmlEntities() {
        assertEquals("&ldquo;a &lsquo;b&rsquo; c&rdquo;", EN.flip("&ldquo;a &ldquo;b&rdquo; c&rdquo;"));
    }

    /** The quotes come from the locale; a style's own locale terms for its language win. */
    @Test
    void quotesFromTheLocaleAndTheStyle() {
        String locale = "<locale><terms><term name=\"open-quote\">«</term><term name=\"close-quote\">»</term>"
                + "<term name=\"open-inner-quote\">„</term><term name=\"close-inner-quote\">“</term></terms></locale>";
        assertEquals("«a „b“ c»", NestedQuotes.of("<style/>", "ru-RU", locale).orElseThrow().flip("«a «b» c»"));
        String style = "<style><locale xml:lang=\"ru\"><terms><term name=\"open-quote\">“</term><term name=\"close-quote\">”</term>"
                + "</terms></locale></style>";
        assertEquals("“a „b“ c”", NestedQuotes.of(style, "ru-RU", locale).orElseThrow().flip("“a “b” c”"));
        assertEquals(true, NestedQuotes.of("<style/>", "en-US", "<locale/>").isEmpty());
    }
}
