package org.opis.reflist;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Blocks of references/en-anarwiki-fanya-baron-notes and …-ussr-author-date-notes (AnarWiki), as written there. */
class NoteCallBlocksTest {

    @Test
    void prosCallingAFootnoteIsNoEntry() {
        String prose = "Workers protesting food price increases and wage cuts were fired upon by\n"
                + "  military forces, killing 26 people[^4]";
        assertTrue(ReferenceSections.callsNote(prose));
        assertFalse(ReferenceSections.looksLikeEntry(prose));
    }

    @Test
    void aNoteLabelIsNoCall() {
        assertFalse(ReferenceSections.callsNote("[^2]: Goldman, Emma. \"My Further Disillusionment in Russia\", 1924."));
        assertFalse(ReferenceSections.callsNote("Goldman, Emma. \"My Further Disillusionment in Russia\", 1924."));
    }

    @Test
    void attributeQuotesOfInlineHtmlSetOffNoTitle() {
        // a sentence of the body: its only quotes are those of the link's attributes
        String body = "Born in 1887 in <a href=\"Vilnius\" class=\"wikilink\" title=\"Vilnius\">Vilnius</a>, within the Russian Empire.";
        assertFalse(ReferenceSections.looksLikeEntry(body));
    }
}
