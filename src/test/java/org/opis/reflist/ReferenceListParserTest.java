package org.opis.reflist;

import org.opis.model.CslRecords;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import org.opis.model.Diagnostic;
import org.opis.model.ParsedRecords;
import org.opis.model.Reference;
import org.opis.text.SourceText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One test per feature of the reference-list parser, on entries written for these tests (not taken from the bundled note). */
class ReferenceListParserTest {

    private static ParsedRecords parse(String text) {
        return ReferenceListParser.parse(new SourceText("test.md", text));
    }

    private static List<Reference> refs(String text) {
        return parse(text).references();
    }

    private static CSLItemData one(String entry) {
        List<Reference> r = refs("## References\n\n" + entry + "\n");
        assertEquals(1, r.size(), "one entry expected in: " + entry);
        return CslRecords.csl(r.get(0));
    }

    private static List<String> codes(Reference r) {
        return r.defects().stream().map(Diagnostic::code).toList();
    }

    private static String family(CSLName n) {
        return n.getFamily();
    }

    // ------------------------------------------------------------ list structure

    @Test
    void dittoLineRepeatsPreviousAuthors() {
        List<Reference> r = refs("""
                ## References

                - Gaddis, John Lewis. *We Now Know: Rethinking Cold War History*. Oxford: Clarendon Press, 1997.
                - . *The Cold War: A New History*. New York: Penguin, 2005.
                """);
        assertEquals(2, r.size());
        assertEquals("Gaddis", family(CslRecords.csl(r.get(1)).getAuthor()[0]));
        assertEquals("John Lewis", CslRecords.csl(r.get(1)).getAuthor()[0].getGiven());
        assertEquals("The Cold War: A New History", CslRecords.csl(r.get(1)).getTitle());
    }

    @Test
    void emDashAndUnderscoreDittoMarksRepeatAuthors() {
        List<Reference> r = refs("""
                Bibliography

                Zubok, Vladislav. *A Failed Empire*. Chapel Hill: University of North Carolina Press, 2007.
                ———. *Zhivago's Children*. Cambridge, MA: Harvard University Press, 2009.
                Westad, Odd Arne. *The Global Cold War*. Cambridge: Cambridge University Press, 2005.
                ______. *Restless Empire*. London: Bodley Head, 2012.
                """);
        assertEquals(4, r.size());
        assertEquals("Zubok", family(CslRecords.csl(r.get(1)).getAuthor()[0]));
        assertEquals("Cambridge, MA", CslRecords.csl(r.get(1)).getPublisherPlace());
        assertEquals("Westad", family(CslRecords.csl(r.get(3)).getAuthor()[0]));
        assertEquals("Restless Empire", CslRecords.csl(r.get(3)).getTitle());
    }

    @Test
    void dittoWithoutPreviousEntryIsReported() {
        List<Reference> r = refs("## Sources\n\n- . *Pamjatnaja knizhka*. Kursk, 1911.\n");
        assertEquals(List.of("reference/ditto-without-author"), codes(r.get(0)));
    }

    @Test
    void blankLinesAndPageBreakGapsInsideTheListAndNoFinalNewline() {
        List<Reference> r = refs("## Literature\n\n- Ulam, Adam B. *Titoism*. London, 1952.\n\n\n\n- Halliday, Jon. *The Artful Albanian*. London: Chatto & Windus, 1986.\n\n- Pano, Nicholas C. *The People's Republic of Albania*. Baltimore: Johns Hopkins Press, 1968.");
        assertEquals(3, r.size());
        assertEquals("The People's Republic of Albania", CslRecords.csl(r.get(2)).getTitle());
        assertArrayEquals(new int[][]{{1968}}, CslRecords.csl(r.get(2)).getIssued().getDateParts());
    }

    @Test
    void twoEntriesOnOneLineAreSplit() {
        List<Reference> r = refs("## References\n\n- Zubkova, E.Ju. “Obshhestvo i reformy”. *Voprosy istorii*, no. 5 (1993). *Izvestija* (Moscow), 12 March 1953.\n");
        assertEquals(2, r.size());
        assertEquals("article-journal", CslRecords.csl(r.get(0)).getType().toString());
        CSLItemData news = CslRecords.csl(r.get(1));
        assertEquals("article-newspaper", news.getType().toString());
        assertEquals("Izvestija", news.getContainerTitle());
        assertEquals("Moscow", news.getPublisherPlace());
        assertArrayEquals(new int[][]{{1953, 3, 12}}, news.getIssued().getDateParts());
        assertEquals(List.of("reference/merged-entries"), codes(r.get(1)));
        assertEquals(3, r.get(1).span().line());
    }

