package org.opis.reflist.tagger;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.opis.text.Regexes;

/**
 * The number of volumes of a work: a number of one to three digits right before a plural volume word ({@code 3 volumes},
 * {@code 2 vols.}, {@code 2 Bde.}; words {@code tagger/volume-count-words.txt}) that the model read as an edition, a
 * volume or nothing ({@code Hitler's War Aims, 2 volumes (Norton, 1973-74)}), or as the last words of the title
 * ({@code The Cold War and Its Origins 2 vols., (1961)}), is the number of volumes. The word keeps
 * its label unless it carried the number's, then it is left unlabelled.
 */
final class VolumeCounts {
    private static final Set<String> WORDS = org.opis.reflist.Data.set("tagger/volume-count-words.txt");

    private VolumeCounts() {
    }

    static int[] mend(List<Token> tokens, int[] labels) {
        int[] out = labels;
        int count = Label.NUMBER_OF_VOLUMES.ordinal();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!Regexes.matches(tokens.get(i).text(), "\\d{1,3}") || labels[i] == count) continue;
            int l = labels[i];
            boolean titleEnd = l == Label.TITLE.ordinal() && endsTitle(labels, tokens, i + 1); // "The Cold War and Its Origins 2 vols., (1961)"
            if (l != Label.EDITION.ordinal() && l != Label.VOLUME.ordinal() && l != Label.OTHER.ordinal() && !titleEnd) continue;
            if (i > 0 && labels[i - 1] == l && l != Label.OTHER.ordinal() && !titleEnd) continue; // inside a longer span ("Vol. 2 volumes"?)
            if (!WORDS.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT))) continue;
            if (out == labels) out = labels.clone();
            out[i] = count;
            for (int x = i + 1; x < tokens.size() && labels[x] == l && l != Label.OTHER.ordinal(); x++) out[x] = Label.OTHER.ordinal();
        }
        return out;
    }

    /** Whether the title run ends with the word at w (and its full stop). */
    private static boolean endsTitle(int[] labels, List<Token> tokens, int w) {
        int t = Label.TITLE.ordinal();
        if (labels[w] != t) return false;
        int k = w + 1;
        if (k < labels.length && labels[k] == t && tokens.get(k).text().equals(".")) k++;
        return k >= labels.length || labels[k] != t;
    }
}
