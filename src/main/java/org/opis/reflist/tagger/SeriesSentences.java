package org.opis.reflist.tagger;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.opis.text.Regexes;

/**
 * A publisher's series written as a sentence (or a comma-separated run) of its own after the title, which the model ran
 * into the title or left unlabelled:
 * <ul>
 *   <li>a run whose first, second or last word is a series word ({@code tagger/series-words.txt}): {@code Terceiro
 *       mundo: conceito e história. Série princípios. São Paulo: Ática, 1990.}, {@code Keohane … (1996). Internationalization
 *       and domestic politics. Cambridge Studies in Comparative Politics.}, {@code Bollingen Series LXV3.};</li>
 *   <li>in an entry whose title is in italics, a run of capitalised words outside the italics right after it and right
 *       before the place or publisher (Wikipedia's CS1 {@code series=}): {@code _Gilles de Rais_ , Vérités et légendes (in
 *       French), Paris: Perrin}, {@code _Beyond Paradox_. American Encounters/Global Interactions. Durham, NC: …}.</li>
 * </ul>
 * (A word marked {@code after} in the file counts only as the second or last word: {@code Paper presented at …} is no series.)
 * The run becomes the collection-title; a number closing it (the series' own, {@code No. 4}, {@code LXV3}) is left
 * unlabelled. Runs the model read as a container, publisher or place keep their reading.
 */
final class SeriesSentences {
    private static final Set<String> FIRST = new java.util.HashSet<>();
    private static final Set<String> AFTER = new java.util.HashSet<>();

    static {
        for (String line : org.opis.reflist.Data.lines("tagger/series-words.txt")) {
            String[] f = line.split("\t");
            (f.length > 1 && f[1].equals("after") ? AFTER : FIRST).add(f[0]);
        }
    }
    private static final int LONGEST = 12;

    private SeriesSentences() {
    }

    static int[] mend(List<Token> tokens, int[] labels) {
        int title = Label.TITLE.ordinal();
        int series = Label.COLLECTION_TITLE.ordinal();
        int first = -1;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == series) return labels;
            if (first < 0 && labels[i] == title) first = i;
        }
        if (first < 0) return labels;
        boolean italicTitle = tokens.get(first).italic();
        for (int b = first + 1; b < tokens.size() - 1; b++) {
            String bt = tokens.get(b).text();
            if (!bt.equals(".") && !bt.equals(",")) continue;
            if (labels[b - 1] != title) continue; // the run must follow the title
            int s = b + 1;
            int e = s;
            while (e < tokens.size() && e - s < LONGEST && !boundary(tokens.get(e).text())) e++;
            if (e == s || e - s >= LONGEST && e < tokens.size() && !boundary(tokens.get(e).text())) continue;
            int end = numberless(tokens, s, e);
            if (end <= s || !capitalised(tokens, s, end)) continue;
            if (!free(labels, s, end)) continue;
            boolean word = seriesWord(tokens, s, end);
            boolean italicCase = !word && italicTitle && tokens.get(b - 1).italic() && nonItalic(tokens, s, end) && end == e
                    && imprintFollows(tokens, labels, e);
            if (!word && !italicCase) continue;
            int[] out = labels.clone();
            for (int x = s; x < e; x++) out[x] = x < end ? series : Label.OTHER.ordinal();
            if (out[b] == title) out[b] = Label.OTHER.ordinal();
            return out;
        }
        return labels;
    }

    private static boolean boundary(String t) {
        return t.equals(".") || t.equals(",") || t.equals("(") || t.equals(")") || t.equals(":") || t.equals(";") || t.equals("[");
    }

    /** The end of the run without a closing number and its label ({@code No. 4}, {@code vol. 40}, {@code LXV3}, {@code 5}). */
    private static int numberless(List<Token> tokens, int s, int e) {
        int end = e;
        while (end > s && Regexes.matches(tokens.get(end - 1).text(), "\\d{1,4}|[IVXLC]+\\d*|\\.|(?i)no|nr|vol|bd|nº|n°")) end--;
        return end;
    }

    private static boolean capitalised(List<Token> tokens, int s, int end) {
        String t = tokens.get(s).text();
        if (!Character.isUpperCase(t.codePointAt(0)) || !Aligner.isWord(t)) return false;
        for (int x = s; x < end; x++) {
            Token k = tokens.get(x);
            if (k.quoted() || Regexes.matches(k.text(), ".*\\d.*") || k.text().equals("&") && x == s) return false;
        }
        return true;
    }

    /** Every token of the run unlabelled, or read as the title, a genre or a collection-title. */
    private static boolean free(int[] labels, int s, int end) {
        for (int x = s; x < end; x++) {
            int l = labels[x];
            if (l != Label.OTHER.ordinal() && l != Label.TITLE.ordinal() && l != Label.GENRE.ordinal()) return false;
        }
        return true;
    }

    private static boolean seriesWord(List<Token> tokens, int s, int end) {
        List<String> words = new java.util.ArrayList<>();
        for (int x = s; x < end; x++) if (Aligner.isWord(tokens.get(x).text())) words.add(tokens.get(x).text().toLowerCase(Locale.ROOT));
        int n = words.size();
        if (n < 2) return false;
        for (int k = 0; k < n; k++) {
            String w = words.get(k);
            if (k == 0 && FIRST.contains(w) || (k == 1 || k == n - 1) && (FIRST.contains(w) || AFTER.contains(w))) return true;
        }
        return false;
    }

    private static boolean nonItalic(List<Token> tokens, int s, int end) {
        for (int x = s; x < end; x++) if (tokens.get(x).italic() || tokens.get(x).bracket()) return false;
        return true;
    }

    /** A place or publisher within a few tokens after the run (past a parenthesis such as {@code (in French)} and punctuation). */
    private static boolean imprintFollows(List<Token> tokens, int[] labels, int e) {
        int x = e;
        if (x < tokens.size() && tokens.get(x).text().equals("(")) {
            while (x < tokens.size() && !tokens.get(x).text().equals(")")) x++;
            x++;
        }
        while (x < tokens.size() && (tokens.get(x).text().equals(".") || tokens.get(x).text().equals(","))) x++;
        return x < tokens.size() && (labels[x] == Label.PUBLISHER_PLACE.ordinal() || labels[x] == Label.PUBLISHER.ordinal());
    }
}
