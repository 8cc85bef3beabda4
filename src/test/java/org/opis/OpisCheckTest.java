package org.opis;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opis.cite.CheckedCitation;
import org.opis.cite.CheckedNote;
import org.opis.cite.CitationKind;
import org.opis.cite.CitationStatus;
import org.opis.cite.Locator;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole check (reference list, citations, archival) on the bundled note. */
class OpisCheckTest {

    private static CheckedNote note;

    @BeforeAll
    static void check() throws Exception {
        note = Opis.check(Path.of("references/selivanov-2017/note.md"));
    }

    private static CheckedCitation cited(String text) {
        return note.citations().stream().filter(c -> c.citation().text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("not found: " + text));
    }

    @Test
    void everyCitationIsFoundAndEachIsResolvedOrHasAReason() {
        assertEquals(86, note.summary().citations());
        for (CheckedCitation c : note.citations()) {
            if (c.status() != CitationStatus.RESOLVED) assertFalse(c.reason().isBlank(), c.toString());
        }
    }

    @Test
    void gaidukTwentyTenIsUnresolvedAndNamesTheListsGaiduk() {
        CheckedCitation c = cited("Gaiduk 2010, pp. 8–9");
        assertEquals(CitationStatus.UNRESOLVED, c.status());
        assertTrue(c.candidates().stream().anyMatch(id -> id.startsWith("gaiduk1996")), c.candidates()::toString);
        assertTrue(note.diagnostics().stream().anyMatch(d -> d.code().equals("citation/unresolved") && d.span().line() == 129));
    }

    @Test
    void transliterationAndDiacriticVariantsAreFuzzyLinks() {
        for (String t : List.of("Bukharkin 1998, p. 135", "Ognětov 2007", "Phạm Thị Ngọc Bích and Mosyakov 2005, pp. 51–52",
                "Harutyun Ulunyan (2015)")) {
            CheckedCitation c = cited(t);
            assertEquals(CitationStatus.FUZZY, c.status(), t);
            assertTrue(c.resolvesTo().isPresent(), t);
        }
        assertTrue(cited("Bukharkin 1998, p. 135").resolvesTo().orElseThrow().startsWith("buharkin1998"));
    }

    @Test
    void yearsOfATitleGiveAFuzzyLinkToTheBookIssuedLater() {
        CheckedCitation c = cited("Hoxha 1959–84, pp. 160–61");
        assertEquals(CitationStatus.FUZZY, c.status());
        assertTrue(c.resolvesTo().orElseThrow().startsWith("hoxha1984"));
        assertTrue(c.reason().startsWith("title years"), c.reason());
    }

    @Test
    void titleNewspaperAndNoDateCitationsResolve() {
        for (String t : List.of("Livre Noir 1978", "Le Conflit 1979", "Informacionnoe 1948, pp. 15, 17, 23",
                "Vestnik Arhiva Prezidenta Rossijskoj Federacii 1998, p. 76", "Prezidium 2004, v. 3, p. 260",
                "“Pravda o v’etnamo-kitajskih” 1979", "Pravda, 8 July 1977", "Hồ Chí Minh 1969", "Malile and Zhou 1961",
                "History and Public Policy Program, Woodrow Wilson Center n.d.", "Hoxha 1971–82, t. 22, f. 402",
                "Konoreva and Selivanov 2016, p. 69", "Konoreva (2008a)")) {
            assertEquals(CitationStatus.RESOLVED, cited(t).status(), t);
        }
        assertEquals(CitationKind.NEWSPAPER, cited("Pravda, 8 July 1977").citation().kind());
    }

    @Test
    void ibidInheritsTheVolumeAndArchivalIbidTheArchive() {
        CheckedCitation f = cited("ibid., f. 827");
        assertTrue(f.resolvesTo().orElseThrow().startsWith("hoxha1981ditar"));
        assertEquals(List.of(new Locator("volume", "3"), new Locator("page", "827")), f.locators());
        CheckedCitation d = cited("ibid., d. 1/3, l. 106");
        assertEquals("rgaspi", d.resolvesTo().orElseThrow());
        assertTrue(d.archival().isPresent());
    }

    @Test
    void declaredArchivesAreCitedByTheirArchivalCitations() {
        assertTrue(note.diagnostics().stream().filter(d -> d.code().equals("reference/uncited"))
                .noneMatch(d -> d.message().contains("rgaspi") || d.message().contains("rgani") || d.message().contains("avprf")));
    }
}