    @Test
    void lostOpeningItalicMarkerOnTitleFirstEntries() {
        List<Reference> r = refs("""
                ## References

                - Sovetsko-vengerskie otnoshenija 1945–1991*. Moscow, 1999.
                - Istoricheskij arhiv*, no. 3 (1996).
                """);
        CSLItemData book = CslRecords.csl(r.get(0));
        assertEquals("Sovetsko-vengerskie otnoshenija 1945–1991", book.getTitle());
        assertEquals("book", book.getType().toString());
        assertEquals(List.of("reference/unbalanced-italics"), codes(r.get(0)));
        assertEquals("*Sovetsko-vengerskie otnoshenija 1945–1991*", r.get(0).defects().get(0).fix().orElseThrow());
        CSLItemData issue = CslRecords.csl(r.get(1));
        assertEquals("periodical", issue.getType().toString());
        assertEquals("Istoricheskij arhiv", issue.getTitle());
        assertEquals("3", issue.getIssue());
    }

    @Test
    void archiveEntryIsMarkedAsArchive() {
        List<Reference> r = refs("## Sources\n\n- Gosudarstvennyj arhiv Rossijskoj Federacii [State Archive of the Russian Federation] (GARF).\n");
        Reference a = r.get(0);
        assertTrue(a.archive());
        assertEquals("garf", a.id());
        assertEquals("collection", CslRecords.csl(a).getType().toString());
        assertEquals("Gosudarstvennyj arhiv Rossijskoj Federacii", CslRecords.csl(a).getTitle());
        assertEquals("GARF", CslRecords.csl(a).getTitleShort());
        assertEquals("State Archive of the Russian Federation", CslRecords.csl(a).getNote());
    }

    // ------------------------------------------------------------ fields

    @Test
    void quotedArticleInJournalWithIssueAndYear() {
        CSLItemData c = one("- Ivanov, I.I. “Sovetskaja politika v Azii”. *Novaja i novejshaja istorija*, no. 4 (1999).");
        assertEquals("article-journal", c.getType().toString());
        assertEquals("Sovetskaja politika v Azii", c.getTitle());
        assertEquals("Novaja i novejshaja istorija", c.getContainerTitle());
        assertEquals("4", c.getIssue());
        assertArrayEquals(new int[][]{{1999}}, c.getIssued().getDateParts());
    }

    @Test
    void singleQuotedTitleKeepsSoftSigns() {
        CSLItemData c = one("- Petrova, A.S. ‘Kreml’ i Azija’. *Vostok*, no. 1 (2001).");
        assertEquals("Kreml’ i Azija", c.getTitle());
        assertEquals("Vostok", c.getContainerTitle());
    }

    @Test
    void bookWithPlacePublisherYearAndWithPlaceYear() {
        CSLItemData a = one("- Halliday, Jon. *The Artful Albanian*. London: Chatto & Windus, 1986.");
        assertEquals("London", a.getPublisherPlace());
        assertEquals("Chatto & Windus", a.getPublisher());
        CSLItemData b = one("- Smirnova, N.D. *Istorija Albanii v XX veke*. Moscow, 2003.");
        assertEquals("Moscow", b.getPublisherPlace());
        assertNull(b.getPublisher());
    }

    @Test
    void volumesInEveryCommonForm() {
        assertEquals("4", one("- Molotov, V.M. *Voprosy vneshnej politiki*. V. 4. Moscow, 1948.").getVolume());
        CSLItemData inTitle = one("- Stalin, I.V. *Sochinenija. T. 5, 9*. Moscow, 1947–1949.");
        assertEquals("Sochinenija", inTitle.getTitle());
        assertEquals("5, 9", inTitle.getVolume());
        assertEquals("1–3", one("- Mikojan, A.I. *Tak bylo*. T. 1–3. Moscow, 1999.").getVolume());
        assertEquals("1–3", one("- Kennan, George F. *Memoirs*, vols. 1–3. Boston, 1967–1972.").getVolume());
        assertEquals("2, 4", one("- Gromyko, A.A. *Pamjatnoe*. T. 2, 4. Moscow, 1988.").getVolume());
    }

