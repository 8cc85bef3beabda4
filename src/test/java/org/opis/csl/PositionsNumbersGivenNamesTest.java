package org.opis.csl;

import org.junit.jupiter.api.Test;
import org.opis.model.Reference;
import org.opis.text.SourceText;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cite positions ({@link CitePositions}), plural labels and {@code is-numeric} of number variables
 * ({@link NumberVariables}) and given-name disambiguation ({@link GivenNames}), each with the CSL 1.0.2
 * clause it follows. Every expected string is what citeproc-js 1.4.61 prints for the same records and
 * citations (render-clusters-citeproc-js.mjs / render-citeproc-js.mjs of the interop harness, run for
 * this test), checked by hand against the style's XML.
 */
class PositionsNumbersGivenNamesTest {

    static List<Reference> items(String json) {
        return CslJson.read(new SourceText("items.json", json)).references();
    }

    static List<String> cites(String style, String json, List<List<CitationItem>> clusters) throws Exception {
        return new CslFormatter(CslStyle.load(style), Optional.empty(), OutputFormat.TEXT).render(items(json), clusters).citations();
    }

    /** CSL 1.0.2, "Choose" ({@code position}): first, subsequent and ibid cites of a note style take their own forms. */
    @Test
    void noteStyleGivesFirstSubsequentAndIbidForms() throws Exception {
        List<List<CitationItem>> clusters = List.of(
                List.of(CitationItem.at("hoxha1981", "volume", "2")),
                List.of(CitationItem.at("hoxha1981", "volume", "2")),
                List.of(CitationItem.at("hoxha1981", "page", "160")),
                List.of(CitationItem.of("hoxha1981")),
                List.of(CitationItem.of("hoxha1984")),
                List.of(CitationItem.at("hoxha1981", "page", "12")),
                List.of(CitationItem.of("sel2013"), CitationItem.at("sel2013", "page", "5")));
        List<String> c = cites("chicago-notes-bibliography", CiteprocJavaWorkaroundsTest.ITEMS, clusters);
        assertEquals("Enver Hoxha, Ditar per ceshtje nderkombetare, vols. 1–14 (Tirana, 1981–1985), vol. 2.", c.get(0));
        assertEquals("Hoxha, Ditar per ceshtje nderkombetare, vols. 1–14, vol. 2.", c.get(1));
        assertEquals("Hoxha, Ditar per ceshtje nderkombetare, 1–14:160.", c.get(2));
        assertEquals("Hoxha, Ditar per ceshtje nderkombetare, vols. 1–14.", c.get(3));
        assertEquals("Enver Hoxha, The Superpowers (Tirana, 1984).", c.get(4));
        assertEquals("Hoxha, Ditar per ceshtje nderkombetare, 1–14:12.", c.get(5));
        // two cites of one citation in different positions: each in its own form, joined by the layout's delimiter
        assertEquals("Igor N. Selivanov, “Trudnyj dialog posle XX s’ezda KPSS,” Azija i Afrika segodnja, no. 9 (2013); "
                + "Selivanov, “Trudnyj dialog posle XX s’ezda KPSS,” 5.", c.get(6));
    }

    /** CSL 1.0.2, "Choose" ({@code position="ibid"}, {@code ibid-with-locator}): a style that uses Ibid. (The Journal of Modern History). */
    @Test
    void ibidAndIbidWithLocator() throws Exception {
        List<String> c = cites("the-journal-of-modern-history", CiteprocJavaWorkaroundsTest.ITEMS, List.of(
                List.of(CitationItem.at("hoxha1981", "page", "5")),
                List.of(CitationItem.at("hoxha1981", "page", "6")),
                List.of(CitationItem.at("hoxha1981", "page", "6"))));
        assertEquals(List.of("Enver Hoxha, Ditar per ceshtje nderkombetare, vol. 1–14 (Tirana, 1981–1985), 5.", "Ibid., 1–14:6.", "Ibid."), c);
    }

