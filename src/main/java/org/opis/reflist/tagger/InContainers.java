package org.opis.reflist.tagger;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words right after the title and an "in" ({@code In}, {@code in:}, Polish {@code [w:]}; the tagger dictionary's class
 * {@code in}, or a word of {@code tagger/in-words.txt} followed by a colon) name the container, not a publisher or a
 * second title: a run the model read as a publisher or a title just after the marker is the container, when the entry
 * has none ({@code Kompanijne schrony bierne twierdzy Wrocław [w:] Fortyfikacja, t.V, 1998}). Editors after the marker
 * are read by {@link NameSpans}.
 */
final class InContainers {
    private static final Set<String> WORDS = Set.copyOf(org.opis.reflist.Data.lines("tagger/in-words.txt"));

    private InContainers() {
    }

    static int[] mend(List<Token> tokens, int[] labels) {
        int title = Label.TITLE.ordinal();
        int other = Label.OTHER.ordinal();
        int container = Label.CONTAINER_TITLE.ordinal();
        int end = -1;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == container) return labels;
            if (labels[i] == title && end < 0) {
                end = i;
                while (end + 1 < labels.length && labels[end + 1] == title) end++;
            }
        }
        if (end < 0) return labels;
        int[] quoted = quotedBeforeIn(tokens, labels);
        if (quoted != null) return quoted;
        int i = end + 1;
        while (i < labels.length && i - end <= 4 && labels[i] == other && !Aligner.isWord(tokens.get(i).text())) i++;
        if (i >= labels.length || labels[i] != other || !marker(tokens, i)) return labels;
        int s = i + 1;
        while (s < labels.length && s - i <= 3 && labels[s] == other && !Aligner.isWord(tokens.get(s).text())) s++;
        if (s >= labels.length || labels[s] != title && labels[s] != Label.PUBLISHER.ordinal()) return labels;
        if (!Character.isUpperCase(tokens.get(s).text().codePointAt(0)) && !tokens.get(s).italic()) return labels;
        int run = labels[s];
        int[] out = labels.clone();
        for (int x = s; x < out.length && out[x] == run && !tokens.get(x).text().equals("("); x++) out[x] = container;
        return out;
    }

    /**
     * A quoted title the model left unlabelled before the marker, and the run after it read as the title ({@code Ryan,
     * Marie-Laure. 2014. „Space“. In *the living handbook of narratology*.}): the quoted words are the title, the run
     * after the marker the container.
     */
    private static int[] quotedBeforeIn(List<Token> tokens, int[] labels) {
        int title = Label.TITLE.ordinal();
        int other = Label.OTHER.ordinal();
        int t0 = 0;
        while (t0 < labels.length && labels[t0] != title) t0++;
        int m = t0 - 1;
        while (m >= 0 && t0 - m <= 3 && labels[m] == other && !Aligner.isWord(tokens.get(m).text())) m--;
        if (m < 0 || labels[m] != other || !marker(tokens, m)) return null;
        int q = m - 1;
        while (q >= 0 && m - q <= 4 && labels[q] == other && !Aligner.isWord(tokens.get(q).text())) q--;
        if (q < 0 || labels[q] != other || !tokens.get(q).quoted() || !Aligner.isWord(tokens.get(q).text())) return null;
        int[] out = labels.clone();
        for (int x = q; x >= 0 && labels[x] == other && tokens.get(x).quoted(); x--) out[x] = title;
        for (int x = t0; x < out.length && labels[x] == title; x++) out[x] = Label.CONTAINER_TITLE.ordinal();
        return out;
    }

    private static boolean marker(List<Token> tokens, int i) {
        String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
        if (Lexicon.is(w, "in")) return true;
        if (!WORDS.contains(w)) return false;
        int j = i + 1;
        if (j < tokens.size() && tokens.get(j).text().equals("]")) j++;
        return j < tokens.size() && tokens.get(j).text().equals(":") || i + 1 < tokens.size() && tokens.get(i + 1).text().equals(":");
    }
}