    @Test
    void yearRangesSuffixesAndExactDates() {
        assertArrayEquals(new int[][]{{1947}, {1949}}, one("- Stalin, I.V. *Sochinenija*. Moscow, 1947–1949.").getIssued().getDateParts());
        assertArrayEquals(new int[][]{{1975}, {1982}}, one("- Smith, A. *Letters*. London, 1975–82.").getIssued().getDateParts());
        CSLItemData c = one("- Zubok, V.M. “Khrushchev i Mao”. *Rodina*, no. 7 (1995c).");
        assertArrayEquals(new int[][]{{1995}}, c.getIssued().getDateParts());
        assertEquals("c", c.getYearSuffix());
        CSLItemData sup = one("- Zubok, V.M. *Neudavshajasja imperija*. Moscow, 2011<sup>b</sup>.");
        assertEquals("b", sup.getYearSuffix());
        assertArrayEquals(new int[][]{{2011}}, sup.getIssued().getDateParts());
    }

    @Test
    void urlInDoubledAngleBracketsAndAccessDate() {
        CSLItemData c = one("- Central Intelligence Agency. “Soviet Policy in Southeast Asia”. *CIA FOIA Reading Room*, 10 June 1965 <<https://www.cia.gov/readingroom/document/cia-rdp79t00472a000600010003-6>> (accessed 3 March 2020).");
        assertEquals("webpage", c.getType().toString());
        assertEquals("Central Intelligence Agency", c.getAuthor()[0].getLiteral());
        assertEquals("https://www.cia.gov/readingroom/document/cia-rdp79t00472a000600010003-6", c.getURL());
        assertArrayEquals(new int[][]{{2020, 3, 3}}, c.getAccessed().getDateParts());
        assertArrayEquals(new int[][]{{1965, 6, 10}}, c.getIssued().getDateParts());
        assertEquals("CIA FOIA Reading Room", c.getContainerTitle());
    }

    @Test
    void bracketedGlossIsKeptInNote() {
        CSLItemData c = one("- Lê Duẩn [Pis'ma na Jug]. *Thư vào Nam*. Hanoi, 1985.");
        assertEquals("Lê Duẩn", c.getAuthor()[0].getLiteral());
        assertEquals("Pis'ma na Jug", c.getNote());
        assertEquals("Thư vào Nam", c.getTitle());
        assertEquals("vi", c.getLanguage());
    }

    @Test
    void markupResidueIsCleaned() {
        CSLItemData c = one("- Marku, Ylli. *Hoxha's <i>Albania</i>*. Tirana, 1996.");
        assertEquals("Hoxha's Albania", c.getTitle());
    }

    @Test
    void mixedScriptWordIsReportedWithCleanSpelling() {
        List<Reference> r = refs("## References\n\n- Petrov, P.P. *Istorija sovetskoj diplomatii*. Mоskva, 1985.\n");
        Diagnostic d = r.get(0).defects().stream().filter(x -> x.code().equals("reference/mixed-script")).findFirst().orElseThrow();
        assertEquals("Moskva", d.fix().orElseThrow());
        assertEquals(3, d.span().line());
        assertEquals(49, d.span().column());
    }

    // ------------------------------------------------------------ other shapes

    @Test
    void chicagoBibliographyWithoutItalics() {
        List<Reference> r = refs("Gaddis, John Lewis. We Now Know: Rethinking Cold War History. Oxford: Clarendon Press, 1997.\n"
                + "Lüthi, Lorenz M. The Sino-Soviet Split: Cold War in the Communist World. Princeton: Princeton University Press, 2008.\n");
        assertEquals(2, r.size());
        CSLItemData c = CslRecords.csl(r.get(1));
        assertEquals("Lüthi", family(c.getAuthor()[0]));
        assertEquals("Lorenz M.", c.getAuthor()[0].getGiven());
        assertEquals("The Sino-Soviet Split: Cold War in the Communist World", c.getTitle());
        assertEquals("Princeton", c.getPublisherPlace());
        assertEquals("Princeton University Press", c.getPublisher());
        assertEquals("en", c.getLanguage());
    }

