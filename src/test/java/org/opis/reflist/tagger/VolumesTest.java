package org.opis.reflist.tagger;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The volume span rules of round 14 on the shapes the 47-list model misread in the list tests (a list and a range of
 * volumes after one label, a volume and issue written {@code 7:2}), with the labels that model gave them written out
 * by hand (checked with the model: {@code 5/VOLUME ,/OTHER 9/NUMBER_OF_VOLUMES}).
 */
class VolumesTest {

    private static String run(List<Token> tokens, int[] out, Label l) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) if (out[i] == l.ordinal()) b.append(tokens.get(i).text());
        return b.toString();
    }

    @Test
    void aListOfVolumesAfterOneLabelIsOneVolume() {
        String e = "Stalin, I.V. *Sochinenija. T. 5, 9*. Moscow, 1947–1949.";
        List<Token> t = Tokenizer.tokens(e);
        int[] out = HandLabels.label(t, e, "Stalin, I.V", Label.AUTHOR, "Sochinenija", Label.TITLE, "5", Label.VOLUME, "9", Label.NUMBER_OF_VOLUMES,
                "Moscow", Label.PUBLISHER_PLACE, "1947–1949", Label.DATE);
        Volumes.mend(t, out);
        assertEquals("5,9", run(t, out, Label.VOLUME));
        assertEquals("", run(t, out, Label.NUMBER_OF_VOLUMES));
    }

    @Test
    void aRangeOfVolumesIsOneVolume() {
        String e = "Mikojan, A.I. *Tak bylo*. T. 1–3. Moscow, 1999.";
        List<Token> t = Tokenizer.tokens(e);
        int[] out = HandLabels.label(t, e, "Mikojan, A.I", Label.AUTHOR, "Tak bylo", Label.TITLE, "1–", Label.VOLUME, "3", Label.NUMBER_OF_VOLUMES);
        Volumes.mend(t, out);
        assertEquals("1–3", run(t, out, Label.VOLUME));
    }

    @Test
    void aPageRangeAfterTheVolumeOrAVolumeCountStaysApart() {
        String e = "Slavic Review, vol. 41, 210–232.";
        List<Token> t = Tokenizer.tokens(e);
        int[] out = HandLabels.label(t, e, "Slavic Review", Label.CONTAINER_TITLE, "41", Label.VOLUME);
        Volumes.mend(t, out);
        assertEquals("41", run(t, out, Label.VOLUME));
        String c = "Kennan, George. *Memoirs*. Vol. 2, 3 vols. Boston, 1967.";
        List<Token> s = Tokenizer.tokens(c);
        int[] o = HandLabels.label(s, c, "2", Label.VOLUME, "3", Label.NUMBER_OF_VOLUMES);
        Volumes.mend(s, o);
        assertEquals("2", run(s, o, Label.VOLUME));
        assertEquals("3", run(s, o, Label.NUMBER_OF_VOLUMES));
    }

    @Test
    void theNumberAfterVolumeAndColonIsTheIssue() {
        String e = "Doe, Jane. “Border Talks.” *Cold War History*, 7:2 (2007), 101-19.";
        List<Token> t = Tokenizer.tokens(e);
        int[] out = HandLabels.label(t, e, "Cold War History", Label.CONTAINER_TITLE, "7", Label.VOLUME, "2", Label.NUMBER_OF_VOLUMES, "2007", Label.DATE);
        Volumes.mend(t, out);
        assertEquals("2", run(t, out, Label.ISSUE));
        assertEquals("", run(t, out, Label.NUMBER_OF_VOLUMES));
    }
}
