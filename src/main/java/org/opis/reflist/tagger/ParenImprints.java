package org.opis.reflist.tagger;

import java.util.List;

/**
 * A publisher span that runs over an opening parenthesis ({@code Thirteen Days (Norton, 1969)} read as one publisher) in an
 * entry with no title span holds the title and the imprint: the words before the parenthesis are the title.
 */
final class ParenImprints {
    private ParenImprints() {
    }

    static int[] split(List<Token> tokens, int[] labels) {
        int title = Label.TITLE.ordinal();
        for (int l : labels) if (l == title) return labels;
        int[] out = labels;
        int i = 0;
        while (i < labels.length) {
            int j = i;
            while (j + 1 < labels.length && labels[j + 1] == labels[i]) j++;
            if (labels[i] == Label.PUBLISHER.ordinal() || labels[i] == Label.PUBLISHER_PLACE.ordinal()) {
                int open = -1;
                for (int k = i + 1; k <= j && open < 0; k++) if (tokens.get(k).text().equals("(")) open = k;
                boolean words = false;
                for (int k = i; k < Math.max(open, i); k++) if (Aligner.isWord(tokens.get(k).text())) words = true;
                if (open > i && words && open < j) {
                    out = labels.clone();
                    for (int k = i; k < open; k++) out[k] = title;
                    out[open] = Label.OTHER.ordinal();
                    return out;
                }
            }
            i = j + 1;
        }
        return out;
    }
}