    @Test
    void chicagoNotePinpointPageIsALocatorNotPartOfTheRecord() {
        List<Reference> r = refs("1. John Lewis Gaddis, *We Now Know: Rethinking Cold War History* (Oxford: Clarendon Press, 1997), 45.\n");
        Reference ref = r.get(0);
        assertEquals("Gaddis", family(CslRecords.csl(ref).getAuthor()[0]));
        assertEquals("Oxford", CslRecords.csl(ref).getPublisherPlace());
        assertEquals("Clarendon Press", CslRecords.csl(ref).getPublisher());
        assertArrayEquals(new int[][]{{1997}}, CslRecords.csl(ref).getIssued().getDateParts());
        assertNull(CslRecords.csl(ref).getPage());
        assertEquals("45", ref.extra().get("locator"));
        assertTrue(ref.defects().isEmpty());
    }

    @Test
    void mlaPublisherWithoutPlace() {
        CSLItemData c = one("Westad, Odd Arne. *The Global Cold War*. Cambridge UP, 2005.");
        assertEquals("Cambridge UP", c.getPublisher());
        assertNull(c.getPublisherPlace());
    }

    @Test
    void gostBookAndArticleInCyrillic() {
        List<Reference> r = refs("""
                Список литературы

                1. Волкогонов Д.А. Триумф и трагедия. М.: Новости, 1989. 320 с.
                2. Зубок В.М. Советско-американские отношения // Вопросы истории. 1995. № 4. С. 12–34.
                """);
        assertEquals(2, r.size());
        CSLItemData book = CslRecords.csl(r.get(0));
        assertEquals("Волкогонов", family(book.getAuthor()[0]));
        assertEquals("Д.А.", book.getAuthor()[0].getGiven());
        assertEquals("Триумф и трагедия", book.getTitle());
        assertEquals("М.", book.getPublisherPlace());
        assertEquals("Новости", book.getPublisher());
        assertEquals("320", book.getNumberOfPages());
        assertEquals("ru", book.getLanguage());
        CSLItemData art = CslRecords.csl(r.get(1));
        assertEquals("article-journal", art.getType().toString());
        assertEquals("Советско-американские отношения", art.getTitle());
        assertEquals("Вопросы истории", art.getContainerTitle());
        assertEquals("4", art.getIssue());
        assertEquals("12–34", art.getPage());
        assertArrayEquals(new int[][]{{1995}}, art.getIssued().getDateParts());
    }

    @Test
    void editorsAfterNamesAndTranslatorsInTheTail() {
        CSLItemData ed = one("- Ostermann, Christian F., ed. *Uprising in East Germany, 1953*. Budapest: Central European University Press, 2001.");
        assertEquals(0, ed.getAuthor() == null ? 0 : ed.getAuthor().length);
        assertEquals("Ostermann", family(ed.getEditor()[0]));
        CSLItemData red = one("- Kramer, M. (red.) *Krizis 1956 goda*. Moscow, 1998.");
        assertEquals("Kramer", family(red.getEditor()[0]));
        CSLItemData tr = one("- Djilas, Milovan. *Conversations with Stalin*. Translated by Michael B. Petrovich. New York: Harcourt, Brace & World, 1962.");
        assertEquals("Petrovich", family(tr.getTranslator()[0]));
        assertEquals("New York", tr.getPublisherPlace());
        assertEquals("Harcourt, Brace & World", tr.getPublisher());
    }

    @Test
    void editionIsRead() {
        CSLItemData c = one("- Ulam, Adam B. *Expansion and Coexistence*. 2nd ed. New York: Praeger, 1974.");
        assertEquals("2", c.getEdition());
        assertEquals("Praeger", c.getPublisher());
    }

    @Test
    void chapterInEditedVolume() {
        CSLItemData c = one("- Zubok, Vladislav. “Soviet Policy Aims at the Geneva Conference, 1955”. In *Cold War Respite: The Geneva Summit of 1955*, edited by Günter Bischof and Saki Dockrill, 55–74. Baton Rouge: Louisiana State University Press, 2000.");
        assertEquals("chapter", c.getType().toString());
        assertEquals("Cold War Respite: The Geneva Summit of 1955", c.getContainerTitle());
        assertEquals(2, c.getEditor().length);
        assertEquals("Bischof", family(c.getEditor()[0]));
        assertEquals("Dockrill", family(c.getEditor()[1]));
        assertEquals("55–74", c.getPage());
        assertEquals("Baton Rouge", c.getPublisherPlace());
        assertEquals("Louisiana State University Press", c.getPublisher());
    }

