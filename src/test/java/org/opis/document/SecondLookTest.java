package org.opis.document;

import org.junit.jupiter.api.Test;
import org.opis.cite.CheckedCitation;
import org.opis.model.Reference;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The second look on short notes and entries taken from the Wikipedia articles of references/wikipedia-whole. */
class SecondLookTest {

    private static final String PAGE = """
            ## References

              1. **^** Jones, S. 2010, pp. 16–17.
              2. **^** Jones, H. 2009, p. 122.
              3. **^** Ello 1968, pp. 32, 54.
              4. **^** Hardt & Kaufman 1995, p. 16.
              5. **^** Rachele Mussolini 1974, p. 129.
              6. **^** Hibbert, p. 98.

            ## Sources

              * Ello, Paul, ed. (1968). "Action Plan of the Communist Party of Czechoslovakia (Prague, April 1968)". _Dubcek's Blueprint for Freedom: His original documents leading to the invasion of Czechoslovakia_. Control Committee of the Communist Party of Czechoslovakia. William Kimber & Co.
              * Hardt, John Pearce; Kaufman, Richard F., eds. (1995). _East-Central European Economies in Transition_. United States Congress, Joint Economic Committee. M.E. Sharpe. ISBN 978-1-56324-613-5.
              * Hibbert, Christopher. _Il Duce_.
              * Jones, Howard (2009). _Crucible of Power: A History of American Foreign Relations from 1945_. Lanham: Rowman & Littlefield. ISBN 978-0-7425-6454-1.
              * Jones, Seth G. (2010). _In the Graveyard of Empires: America's War in Afghanistan_. W. W. Norton & Company. ISBN 9780393071429.
              * Mussolini, Rachele (1977) [1974]. _Mussolini: An Intimate Biography_. Pocket Books. Originally published by William Morrow, ISBN 0-671-81272-6, LCCN 74-1129.

            ## Further reading

              * Hibbert, Christopher. _Benito Mussolini, a Biography_. (London: Reprint Society, 1962) p., ill. with b&w photos.
            """;

    @Test
    void shortNotesReachTheirWorksThroughInitialsEditorsOriginalYearsAndFurtherReading() {
        Document doc = DocumentReader.read("page.md", PAGE.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.util.Optional.of(Format.MARKDOWN));
        DocumentChecker.Result r = DocumentChecker.check(doc, Library.NONE);
        Map<String, Reference> refs = new HashMap<>();
        for (Reference ref : r.checked().references()) refs.put(ref.id(), ref);
        Map<Integer, String> linked = new HashMap<>();
        for (CheckedCitation c : r.checked().citations()) {
            linked.put(c.citation().span().line(), c.resolvesTo().map(id -> refs.get(id).raw()).orElse("none"));
        }
        assertTrue(linked.get(3).startsWith("Jones, Seth G. (2010)"), linked.get(3));
        assertTrue(linked.get(4).startsWith("Jones, Howard (2009)"), linked.get(4));
        assertTrue(linked.get(5).startsWith("Ello, Paul, ed."), linked.get(5));
        assertTrue(linked.get(6).startsWith("Hardt, John Pearce; Kaufman"), linked.get(6));
        assertTrue(linked.get(7).startsWith("Mussolini, Rachele (1977) [1974]"), linked.get(7));
        assertTrue(linked.get(8).startsWith("Hibbert, Christopher. _Il Duce_"), linked.get(8));
        assertEquals(0, r.checked().diagnostics().stream().filter(d -> d.code().equals("citation/unresolved")).count(),
                r.checked().diagnostics().toString());
    }
}
