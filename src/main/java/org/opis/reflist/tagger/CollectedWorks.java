package org.opis.reflist.tagger;

import java.util.List;
import java.util.Locale;

/**
 * An author's name written straight before the title of the author's collected works, without a mark between them
 * ({@code Hồ Chí Minh toàn tập, Nxb CTQG, Hà Nội 2002, tập 2, tr.266}): when the entry's first field is a title span that
 * ends with such a title (the phrases of {@code tagger/collected-works.txt}) after two to five capitalised words, and the
 * entry has no author, those words are the author and the phrase the title; a word before the name (a lead word,
 * {@code Xem}) is no part of either.
 */
final class CollectedWorks {
    private static final List<String[]> PHRASES = kind("title").stream().map(l -> l.split(" ")).toList();
    private static final java.util.Set<String> LEAD = java.util.Set.copyOf(kind("lead"));
    private static final int MOST_NAME_WORDS = 5;

    private CollectedWorks() {
    }

    private static List<String> kind(String k) {
        return org.opis.reflist.Data.lines("tagger/collected-works.txt").stream().map(l -> l.split("\t"))
                .filter(p -> p.length == 2 && p[0].strip().equals(k)).map(p -> p[1].strip().toLowerCase(Locale.ROOT)).toList();
    }

    static int[] mend(List<Token> tokens, int[] labels) {
        int title = Label.TITLE.ordinal();
        int other = Label.OTHER.ordinal();
        int s = 0;
        while (s < labels.length && labels[s] == other) s++;
        if (s >= labels.length || labels[s] != title) return labels;
        for (int l : labels) if (l == Label.AUTHOR.ordinal()) return labels;
        int e = s;
        while (e + 1 < labels.length && labels[e + 1] == title) e++;
        for (String[] p : PHRASES) {
            int first = e - p.length + 1;
            if (first <= s || !ends(tokens, first, p)) continue;
            int n = first - 1;
            while (n >= s && first - n <= MOST_NAME_WORDS && capitalised(tokens.get(n).text())
                    && !(n == s && LEAD.contains(tokens.get(n).text().toLowerCase(Locale.ROOT)))) n--;
            int names = first - 1 - n;
            if (names < 2) continue;
            int[] out = labels.clone();
            for (int x = s; x <= n; x++) out[x] = other;
            for (int x = n + 1; x < first; x++) out[x] = Label.AUTHOR.ordinal();
            return out;
        }
        return labels;
    }

    private static boolean ends(List<Token> tokens, int first, String[] phrase) {
        for (int k = 0; k < phrase.length; k++) if (!tokens.get(first + k).text().toLowerCase(Locale.ROOT).equals(phrase[k])) return false;
        return true;
    }

    private static boolean capitalised(String t) {
        return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0)) && t.codePoints().allMatch(Character::isLetter);
    }
}
