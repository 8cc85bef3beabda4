package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class ChapterNumbersAndLanguageRemarksTest {

    @Test
    void aChapterNumberIsNoVolume() {
        // references/bodnar-bucur-history-memory-europe-america: gold has no volume
        String e = "**G. Kurt Piehler, _Remembering War the American Way_ , chap. 3.**";
        assertNull(ChapterNumbers.mend(new CSLItemDataBuilder().title("Remembering War the American Way").volume("3").build(), e).getVolume());
    }

    @Test
    void aVolumeWrittenBesideAChapterStays() {
        // references/en-caloss-us-diplomatic-history-188: "Vol 2" is the volume, "Chapter 14" the chapter
        String e = "LaFeber, The American Age Vol 2. Chapter 14: The Cold War, or the Renewal of U.S.-Russian Rivalry (1945-1949) pp. 457-501.";
        CSLItemData d = new CSLItemDataBuilder().volume("2").build();
        assertSame(d, ChapterNumbers.mend(d, e));
    }

    @Test
    void aLanguageRemarkIsNoEditor() {
        // references/wikipedia-gilles-de-rais: "(in French)" read as an editor; gold has none
        String e = "Cazacu, Matei (January 2021). \"La Barbe Bleue, histoire d'un conte\". _Revue 303_ (in French) (164): 6–13\\. ISBN 979-10-93572-49-9. ISSN 0762-3291.";
        CSLItemData d = new CSLItemDataBuilder().author(new CSLNameBuilder().family("Cazacu").given("Matei").build())
                .editor(new CSLNameBuilder().family("French").build()).build();
        CSLItemData m = LanguageRemarks.mend(d, e);
        assertNull(m.getEditor());
        assertEquals("Cazacu", m.getAuthor()[0].getFamily());
    }
}
