package org.opis.document;

import org.junit.jupiter.api.Test;
import org.opis.cite.CheckedCitation;
import org.opis.cite.CheckedNote;
import org.opis.model.Reference;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A LaTeX note whose list is a {@code thebibliography}: its {@code \bibitem} keys name the works read from the entries
 * (so {@code \cite{gaiduk}} resolves and an export keeps the author's keys), and the characters LaTeX writes as commands
 * read as themselves. The entries are the bundled note's own (references/selivanov-2017/note.md, lines 334–364) as
 * LaTeX writes them: {@code \emph{…}}, {@code ``…''}, {@code --} ranges, and the Vietnamese names in accent commands.
 */
class LatexBibliographyTest {

    private static final String TEX = """
            \\documentclass{article}
            \\begin{document}
            Lê Duẩn accused Moscow of backsliding \\cite[pp.~8--9]{gaiduk}; see also
            \\citep{bovin,glazunov} and the Vietnamese view \\cite[51--52]{pham}.

            \\begin{thebibliography}{9}
            \\bibitem{bovin} Bovin, A.E. \\emph{Moj XX vek. Vospominaniya}. Moscow, 2003.
            \\bibitem{gaiduk}
            Gaiduk, Ilya V. \\emph{The Soviet Union and the Vietnam War}. Chicago: Dee, 1996.
            \\bibitem{glazunov} Glazunov, E.P. \\emph{V dni vojny i mira}. Moscow, 2010.
            \\bibitem[Ph\\d{a}m and Mosjakov(2005)]{pham} Ph\\d{a}m Th\\d{i} Ng\\d{o}c B\\'{\\i}ch and D.V. Mosjakov.
            ``Vneshnjaja politika V'etnama v gody Vtoroj indokitajskoj vojny (1964--1975)''. \\emph{Vostok}, no. 2 (2005).
            \\end{thebibliography}
            \\end{document}
            """;

    private static DocumentChecker.Result check() {
        return DocumentChecker.check(DocumentReader.read("note.tex", TEX.getBytes(StandardCharsets.UTF_8), Optional.empty()), Library.NONE);
    }

    @Test
    void bibitemKeysNameTheirWorksAndEveryCiteResolves() {
        CheckedNote n = check().checked();
        List<String> ids = n.references().stream().map(Reference::id).toList();
        assertEquals(List.of("bovin", "gaiduk", "glazunov", "pham"), ids);
        assertEquals(4, n.summary().citations(), n.citations().toString());
        assertEquals(4, n.summary().resolved());
        assertEquals(0, n.summary().uncited());
        Map<String, String> pages = n.citations().stream().filter(c -> !c.locators().isEmpty())
                .collect(Collectors.toMap(c -> c.resolvesTo().orElseThrow(), c -> c.locators().get(0).value()));
        assertEquals("8–9", pages.get("gaiduk"));
        assertTrue(n.citations().stream().map(CheckedCitation::resolvesTo).allMatch(Optional::isPresent));
    }

    @Test
    void latexCharactersReadAsThemselves() {
        Map<String, Reference> byId = check().checked().references().stream().collect(Collectors.toMap(Reference::id, r -> r));
        var pham = org.opis.model.CslRecords.csl(byId.get("pham"));
        // the accent commands are the Vietnamese letters, the quotes and the dash are the title's own
        assertEquals("Phạm Thị Ngọc Bích", pham.getAuthor()[0].getLiteral());
        assertEquals("Mosjakov", pham.getAuthor()[1].getFamily());
        assertEquals("Vneshnjaja politika V'etnama v gody Vtoroj indokitajskoj vojny (1964–1975)", pham.getTitle());
        assertEquals("Vostok", pham.getContainerTitle());
        assertEquals("2", pham.getIssue());
        Reference gaiduk = byId.get("gaiduk");
        assertEquals("The Soviet Union and the Vietnam War", org.opis.model.CslRecords.csl(gaiduk).getTitle());
        assertEquals("Dee", org.opis.model.CslRecords.csl(gaiduk).getPublisher());
    }

    @Test
    void charactersKeepTheirColumns() {
        // a sequence becomes its character and the rest of its word moves left: the next word keeps its column
        char[] b = "K{\\\"o}rper 201--230 ``Title'' next".toCharArray();
        LatexGlyphs.apply(b);
        String s = new String(b);
        assertEquals("Körper     201–230  “Title”   next", s);
        assertEquals("K{\\\"o}rper 201--230 ``Title'' next".indexOf("next"), s.indexOf("next"));
    }
}
