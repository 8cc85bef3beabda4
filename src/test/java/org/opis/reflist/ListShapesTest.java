package org.opis.reflist;

import org.opis.model.CslRecords;
import de.undercouch.citeproc.csl.CSLItemData;
import org.opis.model.ParsedRecords;
import org.opis.text.Markup;
import org.opis.text.SourceText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shapes met in real lists (Chicago with Markdown residue, GOST, APA/Wikipedia), each on an
 * entry written for this test, not taken from the bundled lists.
 */
class ListShapesTest {

    private static CSLItemData one(String entry) {
        ParsedRecords r = ReferenceListParser.parse(new SourceText("t.md", "## References\n\n" + entry + "\n"));
        assertEquals(1, r.references().size(), entry);
        return CslRecords.csl(r.references().get(0));
    }

    private static ParsedRecords list(String text) {
        return ReferenceListParser.parse(new SourceText("t.md", "## References\n\n" + text));
    }

    @Test
    void normalizeInlineKeepsLengthAndTurnsUnderscoresIntoStars() {
        String s = "Smith, J. _Title_. \\(2001\\) a_b http://x.org/a_b_c ______.";
        String n = Markup.normalizeInline(s);
        assertEquals(s.length(), n.length());
        assertEquals("Smith, J. *Title*. (2001)   a_b http://x.org/a_b_c ______.", n);
    }

    @Test
    void anAddressInEscapedAngleBracketsEndsBeforeTheBackslash() {
        // pandoc writes a literal <https://…> as \<https://…\> (references/de-ki-agile-kurzbelege, line 158): the
        // address is https://scrumguides.org, as the same note read from Word gives it; it was https://scrumguides.org\
        String s = "Schwaber, Ken (2020): Der Scrum Guide, \\<https://scrumguides.org\\> [Zugriff 2026-07-26]";
        assertEquals("Schwaber, Ken (2020): Der Scrum Guide, <https://scrumguides.org>   [Zugriff 2026-07-26]", Markup.normalizeInline(s));
        CSLItemData c = one("Schwaber, Ken, Sutherland, Jeff. 2020. *Der Scrum Guide*. \\<https://scrumguides.org\\> [Zugriff 2026-07-26]");
        assertEquals("https://scrumguides.org", c.getURL());
    }

    @Test
    void yearsClosingATitleAreTheTitlesWhenTheImprintHasItsYear() {
        // references/massenberg-cascina-footnotes, line 144: the 58-list tagger read "(1450-1620)" as the date
        CSLItemData c = one("Müller, Jan Dirk, Pfisterer, Ulrich, Vorrede, in:  Dies./Bleuler, Anna Kathrin/Jonietz, Fabian (Hrsg.), "
                + "Aemulatio. Kulturen des Wettstreits in Text und Bild (1450-1620) (=Pluralisierung & Autorität, Bd. 27), Berlin/Boston 2011, S. 1-32.");
        assertEquals(1, c.getIssued().getDateParts().length);
        assertEquals(2011, c.getIssued().getDateParts()[0][0]);
        // the volume's title is the container; the rules read the whole entry as a title here, and where they do the
        // tagger's container is right 12 times in 28 over the 69 lists (round 18), so the round-18 chooser leaves it to the
        // note: the text must at least be kept. Round 20's 89-list model reads "Aemulatio." apart from the rest of the
        // volume's title (kept in the note, the rest as the title): a regression of this entry, not mended this round; the
        // words are still all in the record
        String all = c.getContainerTitle() + " | " + c.getTitle() + " | " + c.getNote();
        assertTrue(all.contains("Aemulatio") && all.contains("Kulturen des Wettstreits in Text und Bild (1450-1620"), all);
        assertEquals("Berlin/Boston", c.getPublisherPlace());
    }

