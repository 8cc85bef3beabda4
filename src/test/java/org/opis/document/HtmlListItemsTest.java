package org.opis.document;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A raw HTML list inside Markdown, wrapped in a {@code <div>}, its entities read (de-cbdd-weikersheim-ebd-kurzbelege). */
class HtmlListItemsTest {

    @Test
    void listInsideADivIsReadAndEntitiesAreCharactersAtTheirPlaces() {
        String block = "<div class=\"cbdd-references\" markdown=\"0\">\n<ol>\n<li>Freeden, Kamin, 1950, S.&nbsp;142.</li>\n"
                + "<li>Drös, Inschriften Mergentheim, 2002, S.&nbsp;248–249.</li>\n</ol>\n</div>";
        List<Block> items = HtmlListItems.of(block, 1000);
        assertEquals(2, items.size());
        assertEquals("Freeden, Kamin, 1950, S. 142.", items.get(0).text());
        assertEquals("2", items.get(1).label());
        // "142" is after the entity: it maps to where "142" stands in the block
        int at = items.get(0).text().indexOf("142");
        assertEquals(1000 + block.indexOf("142"), items.get(0).origin().position(at));
    }
}
