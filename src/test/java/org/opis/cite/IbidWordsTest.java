package org.opis.cite;

import org.junit.jupiter.api.Test;
import org.opis.text.SourceText;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Forms of "the same place" from the table {@code scanner-words.tsv}, on real text. */
class IbidWordsTest {

    private static List<InTextCitation> scan(String text) {
        return new CitationScanner(new BasicArchivalReader(), s -> false).scan(new SourceText("t.md", text));
    }

    /**
     * Italian "ivi" (the same work, another page): V. Giustetto and M. Parigini, "The Right Distance" (DHQ 19.2), quoting
     * Calvino's *Il barone rampante* after a citation of his *Romanzi e racconti* (code index file id 62539594436).
     */
    @Test
    void italianIviIsIbid() {
        String quote = "> \"Eravamo nella […] nostra  **villa**  d’ **Ombrosa** , le finestre inquadravano i folti rami del grande elce del parco\" (ivi, p. 549) \n";
        List<InTextCitation> cs = scan(quote);
        assertEquals(1, cs.size(), cs::toString);
        assertEquals(CitationKind.IBID, cs.get(0).kind());
        assertEquals("549", cs.get(0).locators().get(0).value());
    }
}
