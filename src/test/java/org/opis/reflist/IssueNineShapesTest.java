package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import org.opis.model.CslRecords;
import org.opis.model.ParsedRecords;
import org.opis.text.SourceText;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The seven entries issue 9 gives as ordinary shapes each misread, read by the whole list reader
 * (rules, tagger and chooser) as a reference list of seven entries; the expected fields are read off
 * the entries by hand.
 */
class IssueNineShapesTest {
    private static final List<String> ENTRIES = List.of(
            "Ivanov, P., The Soviet Navy in the Pacific (1975).",
            "Moser, Karl: Lenin. Eine Biographie, Berlin: Aufbau 2011, 512 S.",
            "Smith, Anna. 2012. “On Rumours.” *Kritika* 14 (2): 301–35.",
            "Белов, И. П., и С. Н. Ершов. «Торговля и кредит в уезде». Сибирский исторический журнал, т. 4, вып. 2 (2009): 15–29.",
            "A History of the Comintern. By Jane Doe. [Ithaca, NY: Press, 1998.]",
            "Li,Wei (2003):Title of the Book,Beijing.",
            "Kramer, Mark. \"The Soviet Union and the 1956 Crises.\" Slavic Review, Vol. 41, No. 2 (Jun., 1982), pp. 210–232.");

    private static List<CSLItemData> read() {
        ParsedRecords r = ReferenceListParser.parse(new SourceText("t.md", "## References\n\n" + String.join("\n\n", ENTRIES) + "\n"));
        return r.references().stream().map(CslRecords::csl).toList();
    }

    private static String names(CSLName[] n) {
        return n == null ? "" : String.join("; ", Arrays.stream(n).map(x -> x.getFamily() + ", " + x.getGiven()).toList());
    }

    private static int[] date(CSLItemData d) {
        return d.getIssued().getDateParts()[0];
    }

    @Test
    void everyEntryIsReadWithItsFields() {
        List<CSLItemData> all = read();
        assertEquals(7, all.size());

        CSLItemData ivanov = all.get(0);
        assertEquals("Ivanov, P.", names(ivanov.getAuthor()));
        assertEquals("The Soviet Navy in the Pacific", ivanov.getTitle());
        assertEquals(1975, date(ivanov)[0]);

        CSLItemData moser = all.get(1);
        assertEquals("Moser, Karl", names(moser.getAuthor()));
        assertEquals("Lenin. Eine Biographie", moser.getTitle());
        assertEquals("Berlin", moser.getPublisherPlace());
        assertEquals("Aufbau", moser.getPublisher());
        assertEquals(2011, date(moser)[0]);
        assertEquals("de", moser.getLanguage());
        // the page count no field takes is kept in the note as written, not lower-cased ("512 s")
        assertEquals("512 S", moser.getNote());

        CSLItemData smith = all.get(2);
        assertEquals("Smith, Anna", names(smith.getAuthor()));
        assertEquals(List.of("On Rumours", "Kritika", "14", "2", "301–35"),
                List.of(smith.getTitle(), smith.getContainerTitle(), smith.getVolume(), smith.getIssue(), smith.getPage()));

        CSLItemData belov = all.get(3);
        assertEquals("Белов, И. П.; Ершов, С. Н.", names(belov.getAuthor()));
        assertEquals(List.of("Торговля и кредит в уезде", "Сибирский исторический журнал", "4", "2", "15–29"),
                List.of(belov.getTitle(), belov.getContainerTitle(), belov.getVolume(), belov.getIssue(), belov.getPage()));

        CSLItemData review = all.get(4);
        assertEquals("Doe, Jane", names(review.getAuthor()));
        assertEquals(null, review.getEditor());
        assertEquals("A History of the Comintern", review.getTitle());
        assertEquals("Ithaca, NY", review.getPublisherPlace());
        assertEquals(1998, date(review)[0]);

        CSLItemData li = all.get(5);
        assertEquals("Li, Wei", names(li.getAuthor()));
        assertEquals("Title of the Book", li.getTitle());
        assertEquals("Beijing", li.getPublisherPlace());

        CSLItemData kramer = all.get(6);
        assertEquals(List.of("The Soviet Union and the 1956 Crises", "Slavic Review", "41", "2", "210–232"),
                List.of(kramer.getTitle(), kramer.getContainerTitle(), kramer.getVolume(), kramer.getIssue(), kramer.getPage()));
        assertEquals(1982, date(kramer)[0]);
        assertEquals(6, date(kramer)[1]);
        assertEquals(null, kramer.getPublisherPlace());
    }
}
