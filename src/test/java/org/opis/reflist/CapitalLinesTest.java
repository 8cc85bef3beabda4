package org.opis.reflist;

import org.opis.model.Reference;
import org.opis.text.SourceText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Brazilian (ABNT) entries, names in capitals, one a line (references/br-ufabc-bibliografias/list.md). */
class CapitalLinesTest {

    private static List<String> raws(String text) {
        return ReferenceListParser.parse(new SourceText("list.md", text)).references().stream().map(Reference::raw).toList();
    }

    @Test
    void theWholeListHasNoEntryJoiningTwoLinesThatOpenWithNamesInCapitals() throws Exception {
        // the layout joined lines 31-32 (BARBIERI … / DALY, H.; …) and nine more such pairs into one entry each
        List<String> r = raws(java.nio.file.Files.readString(java.nio.file.Path.of("references/br-ufabc-bibliografias/list.md")));
        assertTrue(r.contains("BARBIERI, J.C. Desenvolvimento e meio ambiente: estratégias de mudança da Agenda XXI."), r.toString());
        assertTrue(r.contains("DALY, H.; Economia Ecológica; Instituto Piaget."), r.toString());
        assertTrue(r.contains("NATIONAL INTELLIGENCE COUNCIL. Global Trends 2025: a transformed world. Washington: US Government Printing Office, 2008. ISBN: 978-0-16-081834-9"), r.toString());
        assertTrue(r.stream().noneMatch(e -> e.matches("(?s).*\\n[A-ZÁÉÍÓÚÂÊÔÃÕÇ]{2,}[A-ZÁÉÍÓÚÂÊÔÃÕÇ -]*(, [A-Z]|;|\\. [A-Z]).*")), r.toString());
    }

    @Test
    void aJoinedEntryIsCutAtTheLineThatOpensAsItDoes() {
        // lines 167-168 as one entry, as the layout read them: a person, then a council as author
        String t = "HUDSON, Valerie. Foreign Policy Analysis: classic and contemporary theory. Rousman & Littlefield Publisher, 2006.\n"
                + "NATIONAL INTELLIGENCE COUNCIL. Global Trends 2025: a transformed world. Washington: US Government Printing Office, 2008.";
        List<int[]> cut = CapitalLines.split(new SourceText("list.md", t), List.of(new int[]{0, t.length()}));
        assertEquals(2, cut.size());
        assertEquals("HUDSON, Valerie. Foreign Policy Analysis: classic and contemporary theory. Rousman & Littlefield Publisher, 2006.",
                t.substring(cut.get(0)[0], cut.get(0)[1]));
        assertTrue(t.substring(cut.get(1)[0], cut.get(1)[1]).startsWith("NATIONAL INTELLIGENCE COUNCIL. Global Trends 2025"));
    }

    @Test
    void aWrappedEntryWhoseLineOpensWithAnAcronymAndAYearStaysWhole() {
        // made-up in the shape: the publisher's acronym at a line start is followed by a year, not by a capital
        String lines = """
                BONIFACE, Pascal. Le Monde contemporain : grandes lignes de partage. Paris :
                PUF, 2001. 300 p.
                """;
        assertEquals(1, raws("## Bibliographie\n\n" + lines).size());
        String t = lines.strip();
        assertEquals(1, CapitalLines.split(new SourceText("list.md", t), List.of(new int[]{0, t.length()})).size());
    }
}
