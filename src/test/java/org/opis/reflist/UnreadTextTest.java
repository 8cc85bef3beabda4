package org.opis.reflist;

import org.junit.jupiter.api.Test;
import org.opis.model.Diagnostic;
import org.opis.text.SourceText;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text of a reference section that no entry took is reported, not dropped silently. */
class UnreadTextTest {

    // references/fr-celsa-afnor-bibliographie/list.md, lines 5 and 7, verbatim
    private static final String AFNOR = "## Bibliographie\n\n"
            + "AÏM \\(Olivier\\) et BILLIET \\(Stéphane\\). - _Communication_ . - Paris : Dunod, 2015.\n\n"
            + "BARTHES, \\(Roland\\). - _Mythologies_. - Paris : Seuil, 1970.\n";

    @Test
    void thePartOfALineAnEntryLeftOutIsReported() {
        SourceText src = new SourceText("list.md", AFNOR);
        int line3 = src.lineStart(3), line5 = src.lineStart(5);
        // as round 28's boundaries read it: each entry began after the author's name and its " - "
        int cut3 = AFNOR.indexOf("_Communication_"), cut5 = AFNOR.indexOf("_Mythologies_");
        List<int[]> entries = List.of(new int[]{cut3, line3 + src.line(3).length()}, new int[]{cut5, line5 + src.line(5).length()});
        List<Diagnostic> found = UnreadText.find(src, 3, 5, entries);
        assertEquals(2, found.size(), found.toString());
        assertEquals("reflist/unread-text", found.get(0).code());
        assertTrue(found.get(0).message().startsWith("\u201CAÏM \\(Olivier\\) et BILLIET \\(Stéphane\\). -\u201D"), found.get(0).message());
        assertEquals(3, found.get(0).span().line());
        assertEquals(1, found.get(0).span().column());
        // read whole, nothing is left out
        assertEquals(List.of(), UnreadText.find(src, 3, 5, List.of(new int[]{line3, cut3 + 20}, new int[]{line5, line5 + src.line(5).length()})).stream()
                .filter(d -> d.span().line() == 5).toList());
    }

    @Test
    void aWholeLineIsReportedOnlyWhenItReadsLikeAReference() {
        String text = "## Literatura\n\n**Osnovna literatura**\n\nAlgoritmi i strukture podataka, Milo Tomašević, Akademska misao, 2010.\n\n"
                + "Students should read the following before the first class.\n";
        SourceText src = new SourceText("list.md", text);
        List<Diagnostic> found = UnreadText.find(src, 3, 7, List.of());
        assertEquals(1, found.size(), found.toString());
        assertEquals(5, found.get(0).span().line());
        // the whole list read by the parser: the entry is taken, nothing reported
        assertTrue(ReferenceListParser.parse(src).diagnostics().stream().noneMatch(d -> d.code().equals("reflist/unread-text")
                && d.span().line() == 5));
    }
}
