package org.opis.reflist.tagger;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.opis.text.Regexes;

/**
 * Two edition statements the model leaves unlabelled: a number with a full stop before an edition word ({@code 34. ed.},
 * Brazilian ABNT; {@code 2. Aufl.}), and the German superscript edition before the year ({@code Paderborn <sup>5</sup>2011}:
 * the markup gone, the edition's number and the year are two numbers with nothing between them). The number becomes
 * the edition (with its word); in the superscript shape the year is the date and the words the model ran into the date
 * before it are the place.
 */
final class EditionMarks {
    private static final Set<String> WORDS = Set.of("ed", "edn", "éd", "aufl", "ausg", "изд", "izd");

    private EditionMarks() {
    }

    static int[] mend(List<Token> tokens, int[] labels) {
        int edition = Label.EDITION.ordinal();
        for (int l : labels) if (l == edition) return labels;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String t = tokens.get(i).text();
            if (!Regexes.matches(t, "\\d{1,2}")) continue;
            String next = tokens.get(i + 1).text();
            if (Regexes.matches(next, "1[5-9]\\d\\d|20\\d\\d") && !tokens.get(i + 1).spaceBefore()) {
                int[] out = labels.clone();
                out[i] = edition;
                out[i + 1] = Label.DATE.ordinal();
                for (int x = i - 1; x >= 0 && labels[x] == Label.DATE.ordinal() && !Regexes.matches(tokens.get(x).text(), "\\d+"); x--) {
                    out[x] = Label.PUBLISHER_PLACE.ordinal();
                }
                return out;
            }
            if (labels[i] != Label.OTHER.ordinal() || i + 2 >= tokens.size() || !next.equals(".")) continue;
            if (!WORDS.contains(tokens.get(i + 2).text().toLowerCase(Locale.ROOT))) continue;
            if (i > 0 && Regexes.matches(tokens.get(i - 1).text(), "[\\d–-]+")) continue;
            int[] out = labels.clone();
            for (int x = i; x <= i + 2; x++) out[x] = edition;
            if (i + 3 < tokens.size() && tokens.get(i + 3).text().equals(".")) out[i + 3] = edition;
            return out;
        }
        return labels;
    }
}
