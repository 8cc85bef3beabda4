package org.opis.cite;

import org.junit.jupiter.api.Test;
import org.opis.model.ParsedRecords;
import org.opis.model.Reference;
import org.opis.text.SourceText;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opis.cite.Refs.book;
import static org.opis.cite.Refs.person;
import static org.opis.cite.Refs.y;

/**
 * Notes that are citations — footnote and endnote forms of the notes-bibliography style, short
 * author-date notes, ibid., archival notes — and author-page citations. Inputs are my own, not
 * taken from the bundled or the real notes.
 */
class NoteCitationsTest {

    private static final Set<String> NAMES = Set.of("Kotkin", "Fitzpatrick", "Mogilnitsky", "Viola", "Zubkova");

    private static List<InTextCitation> scan(String text) {
        return new CitationScanner(new BasicArchivalReader(), n -> NAMES.stream().anyMatch(n::contains))
                .scan(new SourceText("t.md", text));
    }

    private static InTextCitation one(String text) {
        List<InTextCitation> cs = scan(text);
        assertEquals(1, cs.size(), () -> "citations: " + cs);
        return cs.get(0);
    }

    // ------------------------------------------------------------ full notes

    @Test
    void fullNoteOfABookGivesAuthorTitleYearAndPageAndItsImprintIsNotASecondCitation() {
        InTextCitation c = one("Text.[^1]\n\n[^1]: Stephen Kotkin, *Magnetic Mountain: Stalinism as a Civilization* "
                + "(Berkeley: University of California Press, 1995), 45.\n");
        assertEquals(CitationKind.BIBLIOGRAPHIC, c.kind());
        assertEquals("Stephen Kotkin", c.who());
        assertEquals(Optional.of("Magnetic Mountain: Stalinism as a Civilization"), c.title());
        assertEquals(1995, c.year().orElseThrow().start());
        assertEquals(List.of(new Locator("page", "45")), c.locators());
        assertEquals(CitationForm.PARENTHETICAL, c.form());
    }

    @Test
    void fullNoteOfAnArticleTakesTheYearFromTheParenthesisAfterTheJournal() {
        InTextCitation c = one("[^4]: Sheila Fitzpatrick, “Ascribing Class: The Construction of Social Identity in Soviet "
                + "Russia,” *Journal of Modern History* 65, no. 4 (1993): 745–70.\n");
        assertEquals("Sheila Fitzpatrick", c.who());
        assertEquals(Optional.of("Ascribing Class: The Construction of Social Identity in Soviet Russia"), c.title());
        assertEquals(1993, c.year().orElseThrow().start());
        assertEquals(List.of(new Locator("page", "745–770")), c.locators());
    }

    @Test
    void editorsBetweenNamesAndTitleAndAVolumeColonPagePinpoint() {
        InTextCitation c = one("[^7]: A. B. Bezborodov and V. M. Khrustalev, eds., *Istoriia stalinskogo Gulaga* (Moscow, 2004), 4:109.\n");
        assertEquals("A. B. Bezborodov and V. M. Khrustalev", c.who());
        assertEquals(2004, c.year().orElseThrow().start());
        assertEquals(List.of(new Locator("volume", "4"), new Locator("page", "109")), c.locators());
    }

    @Test
    void aTitleFirstFullNoteIsCitedByItsTitle() {
        InTextCitation c = one("[^2]: “Pravda o v’etnamo-kitajskih otnoshenijah,” *Kommunist*, no. 5 (1979): 12–20.\n");
        assertTrue(c.byTitle());
        assertEquals("Pravda o v’etnamo-kitajskih otnoshenijah", c.who());
        assertEquals(1979, c.year().orElseThrow().start());
    }

    // ------------------------------------------------------------ short notes, ibid.

    @Test
    void shortNoteHasAuthorAndTitleButNoYear() {
        InTextCitation c = one("[^3]: Kotkin, *Magnetic Mountain*, 72–74.\n");
        assertEquals("Kotkin", c.who());
        assertEquals(Optional.of("Magnetic Mountain"), c.title());
        assertTrue(c.year().isEmpty());
        assertEquals(List.of(new Locator("page", "72–74")), c.locators());
    }

    @Test
    void shortNoteWithTheCommaInsideTheQuotationMarks() {
        InTextCitation c = one("[^5]: Fitzpatrick, “Ascribing Class,” 750.\n");
        assertEquals(Optional.of("Ascribing Class"), c.title());
        assertEquals(List.of(new Locator("page", "750")), c.locators());
    }

    @Test
    void severalCitationsInOneNoteShareItsGroupAndALeadWordIsDropped() {
        List<InTextCitation> cs = scan("[^9]: Kotkin, *Magnetic Mountain*, 45; see also Zubkova, *Russia after the War*, 102–3.\n");
        assertEquals(2, cs.size());
        assertEquals("Zubkova", cs.get(1).who());
        assertEquals(cs.get(0).group(), cs.get(1).group());
        assertEquals(List.of(new Locator("page", "102–103")), cs.get(1).locators());
    }