    /** The positions themselves (CSL 1.0.2, "Choose", {@code position}), citation i being note i + 1. */
    @Test
    void positionsFollowTheSpecification() {
        CitationItem a = CitationItem.of("a");
        CitationItem a5 = CitationItem.at("a", "page", "5");
        CitationItem a6 = CitationItem.at("a", "page", "6");
        CitationItem b = CitationItem.of("b");
        List<CitePositions.Position[]> p = CitePositions.of(List.of(
                List.of(a5), List.of(a5), List.of(a6), List.of(a), List.of(b, a), List.of(b),
                List.of(CitationItem.of("c")), List.of(CitationItem.of("d")), List.of(CitationItem.of("e")),
                List.of(CitationItem.of("f")), List.of(CitationItem.of("g")), List.of(b)), 5);
        assertEquals(CitePositions.Kind.FIRST, p.get(0)[0].kind());
        assertEquals(CitePositions.Kind.IBID, p.get(1)[0].kind(), "same locator");
        assertEquals(CitePositions.Kind.IBID_WITH_LOCATOR, p.get(2)[0].kind(), "another locator");
        assertEquals(CitePositions.Kind.SUBSEQUENT, p.get(3)[0].kind(), "no locator after a locator");
        assertEquals(CitePositions.Kind.SUBSEQUENT, p.get(4)[1].kind(), "follows another work's cite");
        assertEquals(CitePositions.Kind.SUBSEQUENT, p.get(5)[0].kind(), "the previous citation had two cites: not ibid");
        assertTrue(p.get(4)[1].near());
        assertFalse(p.get(11)[0].near(), "six notes after its previous note");
        assertTrue(p.get(3)[0].test("subsequent") && !p.get(3)[0].test("ibid"));
        assertTrue(p.get(2)[0].test("ibid") && p.get(2)[0].test("subsequent") && p.get(2)[0].test("ibid-with-locator"));
    }

    /**
     * CSL 1.0.2, "Label": a number variable holding several numbers takes the plural term; "Choose"
     * ({@code is-numeric}): a range with an en dash is numeric, as citeproc-js reads it.
     */
    @Test
    void numberVariablesTakePluralLabels() throws Exception {
        String json = """
                [{"id":"chaplin","type":"article-journal","author":[{"family":"Chaplin","given":"B.N."}],"title":"V’etnam, aprel’ 1975 goda","container-title":"Voprosy istorii","issue":"4–5","issued":{"date-parts":[[2000]]},"language":"ru"},
                 {"id":"vepra","type":"book","author":[{"family":"Hoxha","given":"Enver"}],"title":"Vepra","volume":"8, 22","publisher-place":"Tirana","issued":{"date-parts":[[1971],[1982]]},"language":"sq"},
                 {"id":"ditar","type":"book","author":[{"family":"Hoxha","given":"Enver"}],"title":"Ditar per ceshtje nderkombetare","volume":"1–14","publisher-place":"Tirana","issued":{"date-parts":[[1981],[1985]]},"language":"sq"}]
                """;
        Rendering r = new CslFormatter(CslStyle.load("chicago-author-date"), Optional.empty(), OutputFormat.TEXT).bibliography(items(json));
        List<String> bib = r.bibliography().stream().map(FormattedEntry::text).toList();
        assertEquals(List.of("Chaplin, B.N. 2000. “V’etnam, aprel’ 1975 goda.” Voprosy istorii, nos. 4–5.",
                "Hoxha, Enver. 1971–1982. Vepra. Vols. 8, 22. Tirana.",
                "Hoxha, Enver. 1981–1985. Ditar per ceshtje nderkombetare. Vols. 1–14. Tirana."), bib);
        assertTrue(NumberVariables.plural("volume", "1–14"));
        assertFalse(NumberVariables.plural("volume", "3"));
        assertTrue(NumberVariables.plural("number-of-volumes", "3"));
        assertFalse(NumberVariables.plural("number-of-volumes", "1"));
    }

