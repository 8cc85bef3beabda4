package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Access dates after the words of access-words.txt, in the languages lists are written in. */
class AccessWordsTest {

    private static CSLItemData read(String entry) {
        return RuleReader.read(entry).orElseThrow();
    }

    @Test
    void germanStandWithItsColon() {
        // references/de-krug-wikipedia-quellenkritik-literatur (Citavi's German style): "Stand:" gives the day the page was read
        CSLItemData d = read("Wozniak, Thomas: Zitierpflicht für Wikipediaartikel – und wenn ja, für welche und wie?, Billet, "
                + "Mittelalter, <https://mittelalter.hypotheses.org/3721>, Stand: 14.06.2020.");
        assertArrayEquals(new int[] {2020, 6, 14}, d.getAccessed().getDateParts()[0]);
        assertEquals("https://mittelalter.hypotheses.org/3721", d.getURL());
    }

    @Test
    void frenchConsulteInBrackets() {
        // references/ph-fr-transcription-graphies, verbatim
        CSLItemData d = read("[https://jktauber.com/articles/python-unicode-ancient-greek/](https://perma.cc/7U33-XFC7) [consulté le 12 février 2022].");
        assertArrayEquals(new int[] {2022, 2, 12}, d.getAccessed().getDateParts()[0]);
    }

    @Test
    void theNounStandIsNoAccessWord() {
        // a title holding "Stand" and a year, without the colon: no access date
        CSLItemData d = read("Müller, Hans: Stand der Forschung 1990, Berlin 1991.");
        assertNull(d.getAccessed());
    }
}
