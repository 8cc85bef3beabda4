package org.opis.reflist.tagger;

import java.util.List;
import java.util.Locale;

/**
 * The French series in guillemets after the publisher ({@code PUF « Que sais-je ? », 1994}, {@code A.Colin « coll.U »,
 * 2001}): after the title, one to five words since the last comma, then a run in guillemets, then a comma, a full stop or
 * the end — the words are the publisher, the run in guillemets the collection-title. The model, having seen few such
 * entries, leaves them unlabelled or runs them into the title or a name. A run in guillemets right after a comma (an
 * article's quoted title) is not one; a series word opening the words ({@code Gallimard, coll. « Folio »}) leaves the
 * publisher as read.
 */
final class GuillemetSeries {
    private static final int MOST_WORDS = 5;
    private static final int MOST_INSIDE = 12;

    private GuillemetSeries() {
    }

    static int[] mend(List<Token> tokens, int[] labels) {
        int title = -1;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == Label.TITLE.ordinal()) {
                title = i;
                break;
            }
        }
        if (title < 0) return labels;
        for (int i = title + 1; i < tokens.size(); i++) {
            if (!tokens.get(i).text().equals("\u00AB")) continue;
            int j = i + 1;
            while (j < tokens.size() && j - i <= MOST_INSIDE && !tokens.get(j).text().equals("\u00BB")) j++;
            if (j >= tokens.size() || !tokens.get(j).text().equals("\u00BB") || j == i + 1) return labels;
            if (j + 1 < tokens.size() && !",.)".contains(tokens.get(j + 1).text())) return labels;
            int st = i;
            while (st > title + 1 && i - st < MOST_WORDS && !tokens.get(st - 1).text().equals(",")) st--;
            if (st == i || !tokens.get(st - 1).text().equals(",") || !labelled(title, st)) return labels;
            int[] out = labels.clone();
            boolean series = seriesWord(tokens.get(st).text());
            for (int x = st; x < i; x++) out[x] = series ? Label.OTHER.ordinal() : Label.PUBLISHER.ordinal();
            out[i] = Label.OTHER.ordinal();
            for (int x = i + 1; x < j; x++) out[x] = Label.COLLECTION_TITLE.ordinal();
            out[j] = Label.OTHER.ordinal();
            if (!series && !Character.isUpperCase(tokens.get(st).text().codePointAt(0))) return labels;
            return out;
        }
        return labels;
    }

    /** Whether a title token comes before the comma that opens the publisher's words. */
    private static boolean labelled(int title, int st) {
        return title < st - 1;
    }

    private static boolean seriesWord(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return l.equals("coll") || l.equals("collection") || l.equals("série") || l.equals("serie");
    }
}