    @Test
    void thesisWithUniversity() {
        CSLItemData c = one("- Ivanova, Marija. “Sovetsko-albanskie otnoshenija v 1955–1961 gg.” Kand. diss., Moskovskij gosudarstvennyj universitet, 2004.");
        assertEquals("thesis", c.getType().toString());
        assertEquals("Kand. diss.", c.getGenre());
        assertEquals("Moskovskij gosudarstvennyj universitet", c.getPublisher());
        assertEquals("Sovetsko-albanskie otnoshenija v 1955–1961 gg.", c.getTitle());
        assertArrayEquals(new int[][]{{2004}}, c.getIssued().getDateParts());
    }

    @Test
    void newspaperArticleWithFullDateInEitherOrder() {
        CSLItemData a = one("- Smith, Hedrick. “Soviet Leaders Meet in Crimea”. *New York Times*, 5 August 1975.");
        assertEquals("article-newspaper", a.getType().toString());
        assertEquals("New York Times", a.getContainerTitle());
        assertArrayEquals(new int[][]{{1975, 8, 5}}, a.getIssued().getDateParts());
        CSLItemData b = one("- Smith, Hedrick. “Brezhnev Visits Bonn”. *New York Times*, May 19, 1973.");
        assertArrayEquals(new int[][]{{1973, 5, 19}}, b.getIssued().getDateParts());
    }

    @Test
    void textThatFitsNoFieldGoesToNoteWithAWarning() {
        List<Reference> r = refs("## References\n\n- Kapo, Hysni. *Vepra të zgjedhura*. Tiranë, 1980. Ribotim i zgjeruar.\n");
        Reference ref = r.get(0);
        assertEquals("Ribotim i zgjeruar", CslRecords.csl(ref).getNote());
        assertEquals(List.of("reference/unparsed-text"), codes(ref));
        assertEquals("sq", CslRecords.csl(ref).getLanguage());
    }

    // ------------------------------------------------------------ finding the list

    @Test
    void findsTheSectionUnderAnyCommonHeadingAndStopsAtTheNextHeading() {
        String note = """
                # A note

                Some prose about 1956 and 1968.

                **Works Cited:**

                - Halliday, Jon. *The Artful Albanian*. London: Chatto & Windus, 1986.

                ## Appendix

                - Not a reference, 1999.
                """;
        List<Reference> r = refs(note);
        assertEquals(1, r.size());
        assertEquals("The Artful Albanian", CslRecords.csl(r.get(0)).getTitle());
    }

    @Test
    void bareNumberedListWithBracketMarkers() {
        List<Reference> r = refs("[1] Halliday, Jon. *The Artful Albanian*. London, 1986.\n[2] Pano, Nicholas C. *The People's Republic of Albania*. Baltimore, 1968.\n");
        assertEquals(2, r.size());
        assertEquals(1, r.get(1).span().column() - 4);
    }

    @Test
    void entriesWrappedOverLinesAreJoinedPerParagraph() {
        List<Reference> r = refs("""
                Bibliography

                Griffith, William E. *Albania and the Sino-Soviet Rift*.
                Cambridge, MA: MIT Press, 1963.

                Prifti, Peter R. *Socialist Albania since 1944*.
                Cambridge, MA: MIT Press, 1978.
                """);
        assertEquals(2, r.size());
        assertEquals("MIT Press", CslRecords.csl(r.get(1)).getPublisher());
        assertArrayEquals(new int[][]{{1978}}, CslRecords.csl(r.get(1)).getIssued().getDateParts());
    }

    @Test
    void hangingIndentContinuesTheEntryAbove() {
        List<Reference> r = refs("Bibliography\n\nGriffith, William E. *Albania and the Sino-Soviet Rift*.\n    Cambridge, MA: MIT Press, 1963.\nPrifti, Peter R. *Socialist Albania since 1944*. Cambridge, MA: MIT Press, 1978.\n");
        assertEquals(2, r.size());
        assertEquals("Cambridge, MA", CslRecords.csl(r.get(0)).getPublisherPlace());
    }

