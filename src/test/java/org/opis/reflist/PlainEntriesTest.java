package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules on entries written without italics or quotes, names in reading order and the imprint in
 * parentheses at the end (a syllabus's shape). Each entry is real (references/betts-war-peace-strategy,
 * nlb-cold-war-guides, sis601-ir-theory); the expected fields are read off the entry.
 */
class PlainEntriesTest {

    private static String names(CSLName[] n) {
        return n == null ? "" : Arrays.stream(n).map(x -> x.getFamily() + ", " + x.getGiven()).collect(Collectors.joining("; "));
    }

    @Test
    void oneNameBeforeTheYearInParenthesesIsThePublisher() {
        CSLItemData d = RuleReader.read("Michael Mann, States, War and Capitalism (Blackwell, 1988).").orElseThrow();
        assertEquals("Mann, Michael", names(d.getAuthor()));
        assertEquals("States, War and Capitalism", d.getTitle());
        assertEquals("Blackwell", d.getPublisher());
        assertNull(d.getPublisherPlace());
        assertEquals(1988, d.getIssued().getDateParts()[0][0]);
    }

    @Test
    void aPlaceAloneBeforeTheYearStaysThePlace() {
        // the same shape with a city of the place dictionary
        CSLItemData d = RuleReader.read("Michael Mann, States, War and Capitalism (Oxford, 1988).").orElseThrow();
        assertEquals("Oxford", d.getPublisherPlace());
        assertNull(d.getPublisher());
    }

    @Test
    void aYearAloneInParenthesesClosesTheTitle() {
        CSLItemData d = RuleReader.read("Kennan, G., Memoirs, 1925-1950 (1967).").orElseThrow();
        assertEquals("Kennan, G.", names(d.getAuthor()));
        assertEquals("Memoirs, 1925-1950", d.getTitle());
        assertEquals(1967, d.getIssued().getDateParts()[0][0]);
    }

    @Test
    void coAuthorsInReadingOrderUpToTheLastAnd() {
        CSLItemData d = RuleReader.read("Ashton B. Carter, William J. Perry, and John D. Steinbruner, A New Concept of Collective Security "
                + "(Brookings Institution, 1992).").orElseThrow();
        assertEquals("Carter, Ashton B.; Perry, William J.; Steinbruner, John D.", names(d.getAuthor()));
        assertEquals("A New Concept of Collective Security", d.getTitle());
        assertEquals("Brookings Institution", d.getPublisher());
    }

    @Test
    void aRoleAfterTheNamesMakesThemEditors() {
        CSLItemData d = RuleReader.read("Richard K. Betts, ed., Cruise Missiles: Technology, Strategy, Politics (Brookings Institution, 1981).").orElseThrow();
        assertNull(d.getAuthor());
        assertEquals("Betts, Richard K.", names(d.getEditor()));
        assertEquals("Cruise Missiles: Technology, Strategy, Politics", d.getTitle());
    }

    @Test
    void apaDateWithTheMonthAndDayAfterTheYear() {
        CSLItemData d = RuleReader.read("Ross, T. B. (1958, July 21). [The missile race](http://eresources.nlb.gov.sg/newspapers/Digitised/Article/"
                + "freepress19580721.2.66.aspx). The Singapore Free Press, p. 13. Retrieved from NewspaperSG.").orElseThrow();
        assertEquals("Ross, T. B.", names(d.getAuthor()));
        assertArrayEquals(new int[]{1958, 7, 21}, d.getIssued().getDateParts()[0]);
    }

    @Test
    void aGivenNameAndInitialThenOneFamilyNameBeforeTheYear() {
        // the quoted title is the article's, not a quotation inside a title after "Oran R."
        CSLItemData d = RuleReader.read("Oran R. Young (1992). \"The Effectiveness of International Institutions: Hard Cases and Critical Variables.\" "
                + "In Rosenau and Czempiel, _Governance without Government_.").orElseThrow();
        assertEquals("Young, Oran R.", names(d.getAuthor()));
        assertEquals("The Effectiveness of International Institutions: Hard Cases and Critical Variables", d.getTitle());
        assertEquals(1992, d.getIssued().getDateParts()[0][0]);
        assertEquals("Governance without Government", d.getContainerTitle());
    }

    @Test
    void frenchAuthorDateWithTheYearBareAfterTheNamesAndASpacedColon() {
        // references/fr-lestage-varela-notes: "Family I., Year, Title, Place : Publisher."
        CSLItemData d = RuleReader.read("Varela F.-J., 1996, Quel savoir pour l’éthique ? Action, sagesse et cognition, Paris : La Découverte.").orElseThrow();
        assertEquals("Varela, F.-J.", names(d.getAuthor()));
        assertEquals(1996, d.getIssued().getDateParts()[0][0]);
        assertEquals("Quel savoir pour l’éthique ? Action, sagesse et cognition", d.getTitle());
        assertEquals("Paris", d.getPublisherPlace());
        assertEquals("La Découverte", d.getPublisher());
    }

