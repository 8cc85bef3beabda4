package org.opis.reflist;

import org.junit.jupiter.api.Test;
import org.opis.testing.GoldTexts;
import org.opis.text.Markup;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link SemicolonCourseFields#read} gives up at once on a text without exactly two semicolons (its three fields are split at
 * them); on gold entries, their tails and random texts it never reads another text, and it still reads the course entries.
 */
class SemicolonCourseCueTest {

    @Test
    void theSemicolonCountDecidesNothingTheFieldsDidNot() {
        List<String> texts = new ArrayList<>(GoldTexts.all());
        for (String e : GoldTexts.all()) for (int i = 1; i < e.length(); i += 10) texts.add(e.substring(i));
        String[] pieces = {"Kovač, I. - Horvat, M.", "; ", ";", "Povijest umjetnosti", "Školska knjiga, Zagreb (1999)", "(2001.)", "(", ")",
                ", ", ".", " ", "x", "5", "ur."};
        Random r = new Random(41);
        for (int n = 0; n < 40_000; n++) {
            StringBuilder b = new StringBuilder();
            int k = 2 + r.nextInt(9);
            for (int i = 0; i < k; i++) b.append(pieces[r.nextInt(pieces.length)]);
            texts.add(b.toString());
        }
        int read = 0;
        for (String t : texts) {
            String c = Markup.clean(t);
            Draft d = new Draft();
            boolean took = SemicolonCourseFields.read(c, d);
            int semicolons = c.length() - c.replace(";", "").length();
            if (semicolons != 2) {
                // the fields are split at the semicolons, which the trimming never removes: not three fields, never read
                assertTrue(!took, "read without two semicolons: [" + t + "]");
            }
            if (took) read++;
        }
        assertTrue(read > 20, "read: " + read);
    }
}
