package org.opis.cite;

import org.junit.jupiter.api.Test;
import org.opis.Opis;
import org.opis.text.SourceReader;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One missing ')' no longer hides every later citation of its paragraph. */
class UnclosedParenthesisTest {

    private static final String NOTE = """
            A claim (Smith 2001, p. 4. And later (Jones 1999) says more, as did Brown (2003).

            ## References

            - Brown, Carl. *Third Book*. Berlin, 2003.
            - Jones, Bob. *A Book*. London, 1999.
            - Smith, Anne. *Another Book*. Paris, 2001.
            """;

    @Test
    void theUnclosedParenthesisEndsAtItsSentenceAndTheRestIsScanned() {
        CheckedNote c = Opis.check(SourceReader.decode("n.md", NOTE.getBytes(StandardCharsets.UTF_8)));
        assertEquals(3, c.citations().size(), c.citations().toString());
        assertTrue(c.citations().stream().allMatch(x -> x.status() == CitationStatus.RESOLVED), c.citations().toString());
        assertEquals("4", c.citations().get(0).locators().get(0).value(), c.citations().get(0).locators().toString());
        var d = c.diagnostics().stream().filter(x -> x.code().equals("citation/unclosed-parenthesis")).toList();
        assertEquals(1, d.size(), c.diagnostics().toString());
        assertEquals(1, d.get(0).span().line());
        assertEquals(9, d.get(0).span().column());
    }

    @Test
    void aParenthesisOpenAtTheEndOfAParagraphEndsThere() {
        var ps = UnclosedParentheses.scan("See (Smith 2001, p. 4\n\nThen (Jones 1999).", 800);
        assertEquals(2, ps.size());
        assertEquals(false, ps.get(0).closed());
        assertEquals("Smith 2001, p. 4", "See (Smith 2001, p. 4\n\nThen (Jones 1999).".substring(ps.get(0).open() + 1, ps.get(0).close()));
        assertTrue(ps.get(1).closed());
    }
}
