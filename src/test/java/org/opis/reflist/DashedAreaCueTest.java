package org.opis.reflist;

import org.junit.jupiter.api.Test;
import org.opis.testing.GoldTexts;
import org.opis.text.Markup;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link DashedAreaRecord#mayHold} holds for every text the reader takes (cleaned as {@code EntryParser} cleans it): gold entries, their tails, random texts. */
class DashedAreaCueTest {

    @Test
    void everyRecordHasItsCue() {
        List<String> texts = new ArrayList<>(GoldTexts.all());
        for (String e : GoldTexts.all()) for (int i = 1; i < e.length(); i += 10) texts.add(e.substring(i));
        String[] pieces = {"Grasberger, Renate: ", "Werkverzeichnis Anton Bruckner", " : ", " / Renate Grasberger", ". - ", " - ", "-", "--",
                "Tutzing : Schneider, 1977", "Berlin, 1980", "(Publikationen des Instituts ; 7)", "(", ")", " ; ", " ISBN 3-7952-0232-9",
                " IDN 12", "*", "**", "<i>", "</i>", "<<", ">>", "\\(", "\\-", "x", "5", " ", "\u00A0", "\t", "\n", ".", ","};
        Random r = new Random(37);
        for (int n = 0; n < 60_000; n++) {
            StringBuilder b = new StringBuilder();
            int k = 3 + r.nextInt(12);
            for (int i = 0; i < k; i++) b.append(pieces[r.nextInt(pieces.length)]);
            texts.add(b.toString());
        }
        int read = 0;
        int ruledOut = 0;
        for (String t : texts) {
            boolean cue = DashedAreaRecord.mayHold(t, 0);
            if (DashedAreaRecord.read(Markup.clean(t), new Draft())) {
                read++;
                assertTrue(cue, "a record without its cue: [" + t + "]");
            }
            if (!cue) ruledOut++;
        }
        assertTrue(read > 100, "records read: " + read);
        assertTrue(ruledOut > 30_000, "ruled out: " + ruledOut);
    }

    @Test
    void aHyphenBeforeALetterOrDigitIsNoCue() {
        assertFalse(DashedAreaRecord.mayHold("Soviet-era pp. 12-34", 0));
        assertTrue(DashedAreaRecord.mayHold("Werk / R. G. - Tutzing : Schneider, 1977", 0));
        assertTrue(DashedAreaRecord.mayHold("Werk -", 0));
        assertFalse(DashedAreaRecord.mayHold("a - b", 3));
    }
}