    @Test
    void aNoteGoesOnAfterAFullStopWithASecondCitationButNotWithCommentary() {
        List<InTextCitation> cs = scan("[^8]: Lynne Viola, *Peasant Rebels under Stalin* (New York: Oxford University Press, 1996), 3. "
                + "Viola, *The Unknown Gulag*, 12. This is discussed at length below (Kotkin 1995).\n");
        assertEquals(List.of("Lynne Viola", "Viola", "Kotkin"), cs.stream().map(InTextCitation::who).toList());
    }

    @Test
    void ibidInANoteWithAndWithoutPages() {
        List<InTextCitation> cs = scan("### Notes\n\n1. Kotkin, *Magnetic Mountain*, 45.\n2. Ibid., 47–48.\n3. Ibid.\n4. Idem.\n");
        assertEquals(List.of(CitationKind.BIBLIOGRAPHIC, CitationKind.IBID, CitationKind.IBID, CitationKind.IBID),
                cs.stream().map(InTextCitation::kind).toList());
        assertEquals(List.of(new Locator("page", "47–48")), cs.get(1).locators());
        assertTrue(cs.get(2).locators().isEmpty());
        assertTrue(cs.stream().allMatch(InTextCitation::inNotes));
    }

    @Test
    void aSupNumberOpeningALineOfTheNotesOpensANoteButInTheBodyItIsOnlyDropped() {
        List<InTextCitation> cs = scan("Text.<sup>1</sup> More text.<sup>2</sup>\n\n### Notes\n\n"
                + "<sup>1</sup> Kotkin, *Magnetic Mountain*, 45.\n<sup>2</sup> Ibid., 46.\n");
        assertEquals(List.of(CitationKind.BIBLIOGRAPHIC, CitationKind.IBID), cs.stream().map(InTextCitation::kind).toList());
        assertEquals(List.of(new Locator("page", "46")), cs.get(1).locators());
        assertEquals("Kotkin, Magnetic Mountain, 45", cs.get(0).text());
    }

    @Test
    void aNoteNamingOnlyAnAuthorOfTheListAndAPageOnANote() {
        List<InTextCitation> cs = scan("### Notes\n\n1. Viola & Zubkova.\n2. Kotkin 1995, p. 441 n. 3.\n3. Ivanov & Petrov.\n");
        assertEquals(List.of("Viola & Zubkova", "Kotkin 1995, p. 441 n. 3"), cs.stream().map(InTextCitation::text).toList());
        assertEquals(List.of(new Locator("page", "441"), new Locator("note", "3")), cs.get(1).locators());
    }

    @Test
    void archivalNoteWithoutParentheses() {
        InTextCitation c = one("[^6]: RGASPI, f. 17, op. 3, d. 1080, l. 55.\n");
        assertEquals(CitationKind.ARCHIVAL, c.kind());
    }

    @Test
    void authorDateNoteOfAnEncyclopediaWithBacklinkResidue() {
        List<InTextCitation> cs = scan("Body.[12]\n\n## References\n\n  12. ^ _**a**_ _**b**_ Viola 2007, pp. 221–222.\n"
                + "  13. **^** Zubkova 1998.\n\n## Sources\n\n* Viola, Lynne (2007). _The Unknown Gulag_.\n");
        assertEquals(List.of("Viola 2007, pp. 221–222", "Zubkova 1998"), cs.stream().map(InTextCitation::text).toList());
        assertTrue(cs.get(0).inNotes());
    }

    @Test
    void aWholeReferenceInANoteCitesByFamilyNameAndYear() {
        List<InTextCitation> cs = scan("### Notes\n\n1. Viola, Lynne (2007). _The Unknown Gulag_. Oxford University Press. p. 12.\n"
                + "2. Zubkova, Elena, ed. (12 May 1998). \"Russia after the War\". _Slavic Review_.\n");
        assertEquals(List.of("Viola", "Zubkova"), cs.stream().map(InTextCitation::who).toList());
        assertEquals(List.of(2007, 1998), cs.stream().map(c -> c.year().orElseThrow().start()).toList());
    }

    @Test
    void notesThatAreProseAreNotCitations() {
        List<InTextCitation> cs = scan("### Notes\n\n1. In 1962 he travelled to Moscow with the delegation.\n"
                + "2. The Albanian delegation, led by Kapo, refused to sign.\n3. As Kotkin put it, the city was a laboratory.\n");
        assertEquals(List.of(), cs);
    }

    // ------------------------------------------------------------ imprints and author-page citations

    @Test
    void aRangeOfMonthsWithAYearIsADateNotACitation() {
        assertEquals(List.of(), scan("The crisis (October–November 1962) and the talks (May/June 1968) ended.\n"));
    }

