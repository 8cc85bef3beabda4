package org.opis.reflist.tagger;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The span rules of round 13 on entry shapes of the real lists (Betts' `(Publisher, Year)` imprints, a Chicago
 * journal's `12 (Winter 1988)`), with the labels a model gave them written out by hand.
 */
class ImprintsTest {

    private static String run(List<Token> tokens, int[] out, Label l) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) if (out[i] == l.ordinal()) b.append(b.length() == 0 ? "" : " ").append(tokens.get(i).text());
        return b.toString();
    }

    @Test
    void aParenthesisedPublisherAndYearAfterTheTitle() {
        String e = "Anthony Storr, Human Aggression (Atheneum, 1968).";
        List<Token> t = Tokenizer.tokens(e);
        int[] out = HandLabels.label(t, e, "Anthony Storr", Label.AUTHOR, "Human Aggression", Label.TITLE, "1968", Label.DATE);
        Imprints.mend(t, out);
        assertEquals("Atheneum", run(t, out, Label.PUBLISHER));
        assertEquals("Human Aggression", run(t, out, Label.TITLE));
    }

    @Test
    void theTitleRunIntoTheImprintGivesItBackAndPlaceBeforeAColon() {
        String e = "Henry A. Kissinger, A World Restored (New York: Grosset and Dunlap, 1964).";
        List<Token> t = Tokenizer.tokens(e);
        int[] out = HandLabels.label(t, e, "Henry A. Kissinger", Label.AUTHOR, "A World Restored (New York: Grosset and Dunlap", Label.TITLE, "1964", Label.DATE);
        Imprints.mend(t, out);
        assertEquals("A World Restored", run(t, out, Label.TITLE));
        assertEquals("New York", run(t, out, Label.PUBLISHER_PLACE));
        assertEquals("Grosset and Dunlap", run(t, out, Label.PUBLISHER));
    }

    @Test
    void aSeasonInParenthesesIsNoPublisherAndTheNumberBeforeItIsTheVolume() {
        String e = "Lee, Ann. “Hanoi Talks,” Diplomatic History, 12 (Winter, 1988), 1-20.";
        List<Token> t = Tokenizer.tokens(e);
        int[] out = HandLabels.label(t, e, "Lee, Ann", Label.AUTHOR, "Hanoi Talks", Label.TITLE, "Diplomatic History", Label.CONTAINER_TITLE,
                "12 (Winter, 1988)", Label.DATE, "1-20", Label.PAGE);
        Imprints.mend(t, out);
        assertEquals("", run(t, out, Label.PUBLISHER));
        Pages.volumeBeforeDate(t, out);
        assertEquals("12", run(t, out, Label.VOLUME));
        assertEquals("Winter , 1988", run(t, out, Label.DATE).replace("( ", "").replace(" )", ""));
    }

    @Test
    void aVolumeLabelsNumberLeftUnlabelled() {
        String e = "Archiv für Sozialgeschichte, Bd. 29, Bonn 1989, S. 393–411.";
        List<Token> t = Tokenizer.tokens(e);
        int[] out = HandLabels.label(t, e, "Archiv für Sozialgeschichte", Label.CONTAINER_TITLE, "Bonn", Label.PUBLISHER_PLACE, "1989", Label.DATE);
        Pages.labelledNumber(t, out, "vol", Label.VOLUME.ordinal());
        assertEquals("29", run(t, out, Label.VOLUME));
        String series = "Lecture Notes in Computer Science, vol. 12824. Cham";
        List<Token> s = Tokenizer.tokens(series);
        int[] o2 = HandLabels.label(s, series, "Lecture Notes in Computer Science", Label.COLLECTION_TITLE, "Cham", Label.PUBLISHER_PLACE);
        Pages.labelledNumber(s, o2, "vol", Label.VOLUME.ordinal());
        assertEquals("", run(s, o2, Label.VOLUME));
    }
}