    @Test
    void namesGluedToTheTitleByACommaAndACommaImprint() {
        // references/fr-davion-relations-internationales (a PDF's text): "FAMILY Given, FAMILY Given,Title, Place, Publisher, Year, N p."
        CSLItemData d = RuleReader.read("CHANNON J, HUDSON R,Atlas historique de la Russie: puissance et instabilité d’un empire européen, "
                + "asiatique et arctique, Paris, Autrement, 1995, 144 p.").orElseThrow();
        assertEquals("CHANNON, J; HUDSON, R", names(d.getAuthor()));
        assertEquals("Atlas historique de la Russie: puissance et instabilité d’un empire européen, asiatique et arctique", d.getTitle());
        assertEquals("Paris", d.getPublisherPlace());
        assertEquals("Autrement", d.getPublisher());
        assertEquals(1995, d.getIssued().getDateParts()[0][0]);
        CSLItemData two = RuleReader.read("BONIFACE Pascal et VÉDRINE Hubert,Atlas du monde global, Armand Colin, 2015").orElseThrow();
        assertEquals("BONIFACE, Pascal; VÉDRINE, Hubert", names(two.getAuthor()));
        assertEquals("Atlas du monde global", two.getTitle());
        // in that run of commas a lone name that is no place is the publisher
        assertEquals("Armand Colin", two.getPublisher());
        assertNull(two.getPublisherPlace());
    }

    @Test
    void aLoneTownAfterAFullStopStaysThePlace() {
        // the bundled note's shape (references/selivanov-2017): "*Title*. Kursk, 2016." — Kursk is in no dictionary
        CSLItemData d = RuleReader.read("Konoreva, I.A., and Igor N. Selivanov. *Dokumental'naja istorija sovetsko-v'etnamskih otnoshenij. "
                + "1945–1955*. Kursk, 2016.").orElseThrow();
        assertEquals("Kursk", d.getPublisherPlace());
        assertNull(d.getPublisher());
    }

    @Test
    void aParticleAfterTheGivenNamesEndsAnInvertedName() {
        // references/br-ufabc-bibliografias (ABNT): the rules read the whole of "COSTA, Wanderley Messias da. Geografia …" as title
        CSLItemData d = RuleReader.read("COSTA, Wanderley Messias da. Geografia Política e Geopolítica: Discursos sobre o Território e o Poder. "
                + "São Paulo: Edusp, 1992.").orElseThrow();
        assertEquals("COSTA", d.getAuthor()[0].getFamily());
        assertEquals("Geografia Política e Geopolítica: Discursos sobre o Território e o Poder", d.getTitle());
        assertEquals("Edusp", d.getPublisher());
    }

    @Test
    void aTranslatorNamedAfterTheTitleIsTakenOutOfIt() {
        // references/betts-war-peace-strategy (TitleRoles)
        CSLItemData d = RuleReader.read("Franco Fornari, The Psychoanalysis of War, Alenka Pfeifer, trans. (Indiana University Press, 1966).").orElseThrow();
        assertEquals("The Psychoanalysis of War", d.getTitle());
        assertEquals("Pfeifer", d.getTranslator()[0].getFamily());
        assertEquals("Alenka", d.getTranslator()[0].getGiven());
        assertEquals("Fornari", d.getAuthor()[0].getFamily());
        // a title whose last part is not names before the marker keeps it
        CSLItemData e = RuleReader.read("Richard K. Betts, ed., Cruise Missiles: Technology, Strategy, Politics (Brookings Institution, 1981).").orElseThrow();
        assertEquals("Cruise Missiles: Technology, Strategy, Politics", e.getTitle());
    }

    @Test
    void aWebCitationsPlainSiteNameIsItsPublisher() {
        // references/wikipedia-history-of-cuba (cite web; WebSiteNames): "Al Jazeera" was left in the note
        CSLItemData d = RuleReader.read("\"Cuba receives first US shipment in 50 years\". Al Jazeera. 14 July 2012. Archived from the original on "
                + "16 July 2012. Retrieved 16 July 2012.").orElseThrow();
        assertEquals("Al Jazeera", d.getPublisher());
        assertEquals("Cuba receives first US shipment in 50 years", d.getTitle());
        // a leftover that is not a short name stays in the note
        CSLItemData e = RuleReader.read("\"Crucible of Empire\". a site about the war, by the network. Retrieved 15 December 2007.").orElseThrow();
        assertEquals(null, e.getPublisher());
    }

