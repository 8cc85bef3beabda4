package org.opis.reflist.tagger;

import java.util.List;
import java.util.Locale;

/**
 * A subtitle after a full stop read as a container ({@code Lange, Thomas (Hg.): Geschichte – selbst erforschen.
 * Schülerarbeit im Archiv, Weinheim/ Basel 1993.}): German humanities lists end a title at a full stop and go on with the
 * subtitle, and the model reads the second sentence as a container. When the container follows the entry's first title
 * with only the full stop between, no unlabelled "in" mark comes before it ({@code in:}, {@code In}, {@code [w:]}: the tagger
 * dictionary's class {@code in}), the entry has no volume, issue or page (a journal's article), and a place, publisher or
 * date follows it, it is the rest of the title.
 */
final class SubtitleContainers {
    private SubtitleContainers() {
    }

    static int[] mend(List<Token> tokens, int[] labels) {
        int title = Label.TITLE.ordinal();
        int container = Label.CONTAINER_TITLE.ordinal();
        int a = -1;
        for (int i = 0; i < labels.length; i++) {
            int l = labels[i];
            if (l == Label.VOLUME.ordinal() || l == Label.ISSUE.ordinal() || l == Label.PAGE.ordinal()) return labels;
            if (a < 0 && l == title) a = i;
        }
        if (a < 0) return labels;
        int b = a;
        while (b + 1 < labels.length && labels[b + 1] == title) b++;
        int c = b + 1;
        if (c + 1 >= labels.length || !tokens.get(c).text().equals(".") || labels[c + 1] != container) return labels;
        for (int i = 0; i < c; i++) if (labels[i] == Label.OTHER.ordinal() && inMark(tokens.get(i).text())) return labels;
        int d = c + 1;
        while (d + 1 < labels.length && labels[d + 1] == container) d++;
        int n = d + 1;
        while (n < labels.length && labels[n] == Label.OTHER.ordinal() && !Aligner.isWord(tokens.get(n).text())) n++;
        if (n >= labels.length) return labels;
        int next = labels[n];
        if (next != Label.PUBLISHER_PLACE.ordinal() && next != Label.PUBLISHER.ordinal() && next != Label.DATE.ordinal()) return labels;
        int[] out = labels.clone();
        for (int x = c; x <= d; x++) out[x] = title;
        return out;
    }

    private static boolean inMark(String w) {
        for (String c : Lexicon.classes(w.toLowerCase(Locale.ROOT))) if (c.equals("in")) return true;
        return false;
    }
}
