package org.opis.bibtex;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LaTeXTest {

    private final LaTeX latex = LaTeX.standard();

    @Test
    void classicBibtexWritesCaronAsAccentCommand() {
        assertEquals("Novaja i novej{\\v{s}}aja istorija", latex.encode("Novaja i novejšaja istorija", Flavour.BIBTEX));
    }

    @Test
    void vietnameseStackedDiacriticsBecomeNestedAccents() {
        assertEquals("H{\\`{\\^o}} Ch{\\'i} Minh", latex.encode("Hồ Chí Minh", Flavour.BIBTEX));
        assertEquals("L{\\^e} Du{\\h{\\^a}}n", latex.encode("Lê Duẩn", Flavour.BIBTEX));
        assertEquals("Ph{\\d{a}}m Th{\\d{i}} Ng{\\d{o}}c B{\\'i}ch", latex.encode("Phạm Thị Ngọc Bích", Flavour.BIBTEX));
        assertEquals("Ho{\\`a}ng V{\\u{a}}n Hoan", latex.encode("Hoàng Văn Hoan", Flavour.BIBTEX));
    }

    @Test
    void lettersWithoutPortableLatexStayUtf8() {
        // the horn of ư/ơ and the stroke of Đ have no command pandoc and base LaTeX both read
        assertEquals("Tr\u01b0\u1eddng Chinh", latex.encode("Trường Chinh", Flavour.BIBTEX));
        assertEquals("Đ{\\`{\\^o}}ng", latex.encode("Đồng", Flavour.BIBTEX));
        assertEquals("Бовин", latex.encode("Бовин", Flavour.BIBTEX));
    }

    @Test
    void specialCharactersAreEscapedInBothFlavours() {
        assertEquals("AT\\&T 50\\% \\$5 \\#1 a\\_b", latex.encode("AT&T 50% $5 #1 a_b", Flavour.BIBTEX));
        assertEquals("Hồ Chí Minh \\& Co {\\textasciitilde}", latex.encode("Hồ Chí Minh & Co ~", Flavour.BIBLATEX));
    }

    @Test
    void classicBibtexWritesTypographyAsTexLigatures() {
        assertEquals("1945--1969 --- ``Socialist Camp''", latex.encode("1945–1969 — “Socialist Camp”", Flavour.BIBTEX));
        assertEquals("1945–1969", latex.encode("1945–1969", Flavour.BIBLATEX));
    }

    @Test
    void decodingComposesAccents() {
        assertEquals("Šehu", latex.decode("{\\v{S}}ehu").text());
        assertEquals("Hồ Chí Minh", latex.decode("H{\\`{\\^o}} Ch{\\'\\i} Minh").text());
        assertEquals("Österreich", latex.decode("{\\\"O}sterreich").text());
        assertEquals("Müller Café ç ą ł ß", latex.decode("M\\\"{u}ller Caf\\'e \\c{c} \\k{a} {\\l} {\\ss}").text());
        assertEquals("Duẩn", latex.decode("Du{\\h{\\^a}}n").text());
        // an accent on an accent without braces: before, the inner command's letter was printed again ("Nguyễn en ếe")
        assertEquals("Nguyễn ế", latex.decode("Nguy\\~\\^en \\'\\^e").text());
    }

    @Test
    void decodingTurnsLigaturesAndEscapesIntoText() {
        assertEquals("1971–1982 — “Socialist Camp” 100% a&b", latex.decode("1971--1982 --- ``Socialist Camp'' 100\\% a\\&b").text());
        assertEquals("V'etnam", latex.decode("V'etnam").text());
        assertEquals("a\u00A0b", latex.decode("a~b").text());
    }

    @Test
    void bareSpecialCharactersAndUnicodeOutsideJbibtexGrammarSurvive() {
        assertEquals("Science & Society „Vestnik“ … №2", latex.decode("Science & Society „Vestnik“ … №2").text());
        assertEquals("Science & Society {X}", latex.decode("Science & Society {X}", true).text());
    }

    @Test
    void formattingAndCaseBracesAreReportedAsLossy() {
        LaTeX.Decoded d = latex.decode("The \\emph{Kreml} and {DRV}");
        assertEquals("The Kreml and DRV", d.text());
        assertTrue(d.lossy());
        assertFalse(latex.decode("Novej{\\v{s}}aja").lossy());
    }

    @Test
    void unbalancedBracesAreAProblemNotACrash() {
        LaTeX.Decoded d = latex.decode("Missing {closing brace");
        assertEquals("Missing closing brace", d.text());
        assertTrue(d.problem().isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Novaja i novejšaja istorija", "Phạm Thị Ngọc Bích", "Hồ Chí Minh", "Kurzkommentar zum ABGB § 1063",
            "Moskva-Ho Shi Min. Kontakty v 1950–1952 gg", "Stalin, Ho Shi Min i «delo» Chan Ngok Dana", "Zapisʹ besedy s poslom DRV",
            "Ditar për çështje ndërkombëtare", "Œuvres complètes", "Łódź — Kraków", "Россия и Вьетнам", "50% & $5", "set {a} and }b{ \\ c"})
    void classicEncodingDecodesBackToTheSameText(String text) {
        assertEquals(text, latex.decode(latex.encode(text, Flavour.BIBTEX)).text());
        assertEquals(text, latex.decode(latex.encode(text, Flavour.BIBLATEX)).text());
    }

    @Test
    void nonEnglishTitleIsProtectedWhole() {
        assertEquals("{Moj XX vek. Vospominaniya}", LaTeX.protect("Moj XX vek. Vospominaniya", true));
    }

    @Test
    void titleCaseTitlesKeepTheirCapitalsUnbracedExceptAcronymsAndInnerCapitals() {
        // title casing is what sentence-case styles are meant to lower: no braces on capitalised words
        assertEquals("Magnetic Mountain: Stalinism as a Civilization", LaTeX.protect("Magnetic Mountain: Stalinism as a Civilization", false));
        assertEquals("The Soviet Union and the Vietnam War", LaTeX.protect("The Soviet Union and the Vietnam War", false));
        assertEquals("Albania and {Sino-Soviet} Rift", LaTeX.protect("Albania and Sino-Soviet Rift", false));
        assertEquals("Digital Archive: International History", LaTeX.protect("Digital Archive: International History", false));
        assertEquals("Moj {XX} vek. Vospominaniya", LaTeX.protect("Moj XX vek. Vospominaniya", false));
        assertEquals("the ``Socialist Camp''", LaTeX.protect("the ``Socialist Camp''", false));
        assertEquals("On {NATO} and the {USSR}", LaTeX.protect("On NATO and the USSR", false));
    }

    @Test
    void sentenceCaseTitlesBraceTheirProperNouns() {
        assertEquals("Confronting {Vietnam}: Soviet policy toward the {Indochina} conflict",
                LaTeX.protect("Confronting Vietnam: Soviet policy toward the Indochina conflict", false));
        assertEquals("State {Department} employee loyalty investigation: report of the {McCarthy} subcommittee",
                LaTeX.protect("State Department employee loyalty investigation: report of the McCarthy subcommittee", false));
        assertTrue(LaTeX.sentenceCase("The origins of the conflict in Vietnam"));
        assertFalse(LaTeX.sentenceCase("The Origins of the Conflict in Vietnam"));
    }

    @Test
    void protectionWrapsEncodedAccentsAsWholeWords() {
        String enc = latex.encode("Heute in Österreich", Flavour.BIBTEX);
        assertEquals("Heute in {\\\"O}sterreich", LaTeX.protect(enc, false));
        assertEquals("Politics and society in {{\\\"O}sterreich} after the war",
                LaTeX.protect(latex.encode("Politics and society in Österreich after the war", Flavour.BIBTEX), false));
        assertEquals("{\\\"O}sterreich heute", LaTeX.protect(latex.encode("Österreich heute", Flavour.BIBTEX), false));
    }
}
