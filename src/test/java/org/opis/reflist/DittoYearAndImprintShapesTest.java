package org.opis.reflist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shapes of the round-19 (hB) real lists read by the rules: an author-date year right after a ditto mark
 * ({@link DittoYear}; {@code references/en-crowl-russia-soviet-union-360}), a lone publisher after a comma closing an
 * italic title ({@link CommaAfter}) and Vietnamese edition statements and printing houses
 * ({@code references/vi-wikipedia-lich-su-nga-doc-them}, {@code vi-wikipedia-le-duan-thu-muc}), {@code et. al.} with a
 * stray full stop ({@code references/en-woolhiser-east-european-studies-ses301}). Entries verbatim from those lists;
 * expected values checked against the entry text. Each was misread before (the year read into the title; the
 * publisher read as the place; no edition; the publisher read as the place; {@code al.} read as a family name).
 */
class DittoYearAndImprintShapesTest {

    private static CSLItemData read(String entry) {
        return RuleReader.read(entry).orElseThrow();
    }

    private static List<String> families(CSLName[] names) {
        return names == null ? List.of() : Arrays.stream(names).map(CSLName::getFamily).toList();
    }

    @Test
    void aYearAfterADittoMarkIsTheDate() {
        CSLItemData d = read("__________. 1985. Harvest of Sorrow.");
        assertEquals("Harvest of Sorrow", d.getTitle());
        assertEquals(1985, d.getIssued().getDateParts()[0][0]);
        d = read("__________. 1969. The 900 Days: The Siege of Leningrad.");
        assertEquals("The 900 Days: The Siege of Leningrad", d.getTitle());
        assertEquals(1969, d.getIssued().getDateParts()[0][0]);
    }

    @Test
    void aTitleAfterADittoMarkStaysTheTitle() {
        // references/russia-central-asia-2000: no year follows the ditto mark
        CSLItemData d = read("_____. _The Modern Uzbeks,_ Hoover Institute Press, 1990.");
        assertEquals("The Modern Uzbeks", d.getTitle());
        assertEquals(1990, d.getIssued().getDateParts()[0][0]);
    }

    @Test
    void aLoneNameAfterAnItalicTitleAndACommaIsThePublisher() {
        CSLItemData d = read("Christopher Duffy, *Frederick the Great: A Military Life*, Routledge, 1988. ISBN 0415002761.");
        assertEquals(List.of("Duffy"), families(d.getAuthor()));
        assertEquals("Frederick the Great: A Military Life", d.getTitle());
        assertEquals("Routledge", d.getPublisher());
        assertNull(d.getPublisherPlace());
        assertEquals(1988, d.getIssued().getDateParts()[0][0]);
    }

    @Test
    void aNumberAfterAnItalicJournalAndACommaIsNoImprint() {
        // references/en-staknanova-russian-film
        CSLItemData d = read("Eagle, Herbert. \"Soviet Cinema Today.\" _Michigan Quarterly_ , 28, 4(Fall 1989), p. 743-760.");
        assertEquals("Michigan Quarterly", d.getContainerTitle());
        assertEquals("28", d.getVolume());
        assertNull(d.getPublisher());
        assertNull(d.getPublisherPlace());
    }

    @Test
    void aNameAndLowerCaseWordsAfterAnItalicTitleOpenNoImprint() {
        // references/wikipedia-friedrich-paulus: the author after the title of a short note, no publisher
        CSLItemData d = read("_Rise and Fall of the Third Reich_ , Shirer, digital page 1569");
        assertEquals("Rise and Fall of the Third Reich", d.getTitle());
        assertNull(d.getPublisher());
    }

    @Test
    void vietnameseEditionStatements() {
        CSLItemData d = read("McCauley Martin. *The Soviet Union 1917–1991*. Ấn bản lần 2. London: Longman, 1993, 440 trang. "
                + "ISBN 0582013232");
        assertEquals("2", d.getEdition());
        assertEquals("The Soviet Union 1917–1991", d.getTitle());
        assertEquals("Longman", d.getPublisher());
        d = read("Duiker, William J. (2018). *The Communist Road To Power In Vietnam*[*Con đường đưa chủ nghĩa cộng sản lên "
                + "nắm quyền tại Việt Nam*] (bằng tiếng Anh) (ấn bản thứ 2). New York: Routledge. ISBN 978-0-429-97254-6. "
                + "OCLC 1028731584.");
        assertEquals("2", d.getEdition());
        assertEquals("Routledge", d.getPublisher());
    }

    @Test
    void aVietnamesePrintingHouseIsThePublisher() {
        CSLItemData d = read("Manning Roberta. *The Crisis of the Old Order in Russia: Gentry and Government*. "
                + "Nhà in Đại học Princeton, 1982.");
        assertEquals("Nhà in Đại học Princeton", d.getPublisher());
        assertNull(d.getPublisherPlace());
    }

    @Test
    void etDotAlClosesTheNames() {
        CSLItemData d = read("Karen Lowry Miller et. al., \"Central Europe's Best Companies,\" Business Week, July 21, 1997, "
                + "p. 92E2-92E6");
        assertEquals(List.of("Miller"), families(d.getAuthor()));
        assertEquals("Karen Lowry", d.getAuthor()[0].getGiven());
        assertEquals("Central Europe's Best Companies", d.getTitle());
    }
}