    @Test
    void idsAreReadableAndCollisionsGetLetters() {
        List<Reference> r = refs("## References\n\n- Smith, A. *Soviet Policy*. London, 1990.\n- Smith, B. *Soviet Policy*. London, 1990.\n- Šmidt, K. *Ostpolitik*. Berlin, 1991.\n");
        assertEquals("smith1990soviet", r.get(0).id());
        assertEquals("smith1990sovieta", r.get(1).id());
        assertEquals("smidt1991ostpolitik", r.get(2).id());
    }

    @Test
    void cyrillicTitlesGetReadableAsciiIds() {
        List<Reference> r = refs("Литература\n\n1. Хрущев Н.С. Время. Люди. Власть. М.: Московские новости, 1999. Т. 2.\n");
        assertEquals(1, r.size());
        assertTrue(r.get(0).id().startsWith("hrusev1999") || r.get(0).id().startsWith("hrushhev1999") || r.get(0).id().startsWith("hrushchev1999"), r.get(0).id());
        assertEquals("2", CslRecords.csl(r.get(0)).getVolume());
        assertFalse(parse("Литература\n\n1. Хрущев Н.С. Время. Люди. Власть. М.: Московские новости, 1999. Т. 2.\n").hasErrors());
    }

    @Test
    void chicagoArticleWithVolumeIssueAndPageRange() {
        CSLItemData c = one("Kramer, Mark. \"The Soviet Union and the 1956 Crises in Hungary and Poland.\" *Journal of Contemporary History* 33, no. 2 (1998): 163–214.");
        assertEquals("The Soviet Union and the 1956 Crises in Hungary and Poland", c.getTitle());
        assertEquals("33", c.getVolume());
        assertEquals("2", c.getIssue());
        assertEquals("163–214", c.getPage());
    }

    @Test
    void chicagoNoteArticlePinpointIsALocator() {
        List<Reference> r = refs("## Notes and references\n\nReferences\n\n1. Mark Kramer, \"The Soviet Union and the 1956 Crises,\" *Journal of Contemporary History* 33, no. 2 (1998): 170.\n");
        Reference ref = r.get(0);
        assertEquals("170", ref.extra().get("locator"));
        assertNull(CslRecords.csl(ref).getPage());
        assertTrue(ref.defects().isEmpty());
    }

    @Test
    void apaYearAfterTheNames() {
        CSLItemData c = one("Lüthi, L. M. (2008). *The Sino-Soviet split*. Princeton University Press.");
        assertArrayEquals(new int[][]{{2008}}, c.getIssued().getDateParts());
        assertEquals("Princeton University Press", c.getPublisher());
        assertEquals("The Sino-Soviet split", c.getTitle());
    }

    @Test
    void mlaChapterWithEditorsVolumeAndPages() {
        CSLItemData c = one("Radchenko, Sergey. \"The Sino-Soviet Split.\" *The Cambridge History of the Cold War*, edited by Melvyn P. Leffler and Odd Arne Westad, vol. 2, Cambridge UP, 2010, pp. 349-72.");
        assertEquals("chapter", c.getType().toString());
        assertEquals(2, c.getEditor().length);
        assertEquals("2", c.getVolume());
        assertEquals("Cambridge UP", c.getPublisher());
        assertEquals("349-72", c.getPage());
    }

    @Test
    void gostAreasSeparatedByDashes() {
        CSLItemData c = one("Хрущев Н.С. Время. Люди. Власть : воспоминания : в 4 кн. — М. : Московские новости, 1999. — Кн. 2. — 848 с.");
        assertEquals("М.", c.getPublisherPlace());
        assertEquals("Московские новости", c.getPublisher());
        assertArrayEquals(new int[][]{{1999}}, c.getIssued().getDateParts());
        assertEquals("2", c.getVolume());
        assertEquals("848", c.getNumberOfPages());
    }

    @Test
    void secondEntryRunOnWithItsOwnAuthorIsSplit() {
        List<Reference> r = refs("## References\n\n- Pano, Nicholas C. *The People's Republic of Albania*. Baltimore, 1968. Prifti, Peter R. *Socialist Albania since 1944*. Cambridge, MA, 1978.\n");
        assertEquals(2, r.size());
        assertEquals("Prifti", family(CslRecords.csl(r.get(1)).getAuthor()[0]));
        assertEquals(List.of("reference/merged-entries"), codes(r.get(1)));
    }

