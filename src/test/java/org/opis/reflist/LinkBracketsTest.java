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
    void aYearWrittenAsTheLinksTextIsTheDate() {
        // references/en-sallach-topos-author-date-colon/note.md line 161: the year links to the paper; with the link's
        // syntax and its address blanked, "( 2011 … )" is still the year in parentheses of an author-date entry
        String entry = "Sallach, D. ([2011](http://www.mat.uc.pt/~ct2011/talks/Sallach.pdf)). “Categorial Social Analysis.” "
                + "Paper presented at the International Category Theory Conference, Vancouver.";
        var item = org.opis.model.CslRecords.csl(ReferenceListParser.parse(new org.opis.text.SourceText("list.md", "## References\n\n" + entry + "\n"))
                .references().get(0));
        assertEquals(2011, item.getIssued().getDateParts()[0][0]);
        assertEquals("Categorial Social Analysis", item.getTitle());
        assertEquals("http://www.mat.uc.pt/~ct2011/talks/Sallach.pdf", item.getURL());
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
