package org.opis.cite;

import org.junit.jupiter.api.Test;
import org.opis.model.ParsedRecords;
import org.opis.model.Reference;
import org.opis.text.SourceText;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opis.cite.Refs.book;
import static org.opis.cite.Refs.literal;
import static org.opis.cite.Refs.person;
import static org.opis.cite.Refs.y;

class CitationResolverTest {

    private static final List<Reference> LIST = List.of(
            book("buharkin1998", 40, "Kreml’ i Ho Shi Min, 1945–1969", y(1998), null, person("Buharkin", "I.V.")),
            book("gaiduk1996", 41, "The Soviet Union and the Vietnam War", y(1996), null, person("Gaiduk", "Ilya V.")),
            book("hoxha1984superpowers", 42, "Superpowers. 1959–1984", y(1984), null, person("Hoxha", "Enver")),
            book("hoxha1981ditar", 43, "Ditar per ceshtje nderkombetare", y(1981, 1985), null, person("Hoxha", "Enver")),
            book("hoxha1981doklad", 44, "Otchetnyj doklad", y(1981), null, person("Hoxha", "Enver")),
            book("konoreva2008a", 45, "Iz istorii", y(2008), "a", person("Konoreva", "I.A.")),
            book("konoreva2008b", 46, "Nekotorye shtrihi", y(2008), "b", person("Konoreva", "I.A.")),
            book("ulunjan2015", 47, "Nesostojavsheesja sotrudnichestvo", y(2015, 2, 28), null, person("Ulunjan", "Arutyun Akopovich")),
            book("pham2005", 48, "Vneshnjaja politika V'etnama", y(2005), null, literal("Phạm Thị Ngọc Bích"), person("Mosjakov", "D.V.")),
            book("ognetov2007", 49, "Na v'etnamskom napravlenii", y(2007), null, person("Ognetov", "I.A.")),
            book("livrenoir1978", 50, "Livre Noir", y(1978), null),
            book("pravda1979", 51, "Pravda o v'etnamo-kitajskih otnoshenijah za poslednie 30 let", y(1979), null),
            book("wilson", 52, "Digital Archive: International History Declassified", y(), null,
                    literal("History and Public Policy Program, Woodrow Wilson Center")),
            book("pravda1977", 53, "Pravda", y(1977, 7, 8), null),
            book("chernyshevskii1863", 54, "Chto delat'?", y(1863), null, person("Černyševskij", "N.G.")),
            book("smith2001", 55, "Archives and Memory", y(2001), null, person("Smith", "Anne"), person("Jones", "Bob")),
            book("lenin1967", 56, "Collected Works", y(1967, 1970), null, person("Lenin", "V.I.")),
            Refs.archive("rgaspi", 57, "Rossijskij gosudarstvennyj arhiv social'no-politicheskoy istorii [Russian State Archive of Socio-Political History] (RGASPI).",
                    "Rossijskij gosudarstvennyj arhiv social'no-politicheskoy istorii"),
            Refs.archive("garf", 58, "Gosudarstvennyi arkhiv Rossiiskoi Federatsii (GARF).", "Gosudarstvennyi arkhiv Rossiiskoi Federatsii"));

    private static CheckedNote check(String body) {
        SourceText src = new SourceText("t.md", body + "\n\n## References\n\n- entries\n");
        return new CitationChecker(new BasicArchivalReader()).check(src, new ParsedRecords(LIST, List.of()));
    }

    private static CheckedCitation only(String body) {
        List<CheckedCitation> cs = check(body).citations();
        assertEquals(1, cs.size(), () -> "citations: " + cs);
        return cs.get(0);
    }

    @Test
    void exactAuthorAndYearResolves() {
        CheckedCitation c = only("As shown (Gaiduk 1996, p. 12).");
        assertEquals(CitationStatus.RESOLVED, c.status());
        assertEquals(Optional.of("gaiduk1996"), c.resolvesTo());
        assertEquals(List.of(new Locator("page", "12")), c.locators());
    }

    @Test
    void wrongYearIsUnresolvedWithTheAuthorsOtherYearAsCandidate() {
        CheckedCitation c = only("He accused Moscow (Gaiduk 2010, pp. 8–9).");
        assertEquals(CitationStatus.UNRESOLVED, c.status());
        assertEquals(List.of("gaiduk1996"), c.candidates());
        assertTrue(c.reason().contains("Gaiduk 1996"), c.reason());
    }

    @Test
    void khTransliterationVariantIsFuzzyWithReason() {
        CheckedCitation c = only("His view was communicated (Bukharkin 1998, p. 135).");
        assertEquals(CitationStatus.FUZZY, c.status());
        assertEquals(Optional.of("buharkin1998"), c.resolvesTo());
        assertTrue(c.reason().contains("transliteration"), c.reason());
    }