    @Test
    void sentenceAfterThePlaceAndYearIsNotTakenForASecondEntry() {
        List<Reference> r = refs("## References\n\n- Pano, Nicholas C. *The People's Republic of Albania*. Baltimore, 1968. Reprinted 1970.\n");
        assertEquals(1, r.size());
        assertArrayEquals(new int[][]{{1968}}, CslRecords.csl(r.get(0)).getIssued().getDateParts());
        assertEquals("Baltimore", CslRecords.csl(r.get(0)).getPublisherPlace());
        assertEquals("Reprinted 1970", CslRecords.csl(r.get(0)).getNote());
    }

    @Test
    void shortUndatedEntryWithAQuotedTitleIsAnEntryNotASubheading() {
        // an encyclopedia article and an undated article: short, no year, but quoted titles
        List<Reference> r = refs("## Bibliography\n\nPipes, Richard. *Russia under the Old Regime*. New York: Scribner, 1974.\n\n"
                + "\u201CBolshevism.\u201D Encyclopaedia of Marxism\n\nPrimary sources\n\n"
                + "Kenez, Peter. \u201CThe Birth of the Propaganda State\u201D\n");
        assertEquals(List.of("Russia under the Old Regime", "Bolshevism", "The Birth of the Propaganda State"),
                r.stream().map(x -> CslRecords.csl(x).getTitle()).toList());
    }

    @Test
    void authorDateEntryWithItalicTitleIsOneEntryNotTwo() {
        // "(Year). _Title_" opens the title of the same entry; the names before it are no whole entry
        List<Reference> r = refs("## Sources\n\n* Zubok, Vladislav M. (2007). _A Failed Empire: The Soviet Union in the Cold War_. "
                + "University of North Carolina Press.\n* Westad, Odd Arne (2005b). _The Global Cold War_. Cambridge University Press.\n");
        assertEquals(2, r.size());
        assertEquals("A Failed Empire: The Soviet Union in the Cold War", CslRecords.csl(r.get(0)).getTitle());
        assertEquals("Zubok", family(CslRecords.csl(r.get(0)).getAuthor()[0]));
        assertEquals("b", CslRecords.csl(r.get(1)).getYearSuffix());
        assertEquals("The Global Cold War", CslRecords.csl(r.get(1)).getTitle());
    }

    @Test
    void archivedCopyDateIsNotTheWorksDate() {
        CSLItemData d = one("Haslam, Jonathan (2011). _Russia's Cold War_. Yale University Press. "
                + "Archived from the original on 3 March 2016. Retrieved 1 May 2019.");
        assertEquals("book", d.getType().toString());
        assertEquals(2011, d.getIssued().getDateParts()[0][0]);
        assertEquals(2019, d.getAccessed().getDateParts()[0][0]);
        assertTrue(d.getNote().contains("Archived from the original on 3 March 2016"), d.getNote());
    }

    /** Ukrainian DSTU (the studbase and thelib lists): areas after the {@code //} container separated by en dashes, {@code [Текст]} after the title. */
    @Test
    void dstuContainerEndsAtAnEnDashAreaAndTheMaterialDesignationIsNoTitle() {
        List<Reference> r = refs("""
                Список використаних джерел

                1. Галицька-Дідух Т. В. Радянська Росія в політиці урядів УНР і ЗУНР (1919–1920 рр.) [Текст] / Т. В. Галицька-Дідух // Галичина. Науковий і культурно–просвітній краєзнавчий часопис. – 2001. – № 5–6. – С. 234–239.

                2. Васюта І.К. Національно-визвольний рух у Західній Україні (1918–1939 рр.) / І.К. Васюта // УІЖ. – 2001. –№6. – С. 35–64.
                """);
        assertEquals(2, r.size());
        var a = CslRecords.csl(r.get(0));
        assertEquals("Радянська Росія в політиці урядів УНР і ЗУНР (1919–1920 рр.)", a.getTitle());
        assertEquals("Галичина. Науковий і культурно–просвітній краєзнавчий часопис", a.getContainerTitle());
        assertEquals("234–239", a.getPage());
        assertNull(a.getPublisherPlace());
        var b = CslRecords.csl(r.get(1));
        assertEquals("УІЖ", b.getContainerTitle());
        assertArrayEquals(new int[][]{{2001}}, b.getIssued().getDateParts());
    }
}
