package org.opis.reflist.tagger;

import org.opis.reflist.Data;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An edition the model read where no edition is written: a span labelled edition with no digit, no roman numeral, no
 * ordinal word ({@code ordinals.tsv}) and no word of an edition statement ({@code tagger/edition-words.txt}) is no
 * edition. It joins the title, container or series right after it (only punctuation between: {@code Aemulatio. Kulturen
 * des Wettstreits …}), or the one right before it; else it is left to the note.
 */
final class PlausibleEditions {
    private static final Set<String> WORDS = Set.copyOf(Data.lines("tagger/edition-words.txt"));
    private static final Map<String, String> ORDINALS = Data.map("ordinals.tsv");

    private PlausibleEditions() {
    }

    static int[] mend(List<Token> tokens, int[] labels) {
        int edition = Label.EDITION.ordinal();
        int[] out = labels;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != edition) continue;
            int j = i;
            boolean plausible = false;
            while (j < labels.length && labels[j] == edition) plausible |= marks(tokens.get(j++).text());
            if (!plausible) {
                if (out == labels) out = labels.clone();
                // the title-like span after it (only punctuation between), or before it, takes it with the punctuation
                // between (one span, not two); else it is left to the note
                int a = j;
                while (a < labels.length && punctuation(tokens, labels, a)) a++;
                int b = i - 1;
                while (b >= 0 && punctuation(tokens, labels, b)) b--;
                int from = i;
                int to = j;
                int label = Label.OTHER.ordinal();
                if (a < labels.length && titleLike(labels[a])) {
                    label = labels[a];
                    to = a;
                } else if (b >= 0 && titleLike(labels[b])) {
                    label = labels[b];
                    from = b + 1;
                }
                for (int x = from; x < to; x++) out[x] = label;
            }
            i = j - 1;
        }
        return out;
    }

    /** Whether a token is one an edition statement is written with. */
    private static boolean marks(String t) {
        String w = t.toLowerCase(Locale.ROOT);
        for (int k = 0; k < w.length(); k++) if (Character.isDigit(w.charAt(k))) return true;
        if (!w.isEmpty() && w.chars().allMatch(c -> "ivxlc".indexOf(c) >= 0)) return true;
        return WORDS.contains(w) || ORDINALS.containsKey(w);
    }

    private static boolean punctuation(List<Token> tokens, int[] labels, int i) {
        return labels[i] == Label.OTHER.ordinal() && !Aligner.isWord(tokens.get(i).text());
    }

    private static boolean titleLike(int l) {
        return l == Label.TITLE.ordinal() || l == Label.CONTAINER_TITLE.ordinal() || l == Label.COLLECTION_TITLE.ordinal();
    }
}
