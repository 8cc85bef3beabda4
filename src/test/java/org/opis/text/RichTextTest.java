package org.opis.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CSL rich text as Zotero and citeproc-js read it: only the known tags, and only when they pair up. */
class RichTextTest {

    @Test
    void pairedTagsAreMarkupAndTheRestIsText() {
        String s = "The Readers of <i>Novyi Mir</i>: <span class=\"nocase\">NATO</span> and H<sub>2</sub>O";
        assertTrue(RichText.hasMarkup(s));
        assertEquals("The Readers of Novyi Mir: NATO and H2O", RichText.plain(s));
        assertEquals(List.of(new RichText.Text("The Readers of "), new RichText.Open(RichText.Tag.ITALIC), new RichText.Text("Novyi Mir"),
                new RichText.Close(RichText.Tag.ITALIC), new RichText.Text(": "), new RichText.Open(RichText.Tag.NOCASE),
                new RichText.Text("NATO"), new RichText.Close(RichText.Tag.NOCASE), new RichText.Text(" and H"),
                new RichText.Open(RichText.Tag.SUBSCRIPT), new RichText.Text("2"), new RichText.Close(RichText.Tag.SUBSCRIPT),
                new RichText.Text("O")), RichText.parse(s));
        assertEquals(s, RichText.write(RichText.parse(s)));
    }

    @Test
    void unpairedOrUnknownTagsStayText() {
        for (String s : new String[]{"a < b and c > d", "<i>unclosed", "closed</i> only", "<em>not CSL</em>", "x <u>y</u>"}) {
            assertFalse(RichText.hasMarkup(s), s);
            assertEquals(s, RichText.plain(s));
        }
        // crossing tags: a closing tag pairs with its opening, the openings it crosses are text
        assertEquals("<b>abc", RichText.plain("<i><b>ab</i>c"));
        assertEquals("Small Caps", RichText.plain("<span style=\"font-variant: small-caps;\">Small Caps</span>"));
    }
}
