package org.opis.csl;

import org.junit.jupiter.api.Test;
import org.opis.text.SourceText;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which texts the CSL-JSON reader claims: JSON's opening, not any text that opens with a bracket. */
class CslJsonSniffTest {

    @Test
    void aListOpeningWithAMarkdownLinkIsNotJson() {
        // references/nlb-cold-war-guides: the first entry of a list saved as text, a newspaper article linked by its title
        String list = "[2,000,000 people depend on it](http://eresources.nlb.gov.sg/newspapers/Digitised/Article/freepress19490706.2.48.aspx)."
                + " (1949, July 6). The Singapore Free Press, p. 4. Retrieved from NewspaperSG.\n";
        assertFalse(CslJsonFormat.jsonStart(list));
        assertEquals(0, new CslJsonFormat().confidence(new SourceText("list.txt", list)));
        assertFalse(CslJsonFormat.jsonStart("[1] Fitzpatrick, S. Everyday Stalinism. New York, 1999.\n"));
        assertFalse(CslJsonFormat.jsonStart("{Fitzpatrick} 1999\n"));
    }

    @Test
    void csljsonOpeningsAreStillClaimed() {
        assertTrue(CslJsonFormat.jsonStart("[\n  {\n    \"id\": \"a\", \"type\": \"book\"}]"));
        assertTrue(CslJsonFormat.jsonStart("[]"));
        assertTrue(CslJsonFormat.jsonStart("{ \"items\": [] }"));
        assertEquals(80, new CslJsonFormat().confidence(new SourceText("items.txt", "[{\"id\":\"a\",\"type\":\"book\"}]")));
        // a file named .json is still read as JSON (and its syntax errors reported) whatever it opens with
        assertEquals(60, new CslJsonFormat().confidence(new SourceText("items.json", "[1, 2]")));
    }
}