    static final String NAMES = """
            [{"id":"burlatskii1919a","type":"book","author":[{"family":"Burlatskii","given":"Boris"}],"title":"Revoliutsiia i voina","issued":{"date-parts":[[1919]]},"publisher-place":"Moscow"},
             {"id":"burlatskii1919b","type":"book","author":[{"family":"Burlatskii","given":"Nikolai"}],"title":"Zemlia i volia","issued":{"date-parts":[[1919]]},"publisher-place":"Petrograd"},
             {"id":"burlatskii1919c","type":"book","author":[{"family":"Burlatskii","given":"Nikolai"}],"title":"Agrarnyi vopros","issued":{"date-parts":[[1919]]},"publisher-place":"Petrograd"},
             {"id":"smith2000","type":"article-journal","author":[{"family":"Smith","given":"John"},{"family":"Jones","given":"Ann"}],"title":"On ports","container-title":"Journal of Trade","issued":{"date-parts":[[2000]]}},
             {"id":"smith2000b","type":"article-journal","author":[{"family":"Smith","given":"Jane"},{"family":"Jones","given":"Ann"}],"title":"On ships","container-title":"Journal of Trade","issued":{"date-parts":[[2000]]}},
             {"id":"lee2010","type":"book","author":[{"family":"Lee","given":"John"}],"title":"Korea","issued":{"date-parts":[[2010]]}},
             {"id":"lee2010b","type":"book","author":[{"family":"Lee","given":"Jane"}],"title":"Japan","issued":{"date-parts":[[2010]]}},
             {"id":"ivanov1950","type":"book","author":[{"family":"Иванов","given":"Иван Иванович"}],"title":"История","issued":{"date-parts":[[1950]]}},
             {"id":"ivanov1950b","type":"book","author":[{"family":"Иванов","given":"Пётр Иванович"}],"title":"Война","issued":{"date-parts":[[1950]]}}]
            """;

    static List<String> each(String style) throws Exception {
        return new CslFormatter(CslStyle.load(style), Optional.empty(), OutputFormat.TEXT).citeEach(items(NAMES)).citations();
    }

    /**
     * CSL 1.0.2, "Disambiguation", step 2 ({@code disambiguate-add-givenname}, {@code by-cite}): initials
     * first, full given names when initials do not tell the names apart; year suffixes only for what
     * stays ambiguous (N. Burlatskii's two works).
     */
    @Test
    void givenNamesBeforeYearSuffixes() throws Exception {
        assertEquals(List.of("(B. Burlatskii 1919)", "(N. Burlatskii 1919b)", "(N. Burlatskii 1919a)",
                "(John Smith and Jones 2000)", "(Jane Smith and Jones 2000)", "(John Lee 2010)", "(Jane Lee 2010)",
                "(И. И. Иванов 1950)", "(П. И. Иванов 1950)"), each("chicago-author-date"));
        assertEquals(List.of("(B. Burlatskii, 1919)", "(N. Burlatskii, 1919b)", "(N. Burlatskii, 1919a)",
                "(John Smith and Jones, 2000)", "(Jane Smith and Jones, 2000)", "(John Lee, 2010)", "(Jane Lee, 2010)",
                "(И. И. Иванов, 1950)", "(П. И. Иванов, 1950)"), each("harvard-cite-them-right"));
    }

    /** {@code primary-name-with-initials} (APA): initials of the first name only; when they agree (J. Lee, J. Lee), year suffixes. */
    @Test
    void apaExpandsToInitialsOnlyWhenTheyHelp() throws Exception {
        assertEquals(List.of("(B. Burlatskii, 1919)", "(N. Burlatskii, 1919b)", "(N. Burlatskii, 1919a)",
                "(Smith & Jones, 2000a)", "(Smith & Jones, 2000b)", "(Lee, 2010b)", "(Lee, 2010a)",
                "(И. И. Иванов, 1950)", "(П. И. Иванов, 1950)"), each("apa"));
        assertEquals("J.-P. M.", GivenNames.initials("Jean-Paul Marie", ". "));
        assertEquals("I.A.", GivenNames.initials("I.A.", "."));
    }
    static final String GLOBAL = """
            [{"id":"a","type":"book","title":"Alpha","author":[{"family":"Thomas","given":"John"}],"issued":{"date-parts":[[1980]]}},
            {"id":"b","type":"book","title":"Beta","author":[{"family":"Thomas","given":"Hugh"}],"issued":{"date-parts":[[1985]]}},
            {"id":"c","type":"book","title":"Gamma","author":[{"family":"Lee","given":"Jane"},{"family":"Thomas","given":"Paul"}],"issued":{"date-parts":[[1990]]}},
            {"id":"d","type":"book","title":"Delta","author":[{"family":"Park","given":"Jane"}],"issued":{"date-parts":[[1991]]}},
            {"id":"e","type":"book","title":"Eps","author":[{"family":"Park","given":"John"}],"issued":{"date-parts":[[1992]]}},
            {"id":"f","type":"book","title":"Undated one","author":[{"family":"Kerr","given":"Ann"}]},
            {"id":"g","type":"book","title":"Undated two","author":[{"family":"Kerr","given":"Ann"}]}]
            """;