    @Test
    void scholarlyTransliterationMatchesLibraryOfCongressSpelling() {
        CheckedCitation c = only("The novel (Chernyshevskii 1863) was read.");
        assertEquals(CitationStatus.FUZZY, c.status());
        assertEquals(Optional.of("chernyshevskii1863"), c.resolvesTo());
    }

    @Test
    void diacriticVariantIsFuzzy() {
        CheckedCitation c = only("He travelled (Ognětov 2007).");
        assertEquals(CitationStatus.FUZZY, c.status());
        assertEquals(Optional.of("ognetov2007"), c.resolvesTo());
        assertTrue(c.reason().contains("diacritics"));
    }

    @Test
    void narrativeCitationWithGivenNameInAnotherTransliteration() {
        CheckedCitation c = only("This is treated by the historian Harutyun Ulunyan (2015), who relies on Albanian work.");
        assertEquals(CitationForm.NARRATIVE, c.citation().form());
        assertEquals(CitationStatus.FUZZY, c.status());
        assertEquals(Optional.of("ulunjan2015"), c.resolvesTo());
    }

    @Test
    void literalVietnameseNameAndSecondAuthorInOtherTransliteration() {
        CheckedCitation c = only("It was difficult (Phạm Thị Ngọc Bích and Mosyakov 2005, pp. 51–52).");
        assertEquals(CitationStatus.FUZZY, c.status());
        assertEquals(Optional.of("pham2005"), c.resolvesTo());
        assertEquals(List.of(new Locator("page", "51–52")), c.locators());
    }

    @Test
    void twoAuthorsResolve() {
        assertEquals(Optional.of("smith2001"), only("Shown before (Smith and Jones 2001).").resolvesTo());
        assertEquals(Optional.of("smith2001"), only("Shown before (Smith & Jones 2001).").resolvesTo());
    }

    @Test
    void oneOfTwoAuthorsAloneDoesNotResolve() {
        assertEquals(CitationStatus.UNRESOLVED, only("Shown before (Smith 2001).").status());
    }

    @Test
    void yearRangeWithAbbreviatedEndResolvesToTheRange() {
        CheckedCitation c = only("He wrote (Hoxha 1981–85, t. 2, f. 153).");
        assertEquals(CitationStatus.RESOLVED, c.status());
        assertEquals(Optional.of("hoxha1981ditar"), c.resolvesTo());
        assertEquals(List.of(new Locator("volume", "2"), new Locator("page", "153")), c.locators());
    }

    @Test
    void yearThatMatchesOnlyTheYearsInATitleIsFuzzy() {
        CheckedCitation c = only("Tirana was dissatisfied (Hoxha 1959–84, pp. 160–61).");
        assertEquals(CitationStatus.FUZZY, c.status());
        assertEquals(Optional.of("hoxha1984superpowers"), c.resolvesTo());
        assertTrue(c.reason().startsWith("title years"), c.reason());
        assertEquals(List.of(new Locator("page", "160–161")), c.locators());
    }

    @Test
    void yearInsideAListedRangeIsAFuzzyYearMismatch() {
        CheckedCitation c = only("As Lenin wrote (Lenin 1968, p. 5).");
        assertEquals(CitationStatus.FUZZY, c.status());
        assertEquals(Optional.of("lenin1967"), c.resolvesTo());
        assertTrue(c.reason().startsWith("year mismatch"), c.reason());
    }

    @Test
    void yearSuffixPicksTheEntryAndItsAbsenceIsAmbiguous() {
        assertEquals(Optional.of("konoreva2008b"), only("A letter (Konoreva 2008*b*).").resolvesTo());
        CheckedCitation c = only("A letter (Konoreva 2008).");
        assertEquals(CitationStatus.AMBIGUOUS, c.status());
        assertEquals(List.of("konoreva2008a", "konoreva2008b"), c.candidates());
    }

    @Test
    void titleCitationsResolveByTheTitlesFirstWords() {
        assertEquals(Optional.of("livrenoir1978"), only("It was recalled (*Livre Noir* 1978).").resolvesTo());
        assertEquals(Optional.of("pravda1979"), only("Unification can wait (“Pravda o v’etnamo-kitajskih” 1979).").resolvesTo());
    }

    @Test
    void noDateCitationResolvesToAnUndatedEntry() {
        CheckedCitation c = only("The website (History and Public Policy Program, Woodrow Wilson Center n.d.) helps.");
        assertEquals(CitationStatus.RESOLVED, c.status());
        assertEquals(Optional.of("wilson"), c.resolvesTo());
    }