    @Test
    void markdownEscapesKeepWordsWhole() {
        // pandoc's Markdown escapes a period after a year and a # in an address (references/de-nnse-raum-author-date,
        // line 66): before, the escape became a space, the address ended at ".html" and "#Herman2005" gave the year 2005
        CSLItemData c = one("- Ryan, Marie-Laure. 2014\\. „Space“. In *the living handbook of narratology*. Hamburg: Hamburg University. "
                + "https://www-archiv.fdm.uni-hamburg.de/lhn/node/55.html\\#Herman2005.");
        assertEquals("https://www-archiv.fdm.uni-hamburg.de/lhn/node/55.html#Herman2005", c.getURL());
        assertEquals(2014, c.getIssued().getDateParts()[0][0]);
        assertEquals("Space", c.getTitle());
    }

    @Test
    void underscoreItalicsReadLikeStars() {
        CSLItemData c = one("Petrov, Ivan. _Istoriia Albanii_. Moscow: Nauka, 1992.");
        assertEquals("Istoriia Albanii", c.getTitle());
        assertEquals("Moscow", c.getPublisherPlace());
        assertEquals("Nauka", c.getPublisher());
    }

    @Test
    void markdownEscapedParenthesesAroundTheYear() {
        CSLItemData c = one("Doe, Jane. “Border Talks.” *Cold War History*, 7:2 \\(2007\\), 101-19.");
        assertEquals("7", c.getVolume());
        assertEquals("2", c.getIssue());
        assertEquals("101-19", c.getPage());
        assertArrayEquals(new int[][]{{2007}}, c.getIssued().getDateParts());
        assertNull(c.getNote());
    }

    @Test
    void etAlAndJuniorAreNotNames() {
        CSLItemData c = one("Brown, Paul, Jr. *Soviet Aid*. Ed. Mary Green et al. London: Longman, 1979.");
        assertEquals(1, c.getAuthor().length);
        assertEquals("Jr.", c.getAuthor()[0].getSuffix());
        assertEquals(1, c.getEditor().length);
        assertEquals("Green", c.getEditor()[0].getFamily());
    }

    @Test
    void dittoAfterAnEditorRepeatsTheNameNotTheRole() {
        ParsedRecords r = list("White, Anne, ed. *Essays on Tirana*. Boston: Beacon, 1990.\n\n———. *Tirana Diaries*. Boston: Beacon, 1994.\n\n———, ed. *More Essays*. Boston: Beacon, 1998.\n");
        CSLItemData second = CslRecords.csl(r.references().get(1));
        assertEquals("White", second.getAuthor()[0].getFamily());
        assertNull(second.getEditor());
        CSLItemData third = CslRecords.csl(r.references().get(2));
        assertNull(third.getAuthor());
        assertEquals("White", third.getEditor()[0].getFamily());
        assertEquals("More Essays", third.getTitle());
    }

    @Test
    void translatedAndEditedByOnePerson() {
        CSLItemData c = one("Ivanov, Petr. *Memoirs*. Trans. and ed. Carl Berg. Chicago: Quadrangle, 1970.");
        assertEquals("Berg", c.getTranslator()[0].getFamily());
        assertEquals("Berg", c.getEditor()[0].getFamily());
        assertEquals(1, c.getTranslator().length);
    }

    @Test
    void gostPublicationAreaWithSpacedColonAndStopsInThePublisher() {
        CSLItemData c = one("Смирнов А. Б. Советский Союз и Вьетнам. 1950–1975 гг. М. : Изд-во Моск. ун-та, 2005.");
        assertEquals("Смирнов", c.getAuthor()[0].getFamily());
        assertEquals("Советский Союз и Вьетнам. 1950–1975 гг.", c.getTitle());
        assertEquals("М.", c.getPublisherPlace());
        assertEquals("Изд-во Моск. ун-та", c.getPublisher());
        assertArrayEquals(new int[][]{{2005}}, c.getIssued().getDateParts());
        assertEquals("ru", c.getLanguage());
    }

