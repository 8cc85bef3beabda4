package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A last co-author written inverted with initials after a joining word of connectors.tsv, before a bare year. */
class InvertedCoauthorsTest {

    private static CSLItemData read(String entry) {
        return RuleReader.read(entry).orElseThrow();
    }

    private static List<String> families(CSLName[] names) {
        return names == null ? List.of() : Arrays.stream(names).map(CSLName::getFamily).toList();
    }

    @Test
    void frenchEtBetweenInvertedNames() {
        // references/fr-ph-calibration-radiocarbone-author-date/note.md, its reference list, verbatim
        CSLItemData d = read("Crema, E. R. et Bevan, A. 2020. \"Inference From Lage Sets of Radiocarbon Dates: Software and Methods\". "
                + "*Radiocarbon*. https://doi.org/10.1017/RDC.2020.95.");
        assertEquals(List.of("Crema", "Bevan"), families(d.getAuthor()));
        assertEquals("Inference From Lage Sets of Radiocarbon Dates: Software and Methods", d.getTitle());
        assertEquals(2020, d.getIssued().getDateParts()[0][0]);
        CSLItemData e = read("Bevan, A. et Crema, E. R. 2020. *rcarbon: Methods for calibrating and analysing radiocarbon dates*. "
                + "Package R, v1.4.0. https://CRAN.R-project.org/package=rcarbon");
        assertEquals(List.of("Bevan", "Crema"), families(e.getAuthor()));
    }

    @Test
    void etAlIsNoCoauthor() {
        // made up in the shape of the same list (its Reimer entry names every author)
        CSLItemData d = read("Reimer, P. J. et al. 2020. \"The IntCal20 Northern Hemisphere Radiocarbon Age Calibration Curve\". *Radiocarbon* 62 (4): 725-757.");
        assertEquals("Reimer", families(d.getAuthor()).get(0));
        assertEquals(false, families(d.getAuthor()).contains("al"));
    }

    @Test
    void invertedCoauthorsBetweenFirstAndLast() {
        // references/fr-ph-calibration-radiocarbone-author-date/note.md line 53, verbatim: five names inverted with
        // initials, the last after "et"; the rules used to stop after two and read the rest, the quoted title and the
        // page range 1919–30 (as the date) as names and a book
        CSLItemData d = read("Calabrisotto, C. S., Amadio, M., Fedi, M. E., Liccioli, L. et Bombardieri, L. 2017. \"Strategies for Sampling "
                + "Difficult Archaeological Contexts and Improving the Quality of Radiocarbon Data: The Case of Erimi Laonin Tou Porakou, "
                + "Cyprus.\" *Radiocarbon* 59 (6): 1919–30. https://doi.org/10.1017/RDC.2017.92.");
        assertEquals(List.of("Calabrisotto", "Amadio", "Fedi", "Liccioli", "Bombardieri"), families(d.getAuthor()));
        assertEquals("L.", d.getAuthor()[4].getGiven());
        assertEquals(2017, d.getIssued().getDateParts()[0][0]);
        assertEquals(1, d.getIssued().getDateParts().length);
        assertEquals("Radiocarbon", d.getContainerTitle());
        assertEquals("1919–30", d.getPage());
    }
}