    @Test
    void newspaperIssueResolvesByTitleAndDate() {
        CheckedCitation c = only("The editorial was presented positively (*Pravda*, 8 July 1977).");
        assertEquals(CitationKind.NEWSPAPER, c.citation().kind());
        assertEquals(Optional.of("pravda1977"), c.resolvesTo());
        CheckedCitation other = only("Another day (*Pravda*, July 9, 1977).");
        assertEquals(CitationStatus.FUZZY, other.status());
    }

    @Test
    void ibidInheritsWorkAndVolumeAndOverridesThePage() {
        List<CheckedCitation> cs = check("He wrote (Hoxha 1981–85, t. 3, f. 82). They were centrists (*ibid.*, f. 827).").citations();
        assertEquals(2, cs.size());
        CheckedCitation ibid = cs.get(1);
        assertEquals(CitationKind.IBID, ibid.citation().kind());
        assertEquals(Optional.of("hoxha1981ditar"), ibid.resolvesTo());
        assertEquals(List.of(new Locator("volume", "3"), new Locator("page", "827")), ibid.locators());
    }

    @Test
    void ibidOfAnUnresolvedCitationStaysUnresolvedWithoutASecondError() {
        CheckedNote n = check("He accused (Gaiduk 2010, p. 8). Again (ibid., p. 9).");
        assertEquals(CitationStatus.UNRESOLVED, n.citations().get(1).status());
        assertEquals(1, n.diagnostics().stream().filter(d -> d.code().equals("citation/unresolved")).count());
    }

    @Test
    void russianIbidFormChainsToo() {
        List<CheckedCitation> cs = check("Он писал (Gaiduk 1996, p. 3). Далее (Там же, с. 12).").citations();
        assertEquals(Optional.of("gaiduk1996"), cs.get(1).resolvesTo());
        assertEquals(List.of(new Locator("page", "12")), cs.get(1).locators());
    }

    @Test
    void ibidAtTheStartHasNoAntecedent() {
        CheckedNote n = check("First words (ibid., p. 4) of a note.");
        assertEquals(CitationStatus.UNRESOLVED, n.citations().get(0).status());
        assertTrue(n.diagnostics().stream().anyMatch(d -> d.code().equals("citation/ibid-without-antecedent") && d.isError()));
    }

    @Test
    void archivalIbidInheritsTheArchive() {
        List<CheckedCitation> cs = check("They said so (RGASPI, f. 495, op. 201, d. 1/2, ll. 135–37). He spoke (ibid., d. 1/3, l. 106).").citations();
        assertEquals(2, cs.size());
        assertEquals(CitationKind.ARCHIVAL, cs.get(0).citation().kind());
        assertEquals(Optional.of("rgaspi"), cs.get(0).resolvesTo());
        assertEquals(Optional.of("rgaspi"), cs.get(1).resolvesTo());
        assertEquals(Optional.of("RGASPI"), cs.get(1).archival().orElseThrow().archive());
    }

    @Test
    void archiveEntryCountsAsCitedWhenAnArchivalCitationNamesIt() {
        CheckedNote n = check("They said so (RGASPI, f. 17, op. 3, d. 1080, l. 55).");
        List<String> uncited = n.diagnostics().stream().filter(d -> d.code().equals("reference/uncited")).map(d -> d.message()).toList();
        assertTrue(uncited.stream().noneMatch(m -> m.contains("rgaspi")), uncited::toString);
        assertTrue(uncited.stream().anyMatch(m -> m.contains("garf")), uncited::toString);
        assertEquals(LIST.size() - 1, n.summary().uncited());
    }

    @Test
    void proseEndsWhereTheReferenceListBeginsEvenUnderAnUnknownHeading() {
        // "Quellen" is not a heading opis knows; the first parsed entry (line 3) ends the prose
        SourceText src = new SourceText("t.md", "Shown (Gaiduk 1996).\nQuellen\n- Gaiduk, I. (1996). *The Soviet Union* (Chicago 1996).\n");
        Reference gaiduk = book("gaiduk1996", 3, "The Soviet Union and the Vietnam War", y(1996), null, person("Gaiduk", "Ilya V."));
        CheckedNote n = new CitationChecker(new BasicArchivalReader()).check(src, new ParsedRecords(List.of(gaiduk), List.of()));
        assertEquals(1, n.citations().size());
    }

    @Test
    void summaryCountsEachStatus() {
        CheckedNote n = check("A (Gaiduk 1996). B (Gaiduk 2010). C (Bukharkin 1998). D (Konoreva 2008). E (RGASPI, f. 17, op. 3, d. 1, l. 5).");
        CheckSummary s = n.summary();
        assertEquals(5, s.citations());
        assertEquals(2, s.resolved());
        assertEquals(1, s.fuzzy());
        assertEquals(1, s.unresolved());
        assertEquals(1, s.ambiguous());
        assertEquals(1, s.archivalValid());
        assertTrue(n.hasErrors());
    }
}