    @Test
    void gostEditorVolumeAndEdition() {
        CSLItemData c = one("История Албании. Т. 2 (1912–1944). 3-е изд. / под ред. В. П. Орлова. М. : Наука, 1984.");
        assertEquals("История Албании", c.getTitle());
        assertEquals("2", c.getVolume());
        assertEquals("3", c.getEdition());
        assertEquals("Орлова", c.getEditor()[0].getFamily());
        assertEquals("1912–1944", c.getNote());
        assertEquals("Наука", c.getPublisher());
        CSLItemData dashes = one("Орлов В. П. Албания и СССР / В. П. Орлов. — 2-е изд. — М. : Наука, 1990. — 320 с.");
        assertEquals("Албания и СССР", dashes.getTitle());
        assertEquals("2", dashes.getEdition());
        assertEquals("М.", dashes.getPublisherPlace());
        assertEquals("320", dashes.getNumberOfPages());
    }

    @Test
    void quotedWordsInsideAGostTitleDoNotMakeAnArticle() {
        CSLItemData c = one("Орлов В. П. Албания и «оттепель» Хрущева. М. : Наука, 1994.");
        assertEquals("Албания и «оттепель» Хрущева", c.getTitle());
        assertNull(c.getContainerTitle());
        assertEquals("book", c.getType().toString());
    }

    @Test
    void chapterInABookWrittenByItsOwnAuthor() {
        CSLItemData c = one("Kay, Tom. “Preface.” In *Collected Letters*, by V. I. Lenin, 1–9. London: Verso, 2001.");
        assertEquals("chapter", c.getType().toString());
        assertEquals("Collected Letters", c.getContainerTitle());
        assertEquals("Lenin", c.getContainerAuthor()[0].getFamily());
        assertEquals("V. I.", c.getContainerAuthor()[0].getGiven());
        assertEquals("1–9", c.getPage());
    }

    @Test
    void seasonDateAndForthcomingStatus() {
        CSLItemData spring = one("Lee, Ann. “Hanoi Talks,” *Diplomatic History*, 12 (Winter 1988), 1-20.");
        assertEquals("12", spring.getVolume());
        assertArrayEquals(new int[][]{{1988, 24}}, spring.getIssued().getDateParts());
        assertNull(spring.getPublisherPlace());
        CSLItemData later = one("Lee, Ann. *Hanoi and Moscow*. Forthcoming.");
        assertEquals("Forthcoming", later.getStatus());
    }

    @Test
    void apaYearAfterTheNamesAndNoFinalStop() {
        CSLItemData c = one("Pano, Nicholas C., ed. (1968). The People's Republic of Albania. Baltimore: Johns Hopkins Press");
        assertEquals("Pano", c.getEditor()[0].getFamily());
        assertArrayEquals(new int[][]{{1968}}, c.getIssued().getDateParts());
        assertEquals("The People's Republic of Albania", c.getTitle());
        assertEquals("Baltimore", c.getPublisherPlace());
        assertEquals("Johns Hopkins Press", c.getPublisher());
    }

    @Test
    void avtoreferatAtTheEndOfTheTitleMakesAThesis() {
        CSLItemData c = one("Kuznetsov, Oleg. “Sovetsko-albanskie otnosheniia. Avtoreferat.” Moskovskii gosudarstvennyi universitet, 1999.");
        assertEquals("thesis", c.getType().toString());
        assertEquals("Sovetsko-albanskie otnosheniia", c.getTitle());
        assertEquals("Avtoreferat", c.getGenre());
        assertTrue(c.getPublisher().startsWith("Moskovskii"));
    }

    @Test
    void gostDissertationWithDegreeAfterTheColon() {
        CSLItemData c = one("Сидоров П. Р. Советско-албанские отношения в 1950-е гг. : дис. ... канд. ист. наук : 07.00.03. Тирана, 2001. 210 с.");
        assertEquals("thesis", c.getType().toString());
        assertEquals("Советско-албанские отношения в 1950-е гг.", c.getTitle());
        assertEquals("дис. ... канд. ист. наук", c.getGenre());
        assertEquals("Тирана", c.getPublisherPlace());
        assertEquals("210", c.getNumberOfPages());
    }

    @Test
    void gostArticleInAnEnglishJournalWithCapitalP() {
        CSLItemData c = one("Brown, K. Moscow and Tirana // Cold War History. 2011. Vol. 11, no. 3. P. 401–420.");
        assertEquals("article-journal", c.getType().toString());
        assertEquals("Cold War History", c.getContainerTitle());
        assertEquals("11", c.getVolume());
        assertEquals("3", c.getIssue());
        assertEquals("401–420", c.getPage());
        assertNull(c.getNote());
    }

