package org.opis.bibtex;

import org.opis.model.CslRecords;
import de.undercouch.citeproc.csl.CSLItemData;
import org.junit.jupiter.api.Test;
import org.opis.model.Diagnostic;
import org.opis.model.ParsedRecords;
import org.opis.model.Reference;
import org.opis.model.Severity;
import org.opis.text.SourceText;

import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BibTeXReaderTest {

    private static ParsedRecords read(String bib) {
        return new BibTeXReader().read(new SourceText("test.bib", bib));
    }

    private static String write(List<Reference> refs, Flavour f) throws Exception {
        StringWriter w = new StringWriter();
        new BibTeXWriter(f, BibTeXWriter.KeyPolicy.KEEP).write(refs, w);
        return w.toString();
    }

    private static Diagnostic only(ParsedRecords r, String code) {
        List<Diagnostic> ds = r.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
        assertEquals(1, ds.size(), r.diagnostics().toString());
        return ds.get(0);
    }

    @Test
    void brokenEntryIsReportedWithLineAndTheRestIsRead() {
        ParsedRecords r = read("""
                @article{good1,
                  author = {Selivanov, Igor N.},
                  title = {A fine article},
                  year = {2021}
                }

                @book{unbalanced,
                  author = {Smith, John},
                  title  = {Missing closing brace in title,
                  year   = {2001}
                }

                @misc{good2,
                  title = {Still parsed after errors?},
                  year  = 1999
                }
                """);
        // the broken entry is not dropped: it is read with its open brace closed
        assertEquals(List.of("good1", "unbalanced", "good2"), r.references().stream().map(Reference::id).toList());
        Diagnostic d = only(r, "bibtex/unterminated");
        assertEquals(Severity.ERROR, d.severity());
        assertEquals(7, d.span().line());
        assertEquals(1, d.span().column());
        assertTrue(r.hasErrors());
    }

    @Test
    void syntaxErrorPointsAtTheOffendingToken() {
        ParsedRecords r = read("@book{ok, title = {A}}\n\n@book{bad,\n  title = {B},\n  year 1999\n}\n");
        Diagnostic d = only(r, "bibtex/syntax");
        assertEquals(5, d.span().line());
        // the unreadable entry is kept verbatim (its text in note), not dropped
        assertEquals(List.of("ok", "bad"), r.references().stream().map(Reference::id).toList());
        assertEquals("@book{bad,\n  title = {B},\n  year 1999\n}", CslRecords.csl(r.references().get(1)).getNote());
    }

    @Test
    void stringMacrosAreResolvedAcrossEntriesAndUndefinedOnesReported() {
        ParsedRecords r = read("@string{cws = \"Journal of Cold War Studies\"}\n@article{a, journal = cws, title = {T}, year = 2021}\n@article{b, journal = nosuch, title = {U}, year = 2021}\n");
        assertEquals("Journal of Cold War Studies", CslRecords.csl(r.references().get(0)).getContainerTitle());
        assertEquals("nosuch", CslRecords.csl(r.references().get(1)).getContainerTitle());
        assertEquals(Severity.WARNING, only(r, "bibtex/undefined-string").severity());
    }

    @Test
    void includeIsNeverFollowed() {
        ParsedRecords r = read("@include{/etc/passwd}\n@book{a, title = {A}}\n");
        only(r, "bibtex/include");
        assertEquals(1, r.references().size());
    }

    @Test
    void duplicateKeysAreReported() {
        ParsedRecords r = read("@book{a, title = {A}}\n@book{a, title = {B}}\n");
        only(r, "bibtex/duplicate-key");
        assertEquals(2, r.references().size());
    }

    @Test
    void latexIsDecodedAndNamesParsed() {
        ParsedRecords r = read("@book{x, author = {{\\v{S}}ehu, Mehmet and {Hồ Chí Minh} and de Beauvoir, Simone}, title = {Socialisticheskaja Albanija}, year = {1977}}");
        CSLItemData c = CslRecords.csl(r.references().get(0));
        assertEquals("Šehu", c.getAuthor()[0].getFamily());
        assertEquals("Mehmet", c.getAuthor()[0].getGiven());
        assertEquals("Hồ Chí Minh", c.getAuthor()[1].getLiteral());
        assertEquals("de", c.getAuthor()[2].getNonDroppingParticle());
        assertEquals("Beauvoir", c.getAuthor()[2].getFamily());
    }

    @Test
    void fieldsWithoutCslEquivalentAreKeptAndWrittenBack() throws Exception {
        ParsedRecords r = read("@inbook{k, author = {A, B}, title = {T}, booktitle = {Book}, year = 2000, owner = {jabref}, timestamp = {2015.04.10}, groups = {Cold War}}");
        Reference ref = r.references().get(0);
        assertEquals("jabref", ref.extra().get("bibtex:owner"));
        assertEquals("inbook", ref.extra().get("bibtex:@type"));
        assertEquals("chapter", CslRecords.csl(ref).getType().toString());
        String out = write(r.references(), Flavour.BIBTEX);
        assertTrue(out.startsWith("@inbook{k,"), out);
        assertTrue(out.contains("owner = {jabref}") && out.contains("timestamp = {2015.04.10}") && out.contains("groups = {Cold War}"), out);
    }

    @Test
    void unknownEntryTypeIsKept() throws Exception {
        ParsedRecords r = read("@manuscript{NAK5-333, library = {National Archives, Kathmandu}, shelfmark = {5-333}}");
        assertEquals("document", CslRecords.csl(r.references().get(0)).getType().toString());
        assertTrue(write(r.references(), Flavour.BIBLATEX).startsWith("@manuscript{NAK5-333,"));
    }

    @Test
    void yearRangesAreReadFromBothFlavours() {
        CSLItemData classic = CslRecords.csl(read("@book{v, title = {Vepra}, year = {1971--1982}}").references().get(0));
        assertArrayEquals(new int[][]{{1971}, {1982}}, classic.getIssued().getDateParts());
        CSLItemData biblatex = CslRecords.csl(read("@book{v, title = {Vepra}, date = {1971/1982}}").references().get(0));
        assertArrayEquals(new int[][]{{1971}, {1982}}, biblatex.getIssued().getDateParts());
        CSLItemData day = CslRecords.csl(read("@misc{t, title = {Telegram}, year = 1961, month = aug, day = {15}}").references().get(0));
        assertArrayEquals(new int[][]{{1961, 8, 15}}, day.getIssued().getDateParts());
    }

    @Test
    void yearRangesAreWrittenPerFlavour() throws Exception {
        List<Reference> v = read("@book{v, title = {Vepra}, date = {1971/1982}}").references();
        assertTrue(write(v, Flavour.BIBTEX).contains("year = {1971--1982}"));
        assertTrue(write(v, Flavour.BIBLATEX).contains("date = {1971/1982}"));
        List<Reference> t = read("@misc{t, title = {Telegram}, date = {1961-08-15}, urldate = {2017-05-10}, url = {http://digitalarchive.wilsoncenter.org/document/110158}}").references();
        String classic = write(t, Flavour.BIBTEX);
        assertTrue(classic.contains("year = {1961}") && classic.contains("month = aug") && classic.contains("day = {15}"), classic);
        assertTrue(classic.contains("urldate = {2017-05-10}") && classic.contains("url = {http://digitalarchive.wilsoncenter.org/document/110158}"), classic);
    }

    @Test
    void archivalItemFollowsTheBiblatexMlaRecipeWithAReadableAddendum() throws Exception {
        // Zotero-style fields as in the interop samples: archive + archiveLocation
        List<Reference> refs = read("""
                @unpublished{rgaspi-495-201-1-1,
                  title           = {Zapisʹ besedy s poslom {DRV} v Albanii},
                  note            = {Memorandum of conversation},
                  year            = {1962},
                  archive         = {RGASPI},
                  archiveLocation = {f. 495, op. 201, d. 1/1, l. 79},
                  language        = {russian}
                }
                """).references();
        CSLItemData c = CslRecords.csl(refs.get(0));
        assertEquals("manuscript", c.getType().toString());
        assertEquals("RGASPI", c.getArchive());
        assertEquals("f. 495, op. 201, d. 1/1, l. 79", c.getArchiveLocation());
        assertEquals("ru", c.getLanguage());
        String biblatex = write(refs, Flavour.BIBLATEX);
        assertTrue(biblatex.contains("library = {RGASPI}"), biblatex);
        assertTrue(biblatex.contains("number = {f. 495, op. 201, d. 1/1, l. 79}"), biblatex);
        assertTrue(biblatex.contains("addendum = {RGASPI, f. 495, op. 201, d. 1/1, l. 79}"), biblatex);
        assertTrue(biblatex.contains("langid = {russian}"), biblatex);
        String classic = write(refs, Flavour.BIBTEX);
        assertTrue(classic.contains("note = {Memorandum of conversation. RGASPI, f. 495, op. 201, d. 1/1, l. 79}"), classic);

        // reading our own export gives the archive back and drops the generated text
        for (String bib : List.of(biblatex, classic)) {
            Reference back = read(bib).references().get(0);
            assertEquals("RGASPI", CslRecords.csl(back).getArchive());
            assertEquals("f. 495, op. 201, d. 1/1, l. 79", CslRecords.csl(back).getArchiveLocation());
            assertEquals("Memorandum of conversation", CslRecords.csl(back).getNote());
            assertFalse(back.extra().containsKey("bibtex:addendum"));
        }
    }

    @Test
    void yearSuffixTravelsInAReadableNote() throws Exception {
        List<Reference> refs = read("@article{konoreva2008b, author = {Konoreva, I.A.}, title = {Nekotorye shtrihi}, journaltitle = {Voprosy istorii}, date = {2008}, addendum = {cited as 2008b}}").references();
        assertEquals("b", CslRecords.csl(refs.get(0)).getYearSuffix());
        assertNull(refs.get(0).extra().get("bibtex:addendum"));
        assertTrue(write(refs, Flavour.BIBTEX).contains("note = {cited as 2008b}"));
    }

    @Test
    void nonEnglishTitlesAreProtectedAndLanguageWritten() throws Exception {
        List<Reference> refs = read("@book{bovin2003, author = {Bovin, A.E.}, title = {Moj XX vek. Vospominaniya}, date = {2003}, langid = {russian}}").references();
        assertEquals("ru", CslRecords.csl(refs.get(0)).getLanguage());
        String classic = write(refs, Flavour.BIBTEX);
        assertTrue(classic.contains("title = {{Moj XX vek. Vospominaniya}}"), classic);
        assertTrue(classic.contains("language = {russian}"), classic);
        assertTrue(write(refs, Flavour.BIBLATEX).contains("langid = {russian}"));
    }

    @Test
    void literalAndCorporateNamesAreBraced() throws Exception {
        List<Reference> refs = read("@online{wwc, author = {{History and Public Policy Program, Woodrow Wilson Center}}, title = {Digital Archive}, url = {http://digitalarchive.wilsoncenter.org/}, urldate = {2017-05-11}}").references();
        assertEquals("History and Public Policy Program, Woodrow Wilson Center", CslRecords.csl(refs.get(0)).getAuthor()[0].getLiteral());
        assertTrue(write(refs, Flavour.BIBLATEX).contains("author = {{History and Public Policy Program, Woodrow Wilson Center}}"));
    }

    @Test
    void emptyOrBinaryLikeInputGivesAFindingNotACrash() {
        assertEquals("bibtex/empty", read("just some text, no entries").diagnostics().get(0).code());
        ParsedRecords r = read("@@@{{{{}}\u0000\u0001@book{");
        assertTrue(r.references().isEmpty());
    }

    @Test
    void longSingleLineIsReadInLinearTime() {
        String big = "@misc{x, note = {" + "a".repeat(2_000_000) + "}}" + "{".repeat(1_000_000);
        ParsedRecords r = read(big);
        assertEquals(1, r.references().size());
    }

    @Test
    void mastersThesisStaysAMastersThesisInClassicBibtex() throws Exception {
        List<Reference> refs = read("@mastersthesis{m, author = {Doe, Jane}, title = {Albania}, school = {Tirana University}, year = 1990}").references();
        assertEquals("thesis", CslRecords.csl(refs.get(0)).getType().toString());
        assertEquals("Tirana University", CslRecords.csl(refs.get(0)).getPublisher());
        assertTrue(write(refs, Flavour.BIBTEX).startsWith("@mastersthesis{m,"));
        List<Reference> byGenre = read("@thesis{t, author = {Doe, Jane}, title = {Albania}, institution = {Tirana University}, type = {Master's thesis}, date = 1990}").references();
        String classic = write(byGenre, Flavour.BIBTEX);
        assertTrue(classic.startsWith("@mastersthesis{t,") && classic.contains("school = {Tirana University}"), classic);
    }

    @Test
    void fileLevelBlocksAreReportedNotSilentlyDropped() {
        ParsedRecords r = read("@preamble{\"\\newcommand{\\noopsort}[1]{}\"}\n@comment{jabref-meta: databaseType:bibtex;}\n@book{a, title = {A}}\n");
        assertEquals(2, r.diagnostics().stream().filter(d -> d.code().equals("bibtex/not-a-record")).count());
        assertEquals(1, r.references().size());
    }

    @Test
    void unbalancedBracesInAUrlCannotBreakTheFile() throws Exception {
        de.undercouch.citeproc.csl.CSLItemData item = new de.undercouch.citeproc.csl.CSLItemDataBuilder().id("w")
                .type(de.undercouch.citeproc.csl.CSLType.WEBPAGE).title("Odd {page").URL("http://example.org/a{b").build();
        String out = write(List.of(CslRecords.of("w", item, org.opis.model.Span.START, "")), Flavour.BIBLATEX);
        assertTrue(out.contains("url = {http://example.org/a%7Bb}"), out);
        assertTrue(out.contains("title = {Odd {\\textbraceleft}page}"), out);
        assertEquals("Odd {page", CslRecords.csl(read(out).references().get(0)).getTitle());
        assertEquals(1, read(out).references().size());
        assertFalse(read(out).hasErrors());
    }

    @Test
    void anEntryThatNeverClosesIsReadWithItsBracesClosed() {
        ParsedRecords r = read("@article{lewin1995, title={Russia/USSR/Russia}, year=1995\n@book{kotkin1995, title={Magnetic Mountain}, year=1995}\n");
        assertEquals(2, r.references().size());
        assertEquals("Russia/USSR/Russia", CslRecords.csl(r.references().get(0)).getTitle());
        assertEquals("bibtex/unterminated", r.diagnostics().get(0).code());
    }

    @Test
    void anUnreadableEntryIsKeptVerbatimNotDropped() {
        // a missing comma between fields: JBibTeX cannot read it, and closing braces does not help
        String bad = "@book{fitzpatrick1999, title = {Everyday Stalinism} year = 1999}";
        ParsedRecords r = read(bad + "\n@book{kotkin1995, title={Magnetic Mountain}, year=1995}\n");
        assertEquals(2, r.references().size());
        assertEquals("fitzpatrick1999", r.references().get(0).id());
        assertEquals(bad, CslRecords.csl(r.references().get(0)).getNote());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code().equals("bibtex/syntax")));
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code().equals("bibtex/kept-verbatim")));
    }
}