    @Test
    void placeAndYearInParenthesesIsAnImprintNotACitation() {
        assertEquals(List.of(), scan("Her memoir (Moscow, 1989) was reprinted (London, 1995).\n"));
        assertEquals(List.of("Fitzpatrick, 1999"), scan("As argued (Fitzpatrick, 1999).\n").stream().map(InTextCitation::text).toList());
    }

    @Test
    void authorPageCitationNeedsANameOfTheListAndNothingButPages() {
        assertEquals(List.of("Mogilnitsky, pg 414", "Kotkin 72"),
                scan("As shown (Mogilnitsky, pg 414) and (Kotkin 72).\n").stream().map(InTextCitation::text).toList());
        assertEquals(List.of(), scan("The party (CPSU) and the writer (Gorky, a friend) and (Ivanov, pg 3).\n"));
    }

    // ------------------------------------------------------------ resolving

    private static final List<Reference> LIST = List.of(
            book("kotkin1995", 40, "Magnetic Mountain: Stalinism as a Civilization", y(1995), null, person("Kotkin", "Stephen")),
            book("kotkin2014", 41, "Stalin: Paradoxes of Power, 1878–1928", y(2014), null, person("Kotkin", "Stephen")),
            book("mogilnitsky1992", 42, "Non-Marxist Historiography of Today", y(1992), null, person("Mogilnitsky", "B. G.")),
            book("milestones", 43, "Milestones: 1945–1952 – Office of the Historian", y(), null));

    private static List<CheckedCitation> check(String text) {
        SourceText src = new SourceText("t.md", text + "\n\n## Bibliography\n\n- entries\n");
        return new CitationChecker(new BasicArchivalReader()).check(src, new ParsedRecords(LIST, List.of())).citations();
    }

    @Test
    void shortNoteResolvesByAuthorAndTheFirstWordsOfTheTitle() {
        List<CheckedCitation> cs = check("[^1]: Kotkin, *Magnetic Mountain*, 45.\n[^2]: Kotkin, *Stalin*, 12.\n[^3]: Ibid., 14.\n");
        assertEquals(List.of("kotkin1995", "kotkin2014", "kotkin2014"), cs.stream().map(c -> c.resolvesTo().orElse("-")).toList());
        assertEquals(List.of(new Locator("page", "14")), cs.get(2).locators());
    }

    @Test
    void shortNoteWithKeyWordsOfTheTitleResolvesAndAnUnknownTitleNamesTheAuthorsWorks() {
        List<CheckedCitation> cs = check("[^1]: Kotkin, *Paradoxes of Power*, 45.\n\n[^2]: Kotkin, *Armageddon Averted*, 3.\n");
        assertEquals(Optional.of("kotkin2014"), cs.get(0).resolvesTo());
        assertEquals(CitationStatus.UNRESOLVED, cs.get(1).status());
        assertEquals(List.of("kotkin1995", "kotkin2014"), cs.get(1).candidates());
    }

    @Test
    void fullNoteWithGivenNameFirstResolvesByAuthorAndYear() {
        CheckedCitation c = check("[^1]: Stephen Kotkin, *Magnetic Mountain* (Berkeley: University of California Press, 1995), 45.\n").get(0);
        assertEquals(CitationStatus.RESOLVED, c.status());
        assertEquals(Optional.of("kotkin1995"), c.resolvesTo());
    }

    @Test
    void authorPageResolvesWhenTheAuthorHasOneWorkAndIsAmbiguousOtherwise() {
        List<CheckedCitation> cs = check("One (Mogilnitsky, pg 414). Two (Kotkin 72).\n");
        assertEquals(Optional.of("mogilnitsky1992"), cs.get(0).resolvesTo());
        assertEquals(CitationStatus.AMBIGUOUS, cs.get(1).status());
        assertEquals(List.of("kotkin1995", "kotkin2014"), cs.get(1).candidates());
    }

    @Test
    void aShortNoteOfAWorkMissingFromTheListPointsToItsFullNote() {
        List<CheckedCitation> cs = check("[^1]: Lynne Viola, *Peasant Rebels under Stalin* (New York: Oxford University Press, 1996), 3.\n"
                + "[^2]: Viola, *Peasant Rebels*, 12.\n");
        assertEquals(CitationStatus.UNRESOLVED, cs.get(1).status());
        assertTrue(cs.get(1).reason().contains("the full note at line 1"), cs.get(1).reason());
    }

    @Test
    void aNoteHoldingOnlyTheTitleOfAnUndatedEntryCitesIt() {
        CheckedCitation c = check("### Notes\n\n1. Milestones: 1945–1952.\n").get(0);
        assertEquals(CitationStatus.RESOLVED, c.status());
        assertEquals(Optional.of("milestones"), c.resolvesTo());
    }
}