    @Test
    void statedLanguageAndLowerCaseRemarkInParentheses() {
        CSLItemData ru = one("Orlova, Anna. *Albaniia i SSSR*. Moscow: Nauka, 1989. (In Russian)");
        assertEquals("ru", ru.getLanguage());
        assertEquals("Nauka", ru.getPublisher());
        assertNull(ru.getNote());
        ParsedRecords r = list("Hill, Tom. *Albanian Tales* (with an introduction by Ann Marsh). London: Penguin, 1975.\n");
        CSLItemData c = CslRecords.csl(r.references().get(0));
        assertEquals("Albanian Tales", c.getTitle());
        assertEquals("with an introduction by Ann Marsh", c.getNote());
        assertTrue(r.references().get(0).defects().isEmpty());
    }

    @Test
    void quotedTitleLosesItsFullStopButNotAnAbbreviation() {
        assertEquals("Soviet Policy and the Vietnam War",
                one("Gray, Ian. “Soviet Policy and the Vietnam War.” *History* 81, no. 2 (1996): 40–54.").getTitle());
        assertEquals("Moscow and the U.S.",
                one("Gray, Ian. “Moscow and the U.S.” *History* 82, no. 1 (1997): 1–20.").getTitle());
    }

    @Test
    void transliteratedReferencesSectionOfARussianJournal() {
        ParsedRecords r = list("1. Petrova A.V. *Sovetskaia pomoshch' Albanii* [Soviet Aid to Albania]. Moscow, Nauka Publ., 2001. 312 p. (In Russian)\n"
                + "2. Ivanov P.P. Albaniia i SEV [Albania and the CMEA]. *Slavianovedenie* [Slavic Studies], 2010, no. 4, pp. 33–47. (In Russian)\n"
                + "3. Orlov K.S. Tirana i Moskva. *Novaia i noveishaia istoriia*, 1999, vol. 5, no. 2, pp. 5–19.\n");
        CSLItemData book = CslRecords.csl(r.references().get(0));
        assertEquals("Sovetskaia pomoshch' Albanii", book.getTitle());
        assertEquals("Soviet Aid to Albania", book.getNote());
        assertEquals("Moscow", book.getPublisherPlace());
        assertEquals("Nauka Publ.", book.getPublisher());
        assertEquals("312", book.getNumberOfPages());
        assertEquals("ru", book.getLanguage());
        CSLItemData art = CslRecords.csl(r.references().get(1));
        assertEquals("article-journal", art.getType().toString());
        assertEquals("Ivanov", art.getAuthor()[0].getFamily());
        assertEquals("Albaniia i SEV", art.getTitle());
        assertEquals("Slavianovedenie", art.getContainerTitle());
        assertEquals("4", art.getIssue());
        assertEquals("33–47", art.getPage());
        assertArrayEquals(new int[][]{{2010}}, art.getIssued().getDateParts());
        CSLItemData vol = CslRecords.csl(r.references().get(2));
        assertEquals("Tirana i Moskva", vol.getTitle());
        assertEquals("5", vol.getVolume());
        assertEquals("2", vol.getIssue());
        assertArrayEquals(new int[][]{{1999}}, vol.getIssued().getDateParts());
        assertTrue(r.references().stream().allMatch(x -> x.defects().isEmpty()));
    }

    @Test
    void aColonAfterTheNameEndsTheAuthorNotTheGivenName() {
        // issue 9's German humanities shape: the rules read the given name as "Karl: Lenin"; a name never holds
        // a colon, so the tagger's names are taken (ChoiceChecks.brokenNames)
        CSLItemData r = one("- Moser, Karl: Lenin. Eine Biographie, Berlin: Aufbau 2011, 512 S.");
        assertEquals("Moser", r.getAuthor()[0].getFamily());
        assertEquals("Karl", r.getAuthor()[0].getGiven());
        assertEquals("Lenin. Eine Biographie", r.getTitle());
        assertEquals("Berlin", r.getPublisherPlace());
        assertEquals("Aufbau", r.getPublisher());
        assertArrayEquals(new int[][]{{2011}}, r.getIssued().getDateParts());
    }

