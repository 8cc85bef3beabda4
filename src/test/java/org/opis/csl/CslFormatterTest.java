package org.opis.csl;

import org.opis.model.CslRecords;
import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import org.junit.jupiter.api.Test;
import org.opis.model.Reference;
import org.opis.model.Span;
import org.opis.text.SourceText;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Formatting through citeproc-java, with the gaps opis fills. The records are written by hand from
 * the printed reference list of Selivanov 2017 (references/selivanov-2017/note.md, lines 331–376);
 * the expected strings are the printed entries, or CMOS author-date rules applied by hand.
 */
class CslFormatterTest {

    static final String HOUSE = "styles/sojourn-author-date.csl";

    static List<Reference> sample() {
        try (InputStream in = CslFormatterTest.class.getResourceAsStream("selivanov-sample.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return CslJson.read(new SourceText("selivanov-sample.json", json)).references();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static Map<String, String> bib(Rendering r) {
        return r.bibliography().stream().collect(Collectors.toMap(FormattedEntry::id, FormattedEntry::text));
    }

    static Rendering render(String style, OutputFormat f, List<Reference> refs) throws FormatException {
        return new CslFormatter(CslStyle.load(style), Optional.empty(), f).citeEach(refs);
    }

    static Map<String, String> cites(List<Reference> refs, Rendering r) {
        Map<String, String> m = new java.util.HashMap<>();
        for (int i = 0; i < refs.size(); i++) m.put(refs.get(i).id(), r.citations().get(i));
        return m;
    }

    // ---- the house style reproduces the printed list (Markdown output keeps the note's *italics*)

    @Test
    void houseStyleReproducesPrintedBookArticleAndCoauthorEntries() throws Exception {
        Map<String, String> b = bib(render(HOUSE, OutputFormat.MARKDOWN, sample()));
        assertEquals("Bovin, A.E. *Moj XX vek. Vospominaniya*. Moscow, 2003.", b.get("bovin2003"));
        assertEquals("Buharkin, I.V. “Kreml’ i Ho Shi Min, 1945–1969”. *Novaja i novejšaja istorija*, no. 3 (1998).", b.get("buharkin1998"));
        assertEquals("Burlatskii, Fedor M. *Vozhdi i sovetniki*. Moscow: Politizdat Moskva, 1989.", b.get("burlatskii1989"));
        assertEquals("Griffith, William E. *Albania and Sino-Soviet Rift*. Cambridge: The MIT Press, 1963.", b.get("griffith1963"));
        assertEquals("Konoreva, I.A., and Igor N. Selivanov. *Dokumental’naja istorija sovetsko-v’etnamskih otnoshenij. 1945–1955*. Kursk, 2016.",
                b.get("konoreva2016dokumental"));
        assertEquals("Hoxha, Enver. “Telegram from the Enver Hoxha to Ho Chi Minh via Gac Mazi, the Albanian Ambassador to Moscow”. "
                        + "*Woodrow Wilson Center. Digital Archive: International History Declassified*, 15 August 1961 "
                        + "<http://digitalarchive.wilsoncenter.org/document/110158> (accessed 10 May 2017).",
                b.get("hoxha1961telegram"));
    }

    @Test
    void houseStyleSortsByAuthorThenYear() throws Exception {
        List<String> order = render(HOUSE, OutputFormat.TEXT, sample()).bibliography().stream().map(FormattedEntry::id).toList();
        // the printed list: Bovin, Buharkin, Burlatskii, Griffith, Hoxha 1961, 1981–1985, 1984, Konoreva 2008a, 2008b, Konoreva and Selivanov, Selivanov
        assertEquals(List.of("bovin2003", "buharkin1998", "burlatskii1989", "griffith1963", "hoxha1961telegram", "hoxha1981ditar",
                "hoxha1984superpowers", "konoreva2008iz", "konoreva2008nekotorye", "konoreva2016dokumental", "selivanov2012moskva"), order);
    }

    // ---- gap 1: year suffixes

    @Test
    void citeprocJavaAlonePrintsTheSameYearTwice() throws Exception {
        List<Reference> refs = sample();
        CSLItemData a = CslRecords.csl(byId(refs, "konoreva2008iz"));
        CSLItemData b = CslRecords.csl(byId(refs, "konoreva2008nekotorye"));
        var out = CSL.makeAdhocCitation("chicago-author-date", "text", a, b);
        assertEquals("(Konoreva 2008; Konoreva 2008)", out.get(0).getText());
    }

    @Test
    void sameAuthorSameYearGetsYearSuffixesInBibliographyOrder() throws Exception {
        List<Reference> refs = sample();
        Rendering r = render("chicago-author-date", OutputFormat.TEXT, refs);
        Map<String, String> c = cites(refs, r);
        assertEquals("(Konoreva 2008a)", c.get("konoreva2008iz"));
        assertEquals("(Konoreva 2008b)", c.get("konoreva2008nekotorye"));
        assertEquals("(Selivanov 2012)", c.get("selivanov2012moskva"));
        assertTrue(bib(r).get("konoreva2008iz").startsWith("Konoreva, I.A. 2008a. “Iz istorii"), bib(r).get("konoreva2008iz"));
        Map<String, String> house = bib(render(HOUSE, OutputFormat.TEXT, refs));
        assertTrue(house.get("konoreva2008iz").endsWith("Vostok, no. 6 (2008a)."), house.get("konoreva2008iz"));
        assertTrue(house.get("konoreva2008nekotorye").endsWith("Voprosy istorii, no. 10 (2008b)."));
    }

    @Test
    void yearSuffixCarriedByTheRecordIsKept() throws Exception {
        Reference only = byId(sample(), "konoreva2008nekotorye");
        Reference withSuffix = withCsl(only, new CSLItemDataBuilder(CslRecords.csl(only)).yearSuffix("b").build());
        Rendering r = render(HOUSE, OutputFormat.TEXT, List.of(withSuffix));
        assertEquals("(Konoreva 2008b)", r.citations().get(0));
    }

    @Test
    void styleWithoutYearSuffixVariableGetsItAfterTheYear() throws Exception {
        // The MHRA author-date style does not print year-suffix itself; citeproc-js adds it after the year.
        List<Reference> refs = sample();
        Rendering r = render("modern-humanities-research-association-author-date", OutputFormat.TEXT, refs);
        assertTrue(cites(refs, r).get("konoreva2008iz").contains("2008a"), cites(refs, r).get("konoreva2008iz"));
        assertTrue(cites(refs, r).get("konoreva2008nekotorye").contains("2008b"));
    }

    @Test
    void combinedCitationKeepsEachSuffix() throws Exception {
        List<Reference> refs = sample();
        CslFormatter f = new CslFormatter(CslStyle.load(HOUSE), Optional.empty(), OutputFormat.TEXT);
        Rendering r = f.render(refs, List.of(List.of(CitationItem.of("konoreva2008nekotorye"), CitationItem.of("selivanov2012moskva"))));
        assertEquals("(Konoreva 2008b; Selivanov 2012)", r.citations().get(0));
    }

    // ---- gap 2: subsequent-author-substitute

    @Test
    void citeprocJavaAloneRepeatsTheAuthor() throws Exception {
        List<Reference> refs = sample();
        String xml = CslStyle.load(HOUSE).xml();
        var b = CSL.makeAdhocBibliography(xml, "text", CslRecords.csl(byId(refs, "hoxha1981ditar")), CslRecords.csl(byId(refs, "hoxha1984superpowers")));
        assertTrue(b.getEntries()[1].startsWith("Hoxha, Enver."), b.getEntries()[1]);
    }

    @Test
    void repeatedAuthorIsReplacedByTheStylesDash() throws Exception {
        Map<String, String> b = bib(render(HOUSE, OutputFormat.MARKDOWN, sample()));
        assertEquals("———. *Ditar per ceshtje nderkombetare*. T. 1–14. Tirana, 1981–1985.", b.get("hoxha1981ditar"));
        assertEquals("———. *Superpowers. 1959–1984*. Tirana, 1984.", b.get("hoxha1984superpowers"));
        assertEquals("———. “Nekotorye shtrihi politicheskoy biografii Ho Shi Mina”. *Voprosy istorii*, no. 10 (2008b).", b.get("konoreva2008nekotorye"));
        // first of its author, and a different list of names: printed in full
        assertTrue(b.get("hoxha1961telegram").startsWith("Hoxha, Enver. “Telegram"), b.get("hoxha1961telegram"));
        assertTrue(b.get("konoreva2016dokumental").startsWith("Konoreva, I.A., and Igor N. Selivanov."));
        assertTrue(b.get("konoreva2008iz").startsWith("Konoreva, I.A. “Iz istorii"));
    }

    @Test
    void repeatedAuthorDashWorksInHtmlAndRtf() throws Exception {
        Map<String, String> html = bib(render(HOUSE, OutputFormat.HTML, sample()));
        assertTrue(html.get("hoxha1984superpowers").contains("———. <span style=\"font-style: italic\">Superpowers. 1959&ndash;1984</span>"),
                html.get("hoxha1984superpowers"));
        Map<String, String> rtf = bib(render(HOUSE, OutputFormat.RTF, sample()));
        assertTrue(rtf.get("hoxha1984superpowers").startsWith("\\u8212?\\u8212?\\u8212?. {\\i Superpowers. 1959\\u8211?1984}"),
                rtf.get("hoxha1984superpowers"));
    }

    @Test
    void partialFirstRuleReplacesOnlyTheRepeatedFirstName() throws Exception {
        // MHRA author-date: subsequent-author-substitute="——" with rule partial-first (as citeproc-js prints it)
        Map<String, String> b = bib(render("modern-humanities-research-association-author-date", OutputFormat.TEXT, sample()));
        assertTrue(b.get("konoreva2008nekotorye").startsWith("——. 2008b."), b.get("konoreva2008nekotorye"));
        assertTrue(b.get("konoreva2016dokumental").startsWith("——, and Igor N. Selivanov. 2016."), b.get("konoreva2016dokumental"));
        assertTrue(b.get("selivanov2012moskva").startsWith("Selivanov, Igor N. 2012."), b.get("selivanov2012moskva"));
    }

    @Test
    void numericStylePrintsNoYearSuffix() throws Exception {
        Reference r = byId(sample(), "konoreva2008nekotorye");
        Reference withSuffix = withCsl(r, new CSLItemDataBuilder(CslRecords.csl(r)).yearSuffix("b").build());
        String e = render("gost-r-7-0-5-2008-numeric", OutputFormat.TEXT, List.of(withSuffix)).bibliography().get(0).text();
        assertTrue(e.contains("2008. № 10."), e);
    }

    // ---- more citeproc-java shortfalls filled

    @Test
    void britishLocaleGivesBritishDates() throws Exception {
        // citeproc-java alone loads en-US for en-GB: "accessed May 10, 2017"
        Map<String, String> b = bib(render("modern-humanities-research-association-author-date", OutputFormat.TEXT,
                List.of(byId(sample(), "hoxha1961telegram"))));
        assertTrue(b.get("hoxha1961telegram").endsWith("[accessed 10 May 2017]"), b.get("hoxha1961telegram"));
        assertTrue(b.get("hoxha1961telegram").contains("Moscow’, Woodrow"), b.get("hoxha1961telegram"));
    }

    @Test
    void numberedEntriesHaveASpaceAfterTheNumber() throws Exception {
        String e = render("gost-r-7-0-5-2008-numeric", OutputFormat.TEXT, List.of(byId(sample(), "bovin2003"))).bibliography().get(0).text();
        assertEquals("1. Bovin A.E. Moj XX vek. Vospominaniya. Moscow, 2003.", e);
    }

    @Test
    void apostropheAtTheEndOfAWordIsNotTakenForAQuote() throws Exception {
        // "Khrushchev, Nikita Sergeevich. *Ljudi. Gody. Vlast'*. V. 3. Moscow, 1999." — citeproc-java alone prints Vlast” in en-GB
        CSLItemData d = new CSLItemDataBuilder().id("khrushchev1999").type(de.undercouch.citeproc.csl.CSLType.BOOK).language("ru")
                .author("Nikita Sergeevich", "Khrushchev").title("Ljudi. Gody. Vlast'").volume("3").publisherPlace("Moscow").issued(1999).build();
        String e = bib(render(HOUSE, OutputFormat.TEXT, List.of(CslRecords.of("khrushchev1999", d, Span.START, "")))).get("khrushchev1999");
        assertEquals("Khrushchev, Nikita Sergeevich. Ljudi. Gody. Vlast’. T. 3. Moscow, 1999.", e);
        assertEquals("Vlast’ i d’Orsay '98", Typography.fix("Vlast' i d'Orsay '98"));
    }

    // ---- gap 3: English title case only for English titles

    @Test
    void nonEnglishTitleIsNotTitleCased() throws Exception {
        Reference burlatskii = byId(sample(), "burlatskii1989");
        Map<String, String> ru = bib(render("apa", OutputFormat.TEXT, List.of(burlatskii)));
        assertTrue(ru.get("burlatskii1989").contains("Vozhdi i sovetniki"), ru.get("burlatskii1989"));
        Map<String, String> chicago = bib(render("chicago-author-date", OutputFormat.TEXT, List.of(burlatskii)));
        assertTrue(chicago.get("burlatskii1989").contains("Vozhdi i sovetniki"), chicago.get("burlatskii1989"));
    }

    @Test
    void withoutLanguageCiteprocJavaTitleCasesTheTitle() throws Exception {
        // why records must keep `language`: the same record with no language is title-cased as English
        Reference burlatskii = byId(sample(), "burlatskii1989");
        CSLItemData noLang = new CSLItemDataBuilder(CslRecords.csl(burlatskii)).language(null).build();
        Map<String, String> b = bib(render("chicago-author-date", OutputFormat.TEXT, List.of(withCsl(burlatskii, noLang))));
        assertTrue(b.get("burlatskii1989").contains("Vozhdi I Sovetniki"), b.get("burlatskii1989"));
    }

    // ---- gap 4: after-inverted-name after a literal (never inverted) first name

    static Reference pham() {
        CSLItemData d = new CSLItemDataBuilder().id("pham2005").type(de.undercouch.citeproc.csl.CSLType.ARTICLE_JOURNAL).language("ru")
                .author(new de.undercouch.citeproc.csl.CSLNameBuilder().literal("Phạm Thị Ngọc Bích").build(),
                        new de.undercouch.citeproc.csl.CSLNameBuilder().family("Mosjakov").given("D.V.").build())
                .title("Vneshnjaja politika V'etnama v gody Vtoroj indokitajskoj vojny (1964–1975)")
                .containerTitle("Vostok").issue("2").issued(2005).build();
        return CslRecords.of("pham2005", d, Span.START, "");
    }

    @Test
    void citeprocJavaAlonePutsTheDelimiterAfterALiteralFirstName() throws Exception {
        var b = CSL.makeAdhocBibliography(CslStyle.load(HOUSE).xml(), "text", CslRecords.csl(pham()));
        assertTrue(b.getEntries()[0].startsWith("Phạm Thị Ngọc Bích, and D.V. Mosjakov."), b.getEntries()[0]);
    }

    @Test
    void noDelimiterAfterALiteralFirstNameWhenOnlyInvertedNamesTakeIt() throws Exception {
        // printed: "Phạm Thị Ngọc Bích and D.V. Mosjakov. “Vneshnjaja politika …”. *Vostok*, no. 2 (2005)."
        Map<String, String> b = bib(render(HOUSE, OutputFormat.MARKDOWN, List.of(pham())));
        assertEquals("Phạm Thị Ngọc Bích and D.V. Mosjakov. “Vneshnjaja politika V’etnama v gody Vtoroj indokitajskoj vojny (1964–1975)”. *Vostok*, no. 2 (2005).",
                b.get("pham2005"));
        // an inverted first name keeps it: "Konoreva, I.A., and Igor N. Selivanov"
        assertTrue(bib(render(HOUSE, OutputFormat.TEXT, sample())).get("konoreva2016dokumental").startsWith("Konoreva, I.A., and Igor N. Selivanov."));
    }

    // ---- locators

    @Test
    void volumeAndFolioLocatorsInTheHouseStyle() throws Exception {
        CslFormatter f = new CslFormatter(CslStyle.load(HOUSE), Optional.empty(), OutputFormat.TEXT);
        Rendering r = f.render(sample(), List.of(
                List.of(CitationItem.at("hoxha1981ditar", "volume", "2, fol. 153")),
                List.of(CitationItem.at("hoxha1981ditar", "folio", "290–91")),
                List.of(CitationItem.at("konoreva2016dokumental", "page", "69")),
                List.of(CitationItem.at("bovin2003", "p.", "113–15"))));
        assertEquals("(Hoxha 1981–1985, t. 2, f. 153)", r.citations().get(0));
        assertEquals("(Hoxha 1981–1985, f. 290–91)", r.citations().get(1));
        assertEquals("(Konoreva and Selivanov 2016, p. 69)", r.citations().get(2));
        assertEquals("(Bovin 2003, pp. 113–15)", r.citations().get(3));
    }

    @Test
    void pinpointsFoundInANoteBecomeOneCompoundLocator() throws Exception {
        // "(Hoxha 1981–85, t. 2, f. 153)": volume 2, folio 153 as the citation scanner reads them
        CitationItem ci = CitationItem.withLocators("hoxha1981ditar",
                List.of(new org.opis.cite.Locator("volume", "2"), new org.opis.cite.Locator("folio", "153")));
        assertEquals(Optional.of("2, fol. 153"), ci.locator());
        assertEquals(Optional.of(de.undercouch.citeproc.csl.CSLLabel.VOLUME), ci.label());
        CslFormatter f = new CslFormatter(CslStyle.load(HOUSE), Optional.empty(), OutputFormat.TEXT);
        assertEquals("(Hoxha 1981–1985, t. 2, f. 153)", f.render(sample(), List.of(List.of(ci))).citations().get(0));
    }

    @Test
    void citeprocJavaAloneDoesNotCollapsePageLocators() throws Exception {
        var engine = new CSL(new de.undercouch.citeproc.ListItemDataProvider(CslRecords.csl(byId(sample(), "bovin2003"))), CslStyle.load(HOUSE).xml());
        engine.setOutputFormat("text");
        var out = engine.makeCitation(new de.undercouch.citeproc.csl.CSLCitation(
                new de.undercouch.citeproc.csl.CSLCitationItemBuilder("bovin2003").locator("113–115").label(de.undercouch.citeproc.csl.CSLLabel.PAGE).build()));
        assertEquals("(Bovin 2003, pp. 113–115)", out.get(0).getText());
    }

    @Test
    void pageLocatorsFollowTheStylesPageRangeFormat() throws Exception {
        // the note prints "(Khrushchev 1999, pp. 113–15)", "(Hoxha 1975–88, v. 3, pp. 694–95)": Chicago's collapsed ranges
        CslFormatter f = new CslFormatter(CslStyle.load(HOUSE), Optional.empty(), OutputFormat.TEXT);
        Rendering r = f.render(sample(), List.of(
                List.of(CitationItem.at("bovin2003", "page", "113–115")),
                List.of(CitationItem.at("bovin2003", "page", "14, 18–19, 100–104")),
                List.of(CitationItem.at("hoxha1981ditar", "volume", "3, p. 694–695")),
                List.of(CitationItem.at("hoxha1981ditar", "folio", "319–321"))));
        assertEquals("(Bovin 2003, pp. 113–15)", r.citations().get(0));
        assertEquals("(Bovin 2003, pp. 14, 18–19, 100–104)", r.citations().get(1));
        assertEquals("(Hoxha 1981–1985, t. 3, pp. 694–95)", r.citations().get(2));
        assertEquals("(Hoxha 1981–1985, f. 319–321)", r.citations().get(3));
    }

    @Test
    void pageLocatorInChicago() throws Exception {
        CslFormatter f = new CslFormatter(CslStyle.load("chicago-author-date"), Optional.empty(), OutputFormat.TEXT);
        Rendering r = f.render(sample(), List.of(List.of(CitationItem.at("konoreva2016dokumental", "page", "69"))));
        assertEquals("(Konoreva and Selivanov 2016, 69)", r.citations().get(0));
    }

    // ---- output formats

    @Test
    void outputFormatsMarkItalicsInTheirOwnWay() throws Exception {
        List<Reference> one = List.of(byId(sample(), "bovin2003"));
        assertEquals("Bovin, A.E. Moj XX vek. Vospominaniya. Moscow, 2003.", bib(render(HOUSE, OutputFormat.TEXT, one)).get("bovin2003"));
        assertEquals("<div class=\"csl-entry\">Bovin, A.E. <span style=\"font-style: italic\">Moj XX vek. Vospominaniya</span>. Moscow, 2003.</div>",
                bib(render(HOUSE, OutputFormat.HTML, one)).get("bovin2003"));
        assertEquals("Bovin, A.E. *Moj XX vek. Vospominaniya*. Moscow, 2003.", bib(render(HOUSE, OutputFormat.MARKDOWN, one)).get("bovin2003"));
        assertTrue(bib(render(HOUSE, OutputFormat.ASCIIDOC, one)).get("bovin2003").contains("Bovin, A.E. __Moj XX vek. Vospominaniya__. Moscow, 2003."));
        assertEquals("Bovin, A.E. {\\i Moj XX vek. Vospominaniya}. Moscow, 2003.", bib(render(HOUSE, OutputFormat.RTF, one)).get("bovin2003"));
    }

    @Test
    void rtfDocumentIsAWholeRtfFileWithEscapedUnicode() throws Exception {
        CslFormatter f = new CslFormatter(CslStyle.load(HOUSE), Optional.empty(), OutputFormat.RTF);
        String doc = f.document(f.bibliography(List.of(byId(sample(), "buharkin1998"))).bibliography());
        assertTrue(doc.startsWith("{\\rtf1\\ansi"), doc);
        assertTrue(doc.strip().endsWith("}"));
        assertTrue(doc.contains("\\u8220?Kreml\\u8217? i Ho Shi Min, 1945\\u8211?1969\\u8221?"), doc);
        assertTrue(doc.contains("novej\\u353?aja"), doc);
        assertFalse(doc.chars().anyMatch(c -> c > 127), "RTF must be 7-bit");
    }

    @Test
    void htmlDocumentWrapsEntriesInBibBody() throws Exception {
        CslFormatter f = new CslFormatter(CslStyle.load(HOUSE), Optional.empty(), OutputFormat.HTML);
        String doc = f.document(f.bibliography(List.of(byId(sample(), "bovin2003"))).bibliography());
        assertTrue(doc.startsWith("<div class=\"csl-bib-body\">\n  <div class=\"csl-entry\">") || doc.startsWith("<div class=\"csl-bib-body\">\n<div class=\"csl-entry\">"), doc);
    }

    // ---- styles and locales

    @Test
    void styleByIdFromTheBundledRepository() throws Exception {
        Map<String, String> b = bib(render("chicago-author-date", OutputFormat.TEXT, List.of(byId(sample(), "bovin2003"))));
        assertEquals("Bovin, A.E. 2003. Moj XX vek. Vospominaniya. Moscow.", b.get("bovin2003"));
    }

    @Test
    void dependentStyleIsResolvedToItsParent() throws Exception {
        CslStyle s = CslStyle.load("indian-journal-of-medical-microbiology");
        assertEquals("indian-journal-of-medical-microbiology (dependent; parent vancouver-superscript-brackets-only-year)", s.description());
        assertTrue(s.xml().contains("<bibliography"));
    }

    @Test
    void gostNumericStyleRendersWithRussianLocale() throws Exception {
        CslFormatter f = new CslFormatter(CslStyle.load("gost-r-7-0-5-2008-numeric"), Optional.empty(), OutputFormat.TEXT);
        Rendering r = f.citeEach(List.of(byId(sample(), "bovin2003")));
        assertEquals("[1]", r.citations().get(0));
        assertTrue(r.bibliography().get(0).text().contains("Bovin A.E. Moj XX vek. Vospominaniya. Moscow, 2003."), r.bibliography().get(0).text());
    }

    @Test
    void localeChangesTerms() throws Exception {
        List<Reference> refs = List.of(byId(sample(), "konoreva2016dokumental"));
        CslFormatter de = new CslFormatter(CslStyle.load("chicago-author-date"), Optional.of("de-DE"), OutputFormat.TEXT);
        assertEquals("(Konoreva und Selivanov 2016)", de.citeEach(refs).citations().get(0));
        CslFormatter en = new CslFormatter(CslStyle.load("chicago-author-date"), Optional.empty(), OutputFormat.TEXT);
        assertEquals("(Konoreva and Selivanov 2016)", en.citeEach(refs).citations().get(0));
    }

    @Test
    void unknownStyleIdIsAClearError() {
        FormatException e = assertThrows(FormatException.class, () -> CslStyle.load("chicago-authr-date"));
        assertTrue(e.getMessage().startsWith("unknown style 'chicago-authr-date'"), e.getMessage());
        FormatException f = assertThrows(FormatException.class, () -> CslStyle.load("styles/nope.csl"));
        assertTrue(f.getMessage().contains("not found"), f.getMessage());
    }

    @Test
    void unknownLocaleIsAClearError() {
        FormatException e = assertThrows(FormatException.class,
                () -> new CslFormatter(CslStyle.load("apa"), Optional.of("xx-XX"), OutputFormat.TEXT));
        assertTrue(e.getMessage().contains("unknown locale 'xx-XX'"), e.getMessage());
    }

    @Test
    void yearSuffixLettersContinueAfterZ() {
        assertEquals("a", CslFormatter.letters(0));
        assertEquals("z", CslFormatter.letters(25));
        assertEquals("aa", CslFormatter.letters(26));
        assertEquals("ab", CslFormatter.letters(27));
    }

    static Reference byId(List<Reference> refs, String id) {
        return refs.stream().collect(Collectors.toMap(Reference::id, Function.identity())).get(id);
    }

    static Reference withCsl(Reference r, CSLItemData csl) {
        return CslRecords.reference(r.id(), csl, r.span(), r.raw(), r.defects(), r.archive(), r.extra());
    }

    static Span start() {
        return Span.START;
    }
}