    /**
     * CSL 1.0.2, "Disambiguation", "Global Name Disambiguation" ({@code givenname-disambiguation-rule=
     * "primary-name-with-initials"}, APA): a first name that prints like another person's gets its initials
     * in every cite, ambiguous or not (J. Thomas 1980 / H. Thomas 1985); a second name is not expanded
     * (primary-name); initials that do not tell two names apart are not added (Jane / John Park). The
     * default {@code by-cite} rule (Chicago, Harvard) expands only cites that would print alike.
     * And "Disambiguation" step 4 ({@code disambiguate-add-year-suffix}): undated works get the suffix
     * after the no-date term ({@code n.d.-a}, {@code no date a}). Expected strings: citeproc-js 1.4.61.
     */
    @Test
    void globalGivenNameRuleAndUndatedSuffixes() throws Exception {
        List<List<CitationItem>> clusters = List.of(List.of(CitationItem.of("a")), List.of(CitationItem.of("b")), List.of(CitationItem.of("c")),
                List.of(CitationItem.of("d")), List.of(CitationItem.of("e")), List.of(CitationItem.of("f")), List.of(CitationItem.of("g")));
        assertEquals(List.of("(J. Thomas, 1980)", "(H. Thomas, 1985)", "(Lee & Thomas, 1990)", "(Park, 1991)", "(Park, 1992)",
                "(Kerr, n.d.-a)", "(Kerr, n.d.-b)"), cites("apa", GLOBAL, clusters));
        assertEquals(List.of("(Thomas 1980)", "(Thomas 1985)", "(Lee and Thomas 1990)", "(Park 1991)", "(Park 1992)",
                "(Kerr, n.d.-a)", "(Kerr, n.d.-b)"), cites("chicago-author-date", GLOBAL, clusters));
        assertEquals(List.of("(Thomas, 1980)", "(Thomas, 1985)", "(Lee and Thomas, 1990)", "(Park, 1991)", "(Park, 1992)",
                "(Kerr, no date a)", "(Kerr, no date b)"), cites("harvard-cite-them-right", GLOBAL, clusters));
        assertEquals(List.of("(J. Thomas)", "(H. Thomas)", "(Lee and Thomas)", "(Jane Park)", "(John Park)",
                "(Kerr, Undated One)", "(Kerr, Undated Two)"), cites("modern-language-association", GLOBAL, clusters));
    }
    /**
     * CSL 1.0.2, "Disambiguation", step 2: a name printed without a given name ({@code Bajohr}, a record
     * without one) is another form of the name, so the {@code by-cite} rule (MLA, Chicago) expands the other
     * to initials ({@code F. Bajohr}, {@code L. Daley}) and MLA then needs no title; under APA's global
     * {@code primary-name-with-initials} such a name makes no other ambiguous (year suffixes instead).
     * Expected strings: citeproc-js 1.4.61 on the same records.
     */
    @Test
    void aNameWithoutGivenNameIsAnotherForm() throws Exception {
        String json = """
                [{"id":"a","type":"book","title":"Alpha","author":[{"family":"Bajohr","given":"Frank"}],"issued":{"date-parts":[[1980]]}},
                {"id":"b","type":"book","author":[{"family":"Bajohr"}],"issued":{"date-parts":[[1985]]}},
                {"id":"c","type":"book","title":"Gamma","author":[{"family":"Daley","given":"Larry"}],"issued":{"date-parts":[[1990]]}},
                {"id":"d","type":"book","title":"Delta","author":[{"family":"Daley"}],"issued":{"date-parts":[[1990]]}}]
                """;
        List<List<CitationItem>> clusters = List.of(List.of(CitationItem.at("a", "page", "27")), List.of(CitationItem.of("b")),
                List.of(CitationItem.of("c")), List.of(CitationItem.of("d")));
        assertEquals(List.of("(F. Bajohr 27)", "(Bajohr)", "(L. Daley)", "(Daley)"), cites("modern-language-association", json, clusters));
        assertEquals(List.of("(Bajohr, 1980, p. 27)", "(Bajohr, 1985)", "(Daley, 1990b)", "(Daley, 1990a)"), cites("apa", json, clusters));
        assertEquals(List.of("(Bajohr 1980, 27)", "(Bajohr 1985)", "(L. Daley 1990)", "(Daley 1990)"), cites("chicago-author-date", json, clusters));
    }
}
