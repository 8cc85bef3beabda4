package org.opis.reflist;

import org.opis.model.Reference;
import org.opis.text.SourceText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** French entries with capitalised family names run on in one line (references/fr-davion-relations-internationales). */
class CapitalRunsTest {

    private static List<String> raws(String text) {
        return ReferenceListParser.parse(new SourceText("list.md", text)).references().stream().map(Reference::raw).toList();
    }

    @Test
    void threeEntriesOnOneLineAreThree() {
        // list.md line 29, verbatim (the commas lost their spaces in conversion); the gold holds three entries
        String line = "LEJEUNE Dominique,Histoire du monde actuel 1990-2000, A.Colin « coll.U », 2001 MILZA Pierre,Les Relations "
                + "internationales de 1973 à nos jours, Hachette « Carré », 2001 MOREAU-DEFARGES Philippe,L'ordre mondial, Armand Colin, 2003  \n";
        assertEquals(List.of("LEJEUNE Dominique,Histoire du monde actuel 1990-2000, A.Colin « coll.U », 2001",
                "MILZA Pierre,Les Relations internationales de 1973 à nos jours, Hachette « Carré », 2001",
                "MOREAU-DEFARGES Philippe,L'ordre mondial, Armand Colin, 2003"), raws("## Bibliographie\n\n" + line));
    }

    @Test
    void anEditedWorkAfterAYearIsItsOwnEntry() {
        // list.md line 7: the second entry's name is followed by "\(dir.\)" (escaped parentheses of the Markdown conversion)
        String line = "BONIFACE Pascal et VÉDRINE Hubert,Atlas du monde global, Armand Colin, 2015 BONIFACE Pascal \\(dir.\\),Atlas des "
                + "relations internationales, Hatier, 1998  \n";
        assertEquals(List.of("BONIFACE Pascal et VÉDRINE Hubert,Atlas du monde global, Armand Colin, 2015",
                "BONIFACE Pascal \\(dir.\\),Atlas des relations internationales, Hatier, 1998"), raws("## Bibliographie\n\n" + line));
    }

    @Test
    void aPublishersAcronymAfterTheYearStartsNoEntry() {
        assertEquals(-1, CapitalRuns.split("SOUTOU Georges-Henri,L’Europe de 1815 à nos jours, 2007 PUF, Paris, second edition"));
        // ABNT areas (references/br-ufabc-bibliografias): the name in capitals stands only at the start
        assertEquals(-1, CapitalRuns.split("DURKHEIM, E.; As regras do método sociológico; Martins Fontes"));
        // an entry that does not open with a name in capitals is not cut
        assertEquals(-1, CapitalRuns.split("Yves-Henri Nouailhat,Les Etats-Unis et le monde, A.Colin, 1997 RICHARDOT Philippe,Les Etats-Unis, Economica, 2002"));
    }
}
