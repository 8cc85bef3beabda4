package org.opis.reflist.tagger;

import java.util.List;
import java.util.Locale;

/**
 * A volume and its own title inside the title the model read ({@code *V. I. Lê-nin Toàn tập, tập 18: Chủ nghĩa duy vật
 * …*}, {@code The Cambridge History of Africa, vol. 3: c. 1050 – c. 1600}): a comma, a volume label (the dictionary's
 * class {@code vol}, or {@code volume}), a number (digits or a roman numeral) and a colon followed by more of the title
 * end the work's title at the comma; the number is the volume, the volume's own title is left unlabelled. Not when the
 * entry already has a volume elsewhere.
 */
final class VolumeTitles {
    private VolumeTitles() {
    }

    static int[] mend(List<Token> tokens, int[] labels) {
        int title = Label.TITLE.ordinal();
        int volume = Label.VOLUME.ordinal();
        for (int l : labels) if (l == volume) return labels;
        for (int c = 1; c + 4 < tokens.size(); c++) {
            int other = Label.OTHER.ordinal();
            if ((labels[c] != title && labels[c] != other) || labels[c - 1] != title || !tokens.get(c).text().equals(",")) continue;
            int j = c + 1;
            if (labels[j] != title || !volumeLabel(tokens.get(j).text())) continue;
            j++;
            if (tokens.get(j).text().equals(".")) j++;
            if (j + 2 >= tokens.size() || labels[j] != title || !number(tokens.get(j).text())) continue;
            int n = j;
            if (!tokens.get(n + 1).text().equals(":") || (labels[n + 1] != title && labels[n + 1] != other) || labels[n + 2] != title) continue;
            int[] out = labels.clone();
            int k = c;
            while (k < out.length && (labels[k] == title || k <= n + 1)) out[k++] = other;
            out[n] = volume;
            return out;
        }
        return labels;
    }

    private static boolean volumeLabel(String t) {
        String w = t.toLowerCase(Locale.ROOT);
        return w.equals("volume") || Lexicon.is(w, "vol");
    }

    private static boolean number(String t) {
        return t.matches("\\d{1,3}|[IVXLC]{1,6}");
    }
}
