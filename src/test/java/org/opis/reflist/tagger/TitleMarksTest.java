package org.opis.reflist.tagger;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A question or exclamation mark closing a title is the title's (Decoder.closeQuestion). */
class TitleMarksTest {

    @Test
    void aTitlesQuestionMarkStaysWithIt() {
        // references/taylor-intelligence-ps471
        String entry = "Lefever, Ernest W. 1980. Can covert action be just? _Policy Review_ 12 (Spring): 115-22.";
        int end = entry.indexOf("just") + "just".length();
        assertEquals(end + 1, Decoder.closeQuestion(entry, end, Label.TITLE));
        assertEquals("Can covert action be just?", entry.substring(entry.indexOf("Can"), Decoder.closeQuestion(entry, end, Label.TITLE)));
        // references/pl-zawislawska-poradnik-bibliografia
        String pl = "Łuczyński, E. 2015. Jak ustalać poziom gramatyczności wypowiedzi? *Poradnik Językowy* 9, s. 53–67.";
        int plEnd = pl.indexOf("wypowiedzi") + "wypowiedzi".length();
        assertEquals(plEnd + 1, Decoder.closeQuestion(pl, plEnd, Label.TITLE));
    }

    @Test
    void otherFieldsAndMarksAfterASpaceAreLeft() {
        String entry = "Lefever, Ernest W. 1980. Can covert action be just? _Policy Review_ 12 (Spring): 115-22.";
        int end = entry.indexOf("just") + "just".length();
        assertEquals(end, Decoder.closeQuestion(entry, end, Label.AUTHOR));
        assertEquals(end, Decoder.closeQuestion(entry, end, Label.PUBLISHER));
        int review = entry.indexOf("Review") + "Review".length();
        assertEquals(review, Decoder.closeQuestion(entry, review, Label.CONTAINER_TITLE), "an italic mark follows, not a question mark");
        String spaced = "War or peace ? (1948).";
        assertEquals(12, Decoder.closeQuestion(spaced, 12, Label.TITLE));
        assertEquals(entry.length(), Decoder.closeQuestion(entry, entry.length(), Label.TITLE));
    }
}