    @Test
    void editorsWrittenBeforeAPlainBookTitleAfterIn() {
        // references/eccles-russian-schools: the rules read the editors as the book and the book as editors
        CSLItemData d = RuleReader.read("Arutinunyan, Marina and Olga Zdravomyslova. 1997. \"Russian Parents: Redefining Gender Identity in Times "
                + "of Crisis.\" In Ulla Bjornberg and Jurgen Sass, eds. Families with Small Children in Eastern and Western Europe. Aldershot: Ashgate.")
                .orElseThrow();
        assertEquals("Families with Small Children in Eastern and Western Europe", d.getContainerTitle());
        assertEquals(2, d.getEditor().length);
        assertEquals("Bjornberg", d.getEditor()[0].getFamily());
        assertEquals("Sass", d.getEditor()[1].getFamily());
        assertEquals("Ashgate", d.getPublisher());
    }

    @Test
    void aCatalogueImprintWithBracketedPlaceAndCopyrightYear() {
        // references/berkeley-asia-reference-sources (ISBD: "Place : Publisher, Year", [place] and c-year as catalogues write them)
        CSLItemData d = RuleReader.read("**Asia Today : an Atlas of Reproducible Pages**. Scales differ. Wellesley, Mass. : World Eagle, c1988.")
                .orElseThrow();
        assertEquals("Wellesley, Mass.", d.getPublisherPlace());
        assertEquals("World Eagle", d.getPublisher());
        assertEquals(1988, d.getIssued().getDateParts()[0][0]);
        CSLItemData e = RuleReader.read("**ASEAN Directory of Demography and Family Planning Research and Training Institutions.** Chen Ai Ju, "
                + "Regional Project Director. [Kuala Lumpur] : ASEAN Population Coordination Unit, [1983]").orElseThrow();
        assertEquals("Kuala Lumpur", e.getPublisherPlace());
        assertEquals("ASEAN Population Coordination Unit", e.getPublisher());
        assertEquals(1983, e.getIssued().getDateParts()[0][0]);
    }

    @Test
    void whereTheCopyWasRetrievedFromIsNoPlace() {
        // references/nlb-cold-war-guides: "Retrieved from NewspaperSG." was read as the place of publication
        CSLItemData d = RuleReader.read("[Marx, Lenin and Stalin: Soviet survey](http://eresources.nlb.gov.sg/newspapers/Digitised/Article/"
                + "straitstimes19480714.2.62.aspx). (1948, July 14). The Straits Times, p. 6. Retrieved from NewspaperSG.").orElseThrow();
        assertNull(d.getPublisherPlace());
        assertTrue(d.getNote().contains("Retrieved from NewspaperSG"), d.getNote());
    }

    @Test
    void vietnamesePublisherWordAndAPeriodicalsLabel() {
        // references/pham-xanh-vietnamese-notes: "Nxb." (nhà xuất bản) opens the publisher, Hà Nội is the place
        CSLItemData d = RuleReader.read("Hồ Chí Minh: *Toàn tập, *Nxb. Sự thật, Hà Nội, 1980, t.1, tr.493-494.").orElseThrow();
        assertEquals("Nxb. Sự thật", d.getPublisher());
        assertEquals("Hà Nội", d.getPublisherPlace());
        // "Tạp chí" (journal) names the kind of periodical: the name after it is the container, the word no author
        CSLItemData j = RuleReader.read("Tạp chí *La Revue Communiste, *số 14, 4-1921, tr.205.").orElseThrow();
        assertNull(j.getAuthor());
        assertEquals("La Revue Communiste", j.getContainerTitle());
        assertNull(j.getTitle());
    }

    @Test
    void aPublishersNameWithCommasInTheParentheses() {
        // references/betts-war-peace-strategy: "Little, Brown" was read as the place
        CSLItemData d = RuleReader.read("Guy Chapman, A Passionate Prodigality (Holt, Rinehart and Winston, 1933).").orElseThrow();
        assertEquals("Holt, Rinehart and Winston", d.getPublisher());
        assertNull(d.getPublisherPlace());
        CSLItemData e = RuleReader.read("Erich Maria Remarque, All Quiet on the Western Front, A.W. Wheen, trans. (Little, Brown, 1929).").orElseThrow();
        assertEquals("Little, Brown", e.getPublisher());
        // a place and a publisher stay apart
        CSLItemData f = RuleReader.read("Michael Howard, War in European History (Oxford, Oxford University Press, 1976).").orElseThrow();
        assertEquals("Oxford", f.getPublisherPlace());
    }

    @Test
    void aGivenNameAndInitialBeforeTheFamilyWhenTheTitleHasAShortWord() {
        // references/betts-war-peace-strategy: "Kenneth N. Waltz" was read as family Kenneth, given N. (as GOST's Ivanov I.)
        CSLItemData d = RuleReader.read("Kenneth N. Waltz, Theory of International Politics (Addison-Wesley, 1979).").orElseThrow();
        assertEquals("Waltz", d.getAuthor()[0].getFamily());
        assertEquals("Kenneth N.", d.getAuthor()[0].getGiven());
        assertEquals("Theory of International Politics", d.getTitle());
    }
}
