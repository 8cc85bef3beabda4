package org.opis.document;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlMarksTest {

    /** Note 205 of "Odlivanje smrti", chapter 10, as its TEI-generated HTML writes it (references/sl-sistory-odlivanje-prav-tam). */
    private static final String NOTE = "<div class=\"note\" id=\"ftn212\"><p><a class=\"link_return\" title=\"Pojdi nazaj k besedilu\" "
            + "href=\"#ftn212_return\"><sup>205.</sup></a> <span class=\"noteBody\"><span id=\"person-1024\" class=\"teiperson\"><span itemscope=\"\" "
            + "itemtype=\"http://schema.org/Person\"><span itemprop=\"name\">Sontag</span></span><sup><a class=\"person\" "
            + "href=\"persons.html#pers-SontagSusan\" title=\"Imensko kazalo: št. 1024\">[os.]</a></sup></span>, <span style=\"font-style:italic\" "
            + "itemprop=\"hi\">Pogled na bolečino drugega</span>, str. 5.</span></p></div>";

    @Test
    void styledSpanIsItalicAndIndexLinkIsApparatus() {
        Document d = Jsoup.parse(NOTE);
        assertTrue(HtmlMarks.italic(d.selectFirst("span[style]")));
        assertTrue(HtmlMarks.indexMarker(d.selectFirst("a.person").parent()));
        // the note's own number links within the page: no index marker
        assertFalse(HtmlMarks.indexMarker(d.selectFirst("a.link_return sup")));
        assertFalse(HtmlMarks.indexMarker(Jsoup.parse("<p>x<sup><a href=\"#fn1\">1</a></sup></p>").selectFirst("sup")));
        assertFalse(HtmlMarks.italic(d.selectFirst("span.noteBody")));
    }

    @Test
    void noteReadWithItalicTitleAndWithoutIndexMarkers() throws Exception {
        java.nio.file.Path f = java.nio.file.Files.createTempFile("note", ".html");
        java.nio.file.Files.writeString(f, "<html><body><p>Besedilo.<span id=\"ftn212_return\"><a class=\"notelink\" href=\"#ftn212\"><sup>205</sup></a></span></p>"
                + "<div class=\"notes\"><div class=\"noteHeading\">Opombe</div>" + NOTE + "</div></body></html>");
        org.opis.document.Document doc = DocumentReader.read(f.toString(), java.util.Optional.empty());
        Block note = doc.blocks().stream().filter(b -> b.kind() == BlockKind.NOTE).findFirst().orElseThrow();
        assertEquals("205", note.label());
        assertEquals("Sontag, *Pogled na bolečino drugega*, str. 5.", note.text());
        java.nio.file.Files.delete(f);
    }
}
