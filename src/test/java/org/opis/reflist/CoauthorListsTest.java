package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The rules' reading of a first name with spaced initials followed by co-authors (Chicago bibliography shape). */
class CoauthorListsTest {

    private static List<String> authors(String entry) {
        CSLItemData d = RuleReader.read(entry).orElseThrow();
        return Arrays.stream(d.getAuthor()).map(n -> n.getFamily() + ", " + n.getGiven()).toList();
    }

    @Test
    void spacedInitialsThenAndAndACoauthor() {
        // the shape of issue 9's example, transliterated (Chicago) and in Cyrillic
        assertEquals(List.of("Belov, I. P.", "Ershov, S. N."), authors(
                "Belov, I. P., and S. N. Ershov. \"Torgovlia i kredit v uezde.\" Sibirskii istoricheskii zhurnal 4, no. 2 (2009): 15–29."));
        assertEquals(List.of("Белов, И. П.", "Ершов, С. Н."), authors(
                "Белов, И. П., и С. Н. Ершов. «Торговля и кредит в уезде». Сибирский исторический журнал 4, no. 2 (2009): 15–29."));
    }

    @Test
    void coauthorsInReadingOrderBeforeTheLastAnd() {
        // references/russian-post-1782 (gold: three authors)
        assertEquals(List.of("Budylina, M. V.", "Braitseva, O. I.", "Kharlamova, A. M."), authors(
                "Budylina, M. V., O. I. Braitseva, and A. M. Kharlamova. _Arkhitektor N. A. L’vov_. Moscow: Gosudarstvennoe "
                        + "izdatel’stvo literatury po stroitel’stvu, arkhitekture, i stroitel’nym materialam, 1961."));
        CSLItemData d = RuleReader.read("Budylina, M. V., O. I. Braitseva, and A. M. Kharlamova. _Arkhitektor N. A. L’vov_. Moscow: Nauka, 1961.").orElseThrow();
        assertEquals("Arkhitektor N. A. L’vov", d.getTitle());
    }

    @Test
    void aSingleNameWithSpacedInitialsStaysOne() {
        CSLName[] a = RuleReader.read("Glumov, N. A. _N. A. L’vov_. Moscow: Iskusstvo, 1980.").orElseThrow().getAuthor();
        assertEquals(1, a.length);
        assertEquals("N. A.", a[0].getGiven());
    }
}
