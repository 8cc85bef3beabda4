package org.opis.cite;

import org.junit.jupiter.api.Test;
import org.opis.text.SourceReader;
import org.opis.text.SourceText;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CitationScannerTest {

    private static List<InTextCitation> scan(String text) {
        return scan(text, s -> false);
    }

    private static List<InTextCitation> scan(String text, java.util.function.Predicate<String> known) {
        return new CitationScanner(new BasicArchivalReader(), known).scan(new SourceText("t.md", text));
    }

    private static List<String> texts(String text) {
        return scan(text).stream().map(InTextCitation::text).toList();
    }

    // ------------------------------------------------------------ the bundled note

    /**
     * Counted by hand from references/selivanov-2017/note.md (lines 1–330, before "## REFERENCES"):
     * <pre>
     * body  L19 1 (n.d.) · L33 2 (Konoreva 2008b; Selivanov 2012) · L45 2 (Selivanov 2013 and 2014a) · L47 1 arch
     *       L55 1 · L61 1 arch · L63 1 · L67 1 · L81 2 (Vestnik…; RGASPI…) · L83 1 arch · L89 1 · L99 1 ibid
     *       L103 2 (two parentheses) · L107 1 · L117 1 ibid · L119 1 · L123 1 · L125 4 (title, Prezidium, arch, ibid)
     *       L127 1 arch · L129 1 · L131 3 (Hoxha, ibid, arch) · L137 1 · L141 1 · L145 1 ibid · L147 1 · L153 1
     *       L155 2 (Bovin 2003; Glazunov 2010) · L157 3 · L159 1 · L167 1 arch · L169 1 arch · L173 1 ibid
     *       L175 1 ibid · L187 1 arch · L189 1 · L191 1 ibid · L199 1 · L213 2 (Hoxha, ibid) · L221 2 (Hoxha, AVP RF)
     *       L233 1 · L235 2 (title; Hoxha 1979) · L239 1 arch · L241 1 ibid · L243 1 newspaper · L245 1 · L249 1
     *       L251 2 (Hoxha, ibid) · L259 1 arch · L261 1 · L265 1 · L267 1 arch
     *       = 67 citations in 62 parentheses
     * notes N4 1 · N5 3 (Selivanov 2014b, Livre Noir, Le Conflit) · N6 1 · N7 2 (one parenthesis: arch; Konoreva
     *       and Selivanov) · N8 2 (arch; "see Konoreva (2008a)") · N9 1 · N10 1 · N13 1 ("See Hoxha 1981–85, t. 2,
     *       f. 155.", no parentheses) · N15 1 · N16 2 (Khrushchev; arch) · N18 2 (two parentheses) · N24 1
     *       ("Harutyun Ulunyan (2015)") · N25 1
     *       = 19 citations in 18 parentheses or sentences
     * total 86 citations in 80 groups; 17 archival, 11 ibid., 1 newspaper, 57 bibliographic; 3 narrative.
     * Not citations: (CPSU) (PRA) (DRV) (PRC) (DPRK) (NLF) (PLA)×3 (CCP) (VWP)×2 (b)×3 (NRC) (CPV).
     * </pre>
     */
    @Test
    void everyCitationOfTheBundledNoteIsFoundAndNothingElse() throws Exception {
        SourceText note = SourceReader.read(Path.of("references/selivanov-2017/note.md").toString()).source();
        List<InTextCitation> cs = new CitationScanner(new BasicArchivalReader(), s -> true).scan(note);
        assertEquals(86, cs.size());
        assertEquals(80, cs.stream().map(InTextCitation::group).distinct().count());
        Map<CitationKind, Long> kinds = cs.stream().collect(Collectors.groupingBy(InTextCitation::kind, Collectors.counting()));
        assertEquals(17L, kinds.get(CitationKind.ARCHIVAL));
        assertEquals(11L, kinds.get(CitationKind.IBID));
        assertEquals(1L, kinds.get(CitationKind.NEWSPAPER));
        assertEquals(57L, kinds.get(CitationKind.BIBLIOGRAPHIC));
        assertEquals(3, cs.stream().filter(c -> c.form() == CitationForm.NARRATIVE).count());
        assertEquals(67, cs.stream().filter(c -> !c.inNotes()).count());
        for (InTextCitation c : cs) {
            assertFalse(c.text().matches("\\(?(CPSU|PRA|DRV|PRC|DPRK|NLF|PLA|CCP|VWP|b|NRC|CPV)\\)?"), c.text());
        }
        // places: "(Khrushchev 1999, p. 136)" on line 63; the citation starts after the parenthesis
        InTextCitation k = cs.stream().filter(c -> c.text().equals("Khrushchev 1999, p. 136")).findFirst().orElseThrow();
        assertEquals(63, k.span().line());
        assertEquals(note.line(63).indexOf("Khrushchev 1999") + 1, k.span().column());
    }

    // ------------------------------------------------------------ the note's hard cases

    @Test
    void severalCitationsInOneParenthesisSplitOnSemicolons() {
        List<InTextCitation> cs = scan("failed to forget past differences (Bovin 2003; Glazunov 2010).");
        assertEquals(List.of("Bovin 2003", "Glazunov 2010"), cs.stream().map(InTextCitation::text).toList());
        assertEquals(cs.get(0).group(), cs.get(1).group());
    }

    @Test
    void oneAuthorWithSeveralYearsGivesOneCitationPerYear() {
        List<InTextCitation> cs = scan("a decorative figure (Selivanov 2013 and 2014*a*). The rest");
        assertEquals(2, cs.size());
        assertEquals("Selivanov", cs.get(1).who());
        assertEquals(new CitedYear(2014, 2014, "a", false), cs.get(1).year().orElseThrow());
        assertEquals("Selivanov 2014a", cs.get(1).text());
    }

    @Test
    void narrativeCitationsInRunningText() {
        List<InTextCitation> a = scan("For more information, see Konoreva (2008*a*). The embassy");
        assertEquals(1, a.size());
        assertEquals(CitationForm.NARRATIVE, a.get(0).form());
        assertEquals("Konoreva", a.get(0).who());
        List<InTextCitation> b = scan("the work of the Russian historian Harutyun Ulunyan (2015), which relies", s -> s.endsWith("Ulunyan"));
        assertEquals("Harutyun Ulunyan", b.get(0).who());
        List<InTextCitation> c = scan("would no longer return to this idea. See Hoxha 1981–85, t. 2, f. 155.\n");
        assertEquals("Hoxha 1981–85, t. 2, f. 155", c.get(0).text());
        assertEquals(new CitedYear(1981, 1985, "", false), c.get(0).year().orElseThrow());
    }

    @Test
    void titleCitationsKeepTheTitle() {
        InTextCitation q = scan("can wait (“Pravda o v’etnamo-kitajskih” 1979). For").get(0);
        assertTrue(q.byTitle());
        assertEquals("Pravda o v’etnamo-kitajskih", q.who());
        InTextCitation i = scan("the Black Book (*Livre Noir* 1978) and").get(0);
        assertEquals("Livre Noir", i.who());
        InTextCitation v = scan("a positive decision (*Vestnik Arhiva Prezidenta Rossijskoj Federacii* 1998, p. 76; RGASPI, f. 495, op. 201, d. 1/2, pp. 145–60).").get(0);
        assertEquals("Vestnik Arhiva Prezidenta Rossijskoj Federacii", v.who());
        assertEquals(List.of(new Locator("page", "76")), v.locators());
    }

    @Test
    void archivalAndBibliographicCitationsMixInOneParenthesis() {
        List<InTextCitation> cs = scan("dated 17 March 1950 (RGASPI, f. 17, op. 3, d. 1080, l. 55; Konoreva and Selivanov 2016, p. 69).");
        assertEquals(2, cs.size());
        assertEquals(CitationKind.ARCHIVAL, cs.get(0).kind());
        assertEquals("RGASPI, f. 17, op. 3, d. 1080, l. 55", cs.get(0).text());
        assertEquals(CitationKind.BIBLIOGRAPHIC, cs.get(1).kind());
        assertEquals("Konoreva and Selivanov", cs.get(1).who());
    }

    @Test
    void newspaperIssueByTitleAndDate() {
        InTextCitation c = scan("no criticism of the leadership (*Pravda*, 8 July 1977). This").get(0);
        assertEquals(CitationKind.NEWSPAPER, c.kind());
        assertEquals("Pravda", c.who());
        assertEquals(Optional.of("8 July 1977"), c.date());
    }

    @Test
    void noDateCitationWithACorporateAuthor() {
        InTextCitation c = scan("in Washington (History and Public Policy Program, Woodrow Wilson Center n.d.) are").get(0);
        assertTrue(c.year().orElseThrow().noDate());
        assertEquals("History and Public Policy Program, Woodrow Wilson Center", c.who());
    }

    @Test
    void ibidInItsForms() {
        assertEquals(CitationKind.IBID, scan("Beijing (*ibid.*, pp. 86–87).<sup>12</sup>").get(0).kind());
        assertEquals(CitationKind.IBID, scan("the mercantile point of view” (ibid., p. 40).").get(0).kind());
        assertEquals(CitationKind.IBID, scan("As before (Ibid.).").get(0).kind());
        InTextCitation r = scan("Он писал (Там же, с. 12).").get(0);
        assertEquals(CitationKind.IBID, r.kind());
        assertEquals(List.of(new Locator("page", "12")), r.locators());
        assertEquals("d. 1/3, l. 106", scan("other countries” (ibid., d. 1/3, l. 106).").get(0).rest());
    }

    @Test
    void abbreviationsDatesAndGlossesAreNotCitations() {
        assertEquals(List.of(), texts("the Democratic Republic of Vietnam (DRV),<sup>1</sup> Enver Hoxha and the Party of Labor of Albania (PLA)."));
        assertEquals(List.of(), texts("See Politburo decision (b), dated 17 March 1950."));
        assertEquals(List.of(), texts("published \"The History of the CPSU (b). Short Course\". It"));
        assertEquals(List.of(), texts("the war (1964–1975) and the congress (in 1956) on the date (17 March 1950)."));
        assertEquals(List.of(), texts("the Geneva Conference (1954) fixed the division."));
    }

    @Test
    void datedGlossesAreNotCitations() {
        assertEquals(List.of(), texts("The plenum (June 1957) expelled them. The famine (Holodomor, 1932–33) killed millions."));
        assertEquals(List.of(), texts("In the Soviet Union (USSR, 1922–1991), the party ruled; the war (Second World War, 1939–45) changed it."));
        assertEquals(List.of(), texts("Stalin (d. 1953) and Khrushchev (born 1894) and Lenin (r. 1917–1924)."));
        assertEquals(List.of(), texts("Trotsky (1879–1940) disagreed (Figure 3) with them (N = 45) (emphasis added)."));
    }

    @Test
    void apaCommaIsAcceptedForASurnameAndASingleYear() {
        assertEquals(List.of("Fitzpatrick, 1999"), texts("as argued (Fitzpatrick, 1999)."));
        assertEquals(List.of("Holodomor, 1932–33"), scan("famine (Holodomor, 1932–33) as titled", s -> s.equals("Holodomor"))
                .stream().map(InTextCitation::text).toList());
    }

    @Test
    void newspaperWithoutItalicsNeedsTheTitleInTheList() {
        assertEquals(List.of(), texts("he spoke in the capital (Moscow, 5 March 1953)."));
        InTextCitation c = scan("it was reported (Pravda, 5 March 1953).", s -> s.equals("Pravda")).get(0);
        assertEquals(CitationKind.NEWSPAPER, c.kind());
    }

    @Test
    void footnoteMarkersAndEmphasisAreIgnored() {
        List<InTextCitation> cs = scan("the Vietnamese politician (Konoreva 2008*b*; Selivanov 2012).<sup>17</sup> Next (*ibid.*, p. 3)");
        assertEquals(List.of("Konoreva 2008b", "Selivanov 2012", "ibid., p. 3"), cs.stream().map(InTextCitation::text).toList());
    }

    // ------------------------------------------------------------ cases of our own

    @Test
    void apaStyleCommaBeforeTheYearAndColonPages() {
        InTextCitation c = scan("as argued (Fitzpatrick, 1999: 45–7).").get(0);
        assertEquals("Fitzpatrick", c.who());
        assertEquals(CitedYear.of(1999), c.year().orElseThrow());
        assertEquals(List.of(new Locator("page", "45–47")), c.locators());
    }

    @Test
    void etAlAndParticlesStayInTheAuthorPart() {
        assertEquals("Getty et al.", scan("the purges (Getty et al. 1993, p. 1017).").get(0).who());
        assertEquals("van der Linden", scan("labour history (van der Linden 2008).").get(0).who());
    }

    @Test
    void leadWordsInsideParenthesesAreNotPartOfTheAuthor() {
        List<InTextCitation> cs = scan("this was disputed (see Kotkin 1995; cf. Hoffmann 2003, ch. 2).");
        assertEquals(List.of("Kotkin", "Hoffmann"), cs.stream().map(InTextCitation::who).toList());
        assertEquals(List.of(new Locator("chapter", "2")), cs.get(1).locators());
    }

    @Test
    void yearsOnlyPieceCitesThePreviousAuthorAgain() {
        List<InTextCitation> cs = scan("as shown (Kotkin 1995, 45; 2017, 12–14; Viola 2007).");
        assertEquals(List.of("Kotkin 1995, 45", "Kotkin 2017, 12–14", "Viola 2007"), cs.stream().map(InTextCitation::text).toList());
        assertEquals(List.of(new Locator("page", "12–14")), cs.get(1).locators());
        assertEquals(List.of("Smith 2001a", "Smith 2001b"), texts("twice (Smith 2001a, 2001b)."));
    }

    @Test
    void namesWithJoinedParticlesAndApostrophes() {
        assertEquals("Carrère d’Encausse", scan("the empire (Carrère d’Encausse 1978, p. 12).").get(0).who());
        assertEquals("d'Encausse", scan("the empire (d'Encausse 1978).").get(0).who());
        assertEquals("O’Brien", scan("the empire (O’Brien 1999).").get(0).who());
    }

    @Test
    void romanPageNumbers() {
        assertEquals(List.of(new Locator("page", "xiv")), scan("the preface (Smith 2001, p. xiv).").get(0).locators());
    }

    @Test
    void cyrillicCitationWithCyrillicLocators() {
        InTextCitation c = scan("как писал (Хлевнюк 2010, т. 2, с. 115–18).").get(0);
        assertEquals("Хлевнюк", c.who());
        assertEquals(List.of(new Locator("volume", "2"), new Locator("page", "115–118")), c.locators());
    }

    @Test
    void twoAuthorNarrativeCitation() {
        InTextCitation c = scan("As Davies and Wheatcroft (2004) show, the famine", s -> s.contains("Wheatcroft")).get(0);
        assertEquals("Davies and Wheatcroft", c.who());
        assertEquals(CitationForm.NARRATIVE, c.form());
    }

    @Test
    void newspaperDateInAmericanOrder() {
        InTextCitation c = scan("reported at once (*New York Times*, March 3, 1953, p. 1).").get(0);
        assertEquals(CitationKind.NEWSPAPER, c.kind());
        assertEquals(Optional.of("March 3, 1953"), c.date());
    }

    @Test
    void referenceSectionIsNotScanned() {
        List<InTextCitation> cs = scan("Body (Smith 2001).\n\n## Bibliography\n\n- Smith, A. (2001). *Title* (Moscow 1999).\n");
        assertEquals(1, cs.size());
    }

    @Test
    void pathologicalInputDoesNotHang() {
        String open = "(".repeat(200_000) + "Smith 2001" + ")".repeat(10);
        String semis = "(" + "Smith 2001; ".repeat(50_000) + ")";
        String words = "(" + "Aa ".repeat(200_000) + "2001)";
        assertTrue(scan(open).size() <= 1);
        assertTrue(scan(semis).size() <= 50_000);
        assertEquals(List.of(), scan(words));
        assertEquals(List.of(), scan("See " + "Aa ".repeat(300_000)));
    }
}
