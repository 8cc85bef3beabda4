package org.opis.reflist;

import org.junit.jupiter.api.Test;
import org.opis.model.ParsedRecords;
import org.opis.text.SourceText;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Citations joined by semicolons in a reading list's paragraph, on real text (Woolhiser's SES 301 syllabus, references/). */
class SemicolonRunsTest {

    // references/en-woolhiser-east-european-studies-ses301/list.md, the reading for Sept. 4 (line breaks joined)
    private static final String SEPT_4 = "B. Comrie, \"The Languages of the Soviet Union,\" Chap. 1, pp. 1-38 (skim); "
            + "R. Jakobson, \"Slavic Languages: A Condensed Survey,\" (1955) pp. 1-11; "
            + "D. Hupchik, \"Culture and History in Eastern Europe,\" (1994), pp. 11-42.";

    @Test
    void aSemicolonBeforeNamesAndAQuotedTitleEndsAnEntry() {
        int p = SemicolonRuns.split(SEPT_4);
        assertEquals("B. Comrie, \"The Languages of the Soviet Union,\" Chap. 1, pp. 1-38 (skim)", SEPT_4.substring(0, p));
    }

    @Test
    void namesWithEtAlOpenAnEntryToo() {
        String t = "Susan Simon, \"Doing Business in Russia: Now It's as Easy as ABC,\" Business America, Sept. 1996, v. 116, pp. 27-28; "
                + "Karen Lowry Miller et. al., \"Central Europe's Best Companies,\" Business Week, July 21, 1997, p. 92E2-92E6";
        assertEquals(t.indexOf(';'), SemicolonRuns.split(t));
    }

    @Test
    void theParagraphIsReadAsThreeEntries() {
        ParsedRecords r = ReferenceListParser.parse(new SourceText("l.md", "Readings\n\n" + SEPT_4 + "\n"), null);
        List<String> families = r.references().stream()
                .map(x -> org.opis.model.CslRecords.csl(x).getAuthor()[0].getFamily()).toList();
        assertEquals(List.of("Comrie", "Jakobson", "Hupchik"), families);
        assertEquals("Slavic Languages: A Condensed Survey", org.opis.model.CslRecords.csl(r.references().get(1)).getTitle());
        for (int i = 1; i < 3; i++) {
            assertEquals(true, r.references().get(i).defects().stream().anyMatch(d -> d.code().equals("reference/merged-entries")),
                    "a run-on entry is reported: " + r.references().get(i).raw());
        }
    }

    @Test
    void namesJoinedBySemicolonsAreNoTwoEntries() {
        // vi-wikipedia-borodin-thu-muc: two authors joined by a semicolon, CS1 style
        assertEquals(-1, SemicolonRuns.split("Wilbur, C. Martin; How, Julie Lien-ying (1989). *Missionaries of Revolution: "
                + "Soviet Advisers and Nationalist China, 1920-1927*. Harvard University Press."));
        // ABNT areas set apart by semicolons (br-ufabc-bibliografias)
        assertEquals(-1, SemicolonRuns.split("DURKHEIM, E.; As regras do método sociológico; Martins Fontes"));
    }

    @Test
    void aSemicolonInsideATitleIsNoEnd() {
        assertEquals(-1, SemicolonRuns.split("Smith, John. \"War and Peace; Or, Tolstoy, \"the Count\" Reconsidered.\" Slavic Review 12 (1990)"));
    }

    @Test
    void gostNotesJoinedBySemicolonsEndAtTheYearOrPage() {
        // references/ru-khlevniuk-stalin-zhizn-notes/list.txt, note 3
        String t = "Волкогонов Д. А. Триумф и трагедия. Политический портрет И. В. Сталина. Кн. 1–2. М., 1989; Радзинский Э. Сталин. М., 1997.";
        assertEquals("Волкогонов Д. А. Триумф и трагедия. Политический портрет И. В. Сталина. Кн. 1–2. М., 1989",
                t.substring(0, SemicolonRuns.split(t)));
        // references/ru-khrushcheva-vozhd-notes/list.txt, note 505: after a page
        String u = "Президиум ЦК КПСС. Т. 1. С. 213; Аксютин Ю. Хрущевская «оттепель» и общественные настроения в СССР в 1953–1964 гг. С. 196.";
        assertEquals("Президиум ЦК КПСС. Т. 1. С. 213", u.substring(0, SemicolonRuns.split(u)));
        // places joined by a semicolon (note 501) are no two entries
        assertEquals(-1, SemicolonRuns.split("Kozlov D. The Readers of Novyi Mir: Coming to Terms with the Stalinist Past. Cambridge, Mass.; London, 2013. Р. 89, 91."));
    }

    @Test
    void britishNotesWithSingleQuotedTitlesEndAtTheSemicolon() {
        // references/en-fitzpatrick-anglo-german-notes/list.txt, note 4 (line breaks joined)
        String t = "A. Skřivan and A. Skřivan, 'The Financial Battle for Beijing: The Great Powers and Loans to China, 1895-1898', "
                + "Historian, 79, 3 (2017), pp. 476-503; M. P. Fitzpatrick, 'Globalisation or Empire? Revolution, the State and the "
                + "Geopolitics of Chinese Debt, 1895-1914', Enterprise & Society (2024), https://doi.org/10.1017/eso.2024.21";
        assertEquals(t.indexOf(';'), SemicolonRuns.split(t));
    }
}
