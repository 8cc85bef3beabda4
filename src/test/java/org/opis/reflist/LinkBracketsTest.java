package org.opis.reflist;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LinkBracketsTest {

    private static String unwrap(String entry, String url) {
        StringBuilder b = new StringBuilder(entry);
        int start = entry.indexOf(url);
        LinkBrackets.unwrap(b, start, start + url.length());
        return b.toString();
    }

    @Test
    void theLinksBracketsGoAroundTheAddress() {
        // references/nlb-cold-war-guides
        String url = "http://eresources.nlb.gov.sg/newspapers/Digitised/Article/freepress19481129-1.2.37.aspx";
        assertEquals(" War or peace?  " + url + " . (1948, November 29). The Singapore Free Press, p. 4.",
                unwrap("[War or peace?](" + url + "). (1948, November 29). The Singapore Free Press, p. 4.", url));
        // references/bobroff-road-to-world-war-one: the link's text holds the title in quotes and the pages
        String pdf = "http://www.lib.duke.edu/pdf/hst4545.pdf";
        assertEquals("Lenin,  \"Imperialism as the Highest Stage of Capitalism\", excerpt. 236-49  " + pdf + " .",
                unwrap("Lenin, [\"Imperialism as the Highest Stage of Capitalism\", excerpt. 236-49](" + pdf + ").", pdf));
    }

    @Test
    void anAddressNotALinksIsLeftAsItIs() {
        String url = "https://www.britannica.com/biography/Carlos-P-Romulo";
        String bare = "Carlos P. Romulo Britannica. Accessed November 28, 2024. " + url + ".";
        assertEquals(bare, unwrap(bare, url));
        String inParens = "Lange, Kurt. Egypt [photographs] (" + url + ")";  // no "](" before the address
        assertEquals(inParens, unwrap(inParens, url));
        String twoBrackets = "[a] b](" + url + ")";  // a "]" between: the "[" found would not open this link's text
        assertEquals(twoBrackets, unwrap(twoBrackets, url));
    }
}