    @Test
    void aJstorDateKeepsItsMonth() {
        // references/gagnon-hist4000-antebellum (JSTOR's export shape): the rules read the year alone, the
        // tagger January 1978; the fuller date is taken (ChoiceChecks.fullerDate)
        CSLItemData r = one("- James A. Henretta, \"Families and Farms: Mentalite in Pre-Industrial America,\" _William and Mary Quarterly_ , "
                + "3rd. Ser., Vol. 35, No. 1. (Jan., 1978), pp. 3-32.");
        assertArrayEquals(new int[][]{{1978, 1}}, r.getIssued().getDateParts());
        assertEquals("William and Mary Quarterly", r.getContainerTitle());
        assertEquals("35", r.getVolume());
        assertEquals("1", r.getIssue());
        assertEquals("3-32", r.getPage());
    }

    @Test
    void aBoldVolumeAfterAPlainJournalAndAQuotedTitleThatRunsOn() {
        // references/rice-poli464-development (an EndNote export, volume in bold): the rules read the plain journal before
        // "**59**" as a place, and the tagger's quoted title is taken where the rules' title runs past its closing quote
        CSLItemData r = one("Lipset, S. M. (1994). \"The Social Requisites of Democracy Revisited.\" American Sociological Review **59** (1): 1-22.");
        assertEquals("The Social Requisites of Democracy Revisited", r.getTitle());
        assertEquals("American Sociological Review", r.getContainerTitle());
        assertEquals(null, r.getPublisherPlace());
        assertEquals("59", r.getVolume());
        assertEquals("1", r.getIssue());
        assertEquals("1-22", r.getPage());
        r = one("Alvarez, M., J. A. Cheibub, et al. (1996). \"Classifying Political Regimes.\" Studies in Comparative International Development **31** (2): 3-36.");
        assertEquals("Classifying Political Regimes", r.getTitle());
        assertEquals("Studies in Comparative International Development", r.getContainerTitle());
        assertEquals("31", r.getVolume());
        // Wikipedia's shape, the journal in italics before the bold volume, is read as before
        r = one("Bunce, Valerie (1992). \"On Gorbachev\". *The Soviet and Post-Soviet Review*. **19** (1): 199–206.");
        assertEquals("The Soviet and Post-Soviet Review", r.getContainerTitle());
        assertEquals("19", r.getVolume());
        assertEquals("199–206", r.getPage());
    }

    @Test
    void anItalicTitleCutWhereItsLineWrappedIsOneTitle() {
        // references/lucas-slavery-seminar-630 and hist210-african-american-references (converted pages whose line breaks
        // closed and reopened the italics: "_…,_ _ 1865-1980_"): the rules read the title only to the cut
        assertEquals("Black Slavery in the Americas: An Interdisciplinary Bibliography, 1865-1980",
                one("Smith, John David. _Black Slavery in the Americas: An Interdisciplinary Bibliography,_ _ 1865-1980_ (2 vols., 1982).").getTitle());
        assertEquals("African Experiences in Spanish America: 1502 to Present",
                one("Rout, Leslie. _African Experiences in Spanish America: 1502 to_ _ Present_. (Cambridge, 1976).").getTitle());
        assertEquals("American Historical Review", one("Berlin, Ira. \"Time, Space, and the Evolution of Afro-American Society in British "
                + "Mainland America,\" _American Historical_ _ Review_, 85 (1980), 44-78.").getContainerTitle());
        // two titles side by side stay two: "_Title_ and _Other_" has no cut, "_A_ _B_" opens its second span on a letter
        assertEquals(List.of(), org.opis.text.SplitItalics.find("Smith, J. _First Title_ and _Second Title_ (1990)."));
        assertEquals(List.of(), org.opis.text.SplitItalics.find("Smith, J. _First Title_ _Second Title_ (1990)."));
    }
}
