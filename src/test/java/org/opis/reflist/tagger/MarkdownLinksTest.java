package org.opis.reflist.tagger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Markdown links inside entries: the link's words are plain linked words, its address one URL token. */
class MarkdownLinksTest {

    private static String texts(List<Token> t) {
        StringBuilder b = new StringBuilder();
        for (Token x : t) b.append(x.text()).append(x.linked() ? "^" : "").append(' ');
        return b.toString().strip();
    }

    @Test
    void aLinkIsItsWordsAndItsAddress() {
        // shape of the NLB guides (references/nlb-cold-war-guides)
        List<Token> t = Tokenizer.tokens("[Cold front war](http://eresources.nlb.gov.sg/a.aspx). (1948, May 17). The Press, p. 4.");
        assertEquals("Cold^ front^ war^ http://eresources.nlb.gov.sg/a.aspx . ( 1948 , May 17 ) . The Press , p . 4 .", texts(t));
        assertFalse(t.get(0).bracket());
        // the words' span holds no link syntax
        assertEquals("Cold front war", "[Cold front war](http://eresources.nlb.gov.sg/a.aspx)".substring(t.get(0).start(), t.get(2).end()));
    }

    @Test
    void anAddressShownAsTheLinkTextEndsAtItsBracket() {
        List<Token> t = Tokenizer.tokens("*BABELAO* 10 (2022). [https://doi.org/10.1/x](https://perma.cc/N9N7).");
        assertEquals("BABELAO 10 ( 2022 ) . https://doi.org/10.1/x^ https://perma.cc/N9N7 .", texts(t));
    }

    @Test
    void parenthesesInsideTheAddressAreKept() {
        List<Token> t = Tokenizer.tokens("[Wiki (page)](https://en.wikipedia.org/wiki/A_(b)), p. 3");
        assertEquals("Wiki^ (^ page^ )^ https://en.wikipedia.org/wiki/A_(b) , p . 3", texts(t));
    }

    @Test
    void aBracketOfTheEntryIsNoLink() {
        List<Token> t = Tokenizer.tokens("A History. [Ithaca, NY: Press, 1998.] [see](notes)");
        assertTrue(t.stream().filter(x -> x.text().equals("Ithaca")).findFirst().orElseThrow().bracket());
        assertTrue(t.stream().noneMatch(Token::linked));
        assertNull(Tokenizer.link("[a] (http://x.org)", 0));
    }

    @Test
    void syntheticEntriesGetTheirTitleLinked() throws Exception {
        JsonNode csl = new ObjectMapper().readTree("{\"title\": \"On Rumours\", \"URL\": \"https://www.jstor.org/stable/123\"}");
        String e = "Smith, A. “On Rumours.” Kritika 14 (2012). Available at: https://www.jstor.org/stable/123.";
        assertEquals("Smith, A. “[On Rumours](https://www.jstor.org/stable/123).” Kritika 14 (2012).", MarkdownLinks.apply(e, csl, new Random(1), 1.0));
        assertEquals(e, MarkdownLinks.apply(e, csl, new Random(1), 0.0));
        // no title in the entry as written: left as it was
        assertEquals("X. https://www.jstor.org/stable/123", MarkdownLinks.apply("X. https://www.jstor.org/stable/123", csl, new Random(1), 1.0));
    }
}
