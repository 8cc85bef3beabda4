package org.opis.reflist.tagger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A genre phrase (the phrases of {@code tagger/genre-words.txt}) standing alone is the genre: in parentheses or brackets
 * after the title ({@code … Russia (Report). Woodrow Wilson …}, {@code *Vô sản hoá* (Hồi ký), Nxb. …}), or as the last
 * sentence of the entry ({@code …, 2001, Harvill paper. Novel.}). The model leaves such a phrase unlabelled or reads it as
 * a name or place. A phrase opening the entry before a colon ({@code Fiction: Fedor Gladkov, _Cement_ (1925)}) is read by
 * {@link #lead}: the tagger labels the rest of the entry as an entry of its own.
 */
final class GenreLabels {
    static final List<String[]> PHRASES = phrases();
    /** The phrases by their first word, each list in the order of {@link #PHRASES}. */
    private static final java.util.Map<String, List<String[]>> BY_FIRST_WORD = byFirstWord();

    private GenreLabels() {
    }

    private static List<String[]> phrases() {
        List<String[]> out = new ArrayList<>();
        for (String line : org.opis.reflist.Data.lines("tagger/genre-words.txt")) {
            List<Token> t = Tokenizer.tokens(line);
            String[] words = new String[t.size()];
            for (int i = 0; i < words.length; i++) words[i] = t.get(i).text().toLowerCase(Locale.ROOT);
            if (words.length > 0) out.add(words);
        }
        out.sort((a, b) -> b.length - a.length);
        return List.copyOf(out);
    }

    private static java.util.Map<String, List<String[]>> byFirstWord() {
        java.util.Map<String, List<String[]>> m = new java.util.HashMap<>();
        for (String[] p : PHRASES) m.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p);
        m.replaceAll((k, v) -> List.copyOf(v));
        return java.util.Map.copyOf(m);
    }

    /** The number of tokens a genre phrase opening the entry takes with its colon (0 if none), when words follow it. */
    static int lead(List<Token> tokens) {
        int n = phrase(tokens, 0);
        if (n == 0 || n + 2 >= tokens.size() || !tokens.get(n).text().equals(":")) return 0;
        if (!Character.isUpperCase(tokens.get(0).text().codePointAt(0))) return 0;
        return n + 1;
    }

    static int[] mend(List<Token> tokens, int[] labels) {
        int genre = Label.GENRE.ordinal();
        for (int l : labels) if (l == genre) return labels;
        int title = firstTitle(labels);
        if (title < 0) return labels;
        for (int i = title + 1; i < tokens.size(); i++) {
            if (labels[i] == Label.TITLE.ordinal() && labels[i - 1] == Label.TITLE.ordinal()) continue;
            int n = phrase(tokens, i);
            if (n == 0) continue;
            String before = tokens.get(i - 1).text();
            String after = i + n < tokens.size() ? tokens.get(i + n).text() : "";
            boolean enclosed = before.equals("(") && after.equals(")") || before.equals("[") && after.equals("]");
            boolean last = before.equals(".") && (i + n == tokens.size() || after.equals(".") && i + n + 1 == tokens.size());
            if (!enclosed && !last) continue;
            int[] out = labels.clone();
            for (int x = i; x < i + n; x++) out[x] = genre;
            return out;
        }
        return labels;
    }

    private static int firstTitle(int[] labels) {
        for (int i = 0; i < labels.length; i++) if (labels[i] == Label.TITLE.ordinal()) return i;
        return -1;
    }

    /** The length of the longest genre phrase starting at token {@code i}, or 0. */
    static int phrase(List<Token> tokens, int i) {
        // only the phrases whose first word is this token's can match: those, in PHRASES' order (longest first), so the
        // first that matches is the one a scan of every phrase finds; the token is put in lower case once, not per phrase
        if (i >= tokens.size()) return 0;
        List<String[]> candidates = BY_FIRST_WORD.get(tokens.get(i).text().toLowerCase(Locale.ROOT));
        if (candidates == null) return 0;
        for (String[] p : candidates) {
            if (i + p.length > tokens.size()) continue;
            boolean ok = true;
            for (int k = 1; k < p.length && ok; k++) ok = tokens.get(i + k).text().toLowerCase(Locale.ROOT).equals(p[k]);
            if (ok) return p.length;
        }
        return 0;
    }
}
