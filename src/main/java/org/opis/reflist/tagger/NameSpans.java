package org.opis.reflist.tagger;

import org.opis.lexicon.Roles;
import org.opis.reflist.Data;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Name spans mended by their content, before runs become fields (after {@link SpanJoins}):
 * <ul>
 *   <li>a name in reading order that ends with a middle initial whose full stop the model left out
 *       ({@code Edward D | . Mansfield, Power}) takes the full stop and the capitalised word after it
 *       when a comma follows that word;</li>
 *   <li>a name span followed by a role word ({@code , eds.}, {@code (Hg.)}; the role markers of {@code lexicon/roles.tsv})
 *       takes that role;</li>
 *   <li>a second title after {@code in} and a chapter's editors ({@code Title, in B. Miller (ed) _Container_})
 *       is the container, also when the model read it as a publisher or a name ({@code in Stephen D. Krasner,
 *       ed., International Regimes (Cornell …)}: up to the parenthesis);</li>
 *   <li>and the rules of {@link Pages}, {@link Imprints} and {@link Volumes}.</li>
 * </ul>
 */
final class NameSpans {
    /** The one-word role markers of the role table (list and note contexts), without parentheses or full stop. */
    private static final Map<String, String> ROLES = roleWords();
    private static final java.util.Set<String> ARTICLES = Data.set("name-articles.txt");

    private NameSpans() {
    }

    /** {@code (Hg.)} → {@code hg}; a compiler counts as an editor here (the tagger has no compiler label). */
    static Map<String, String> roleWords() {
        Map<String, String> out = new java.util.HashMap<>();
        for (String context : List.of(Roles.LIST, Roles.NOTE)) {
            for (Map.Entry<String, String> e : Roles.in(context).entrySet()) {
                String w = e.getKey();
                if (w.startsWith("(") && w.endsWith(")")) w = w.substring(1, w.length() - 1);
                if (w.endsWith(".")) w = w.substring(0, w.length() - 1);
                if (w.isEmpty() || w.contains(" ")) continue;
                out.putIfAbsent(w, e.getValue().equals("translator") ? "translator" : "editor");
            }
        }
        return Map.copyOf(out);
    }

    static int[] mend(List<Token> tokens, int[] labels) {
        int[] out = labels.clone();
        middleInitialFamily(tokens, out);
        givenBeforeColon(tokens, out);
        roleAfterNames(tokens, out);
        inBeforeEditors(tokens, out);
        authorAfterBy(tokens, out);
        containerAfterEditors(tokens, out);
        Pages.mend(tokens, out);
        Imprints.mend(tokens, out);
        Volumes.mend(tokens, out);
        return out;
    }

    private static boolean name(int label) {
        return label == Label.AUTHOR.ordinal() || label == Label.EDITOR.ordinal() || label == Label.TRANSLATOR.ordinal();
    }

    /**
     * The German humanities shape {@code Family, Given: Title} ({@code Mink, Marion: Kleine Geschichte …},
     * {@code Eisenbach, Ulrich (Hg.): …}): an entry opening with a name, a comma, then one to four
     * capitalised words or initials up to a colon or a parenthesis holds one name there; the given
     * names the model gave to the title are the name's.
     */
    static void givenBeforeColon(List<Token> tokens, int[] out) {
        if (out.length < 5 || !name(out[0]) || !capitalised(tokens.get(0).text()) || !tokens.get(1).text().equals(",")
                || ARTICLES.contains(tokens.get(2).text())) return; // "Smith, The Cold War: …" holds no given name
        int l = out[0];
        int j = 2;
        int words = 0;
        boolean initials = false;
        while (j < out.length && words <= 4) {
            Token tok = tokens.get(j);
            String t = tok.text();
            if (t.equals(".") && initial(tokens.get(j - 1).text())) {
                initials = true;
                j++;
                continue;
            }
            // a word after an initial's full stop, or in italics or quotes, opens the title
            if (!capitalised(t)) break;
            if (tok.italic() || tok.quoted() || (initials && !initial(t))) return;
            words++;
            j++;
        }
        if (words == 0 || words > 4 || j >= out.length) return;
        String end = tokens.get(j).text();
        if (!end.equals(":") && !end.equals("(")) return;
        if (end.equals("(") && (j + 1 >= out.length || !ROLES.containsKey(tokens.get(j + 1).text().toLowerCase(Locale.ROOT)))) return;
        for (int k = 1; k < j; k++) out[k] = l;
    }

    static void middleInitialFamily(List<Token> tokens, int[] out) {
        for (int i = 2; i + 1 < out.length; i++) {
            int l = out[i - 1];
            if (!name(l) || out[i] == l || !tokens.get(i).text().equals(".") || !initial(tokens.get(i - 1).text())) continue;
            int a = i - 1;
            boolean comma = false;
            while (a > 0 && out[a - 1] == l) {
                if (!Aligner.isWord(tokens.get(a - 1).text()) && !tokens.get(a - 1).text().equals(".")) comma = true;
                a--;
            }
            String first = tokens.get(a).text();
            if (comma || first.length() < 2 || !capitalised(first) || Lexicon.russianEnding(first.toLowerCase(Locale.ROOT))) continue;
            String fam = tokens.get(i + 1).text();
            if (name(out[i + 1]) || fam.length() < 2 || !capitalised(fam) || ARTICLES.contains(fam)) continue;
            if (i + 2 < out.length && !tokens.get(i + 2).text().equals(",")) continue;
            out[i] = l;
            out[i + 1] = l;
        }
    }

    /** What may stand between a name span and its role word: a comma, a parenthesis (escaped in Markdown: {@code \(dir.\)}), an initial's full stop left out of the span ({@code Kertesz, S., ed.}). */
    private static final java.util.Set<String> BEFORE_ROLE = java.util.Set.of(",", "(", ".", "\\");

    /** A role word written as one: not italic, followed by its full stop, a comma, a parenthesis or nothing. */
    private static boolean abbreviation(List<Token> tokens, int j) {
        if (tokens.get(j).italic()) return false;
        return j + 1 >= tokens.size() || ".,)".contains(tokens.get(j + 1).text());
    }

    static void roleAfterNames(List<Token> tokens, int[] out) {
        for (int i = 1; i < out.length; i++) {
            if (name(out[i]) || !name(out[i - 1])) continue;
            int j = i;
            while (j < out.length && j - i < 3 && BEFORE_ROLE.contains(tokens.get(j).text())) j++;
            if (j >= out.length || name(out[j])) continue;
            String word = tokens.get(j).text().toLowerCase(Locale.ROOT);
            String role = ROLES.get(word);
            int end = j + 1;
            if (role == null) {
                // a role of two words ("(biên tập)", "chủ biên"): the role table's markers with a space in them
                String second = j + 1 < out.length ? tokens.get(j + 1).text().toLowerCase(Locale.ROOT) : "";
                role = ROLE_PAIRS.get(word + " " + second);
                end = j + 2;
            }
            if (role == null) continue;
            if (tokens.get(j - 1).text().equals(".") && !abbreviation(tokens, end - 1)) continue; // "Daniels, R. _Red October_"
            int k = end;
            while (k < out.length && (tokens.get(k).text().equals(".") || tokens.get(k).text().equals(")"))) k++;
            if (k < out.length && name(out[k])) continue; // "ed. Macpherson": the role word opens the next names
            int to = role.equals("editor") ? Label.EDITOR.ordinal() : Label.TRANSLATOR.ordinal();
            // the whole run of names before the role word takes it, whatever labels the model mixed in it
            // ("Linenthal, Edward, and Tom Engelhardt, eds.": the first name read as an author, the second as an editor),
            // also over a joining word or mark the model left between two names ("Miller, Randall M. and John David
            // Smith, eds.", "Carliner, Geoffrey; Alesina, Alberto, eds.")
            int a = i - 1;
            while (a >= 0) {
                if (name(out[a])) {
                    out[a--] = to;
                } else if (a > 0 && name(out[a - 1]) && out[a] == Label.OTHER.ordinal() && joining(tokens.get(a).text())) {
                    out[a--] = to;
                } else {
                    break;
                }
            }
        }
    }

    /** Words of {@code tagger/in-words.txt} and the dictionary's class {@code in}: "in" in the lists' languages. */
    private static final java.util.Set<String> IN_WORDS = java.util.Set.copyOf(Data.lines("tagger/in-words.txt"));

    /**
     * An editors' span that opens with a capitalised "in" word the model took into the first name ({@code Trong Goh,
     * Evelyn (biên tập)}, Vietnamese CS1's "In"): the word is left out. Not when a comma follows the word (then it is a
     * family name: {@code Im, Hyug Baeg, ed.}).
     */
    static void inBeforeEditors(List<Token> tokens, int[] out) {
        int editor = Label.EDITOR.ordinal();
        for (int s = 0; s + 1 < out.length; s++) {
            if (out[s] != editor || (s > 0 && out[s - 1] == editor) || out[s + 1] != editor) continue;
            String t = tokens.get(s).text();
            if (t.length() < 2 || !Character.isUpperCase(t.charAt(0)) || !capitalised(tokens.get(s + 1).text())) continue;
            String w = t.toLowerCase(Locale.ROOT);
            if (IN_WORDS.contains(w) || Lexicon.is(w, "in")) out[s] = Label.OTHER.ordinal();
        }
    }

    /** A word or mark that joins two names of one list: a comma, a semicolon, a slash, {@code and}, {@code &}, {@code и} (the dictionary's class {@code conj}). */
    private static boolean joining(String t) {
        return t.equals(",") || t.equals(";") || t.equals("/") || Lexicon.is(t.toLowerCase(Locale.ROOT), "conj");
    }

    /** The role table's markers of two words, without parentheses or full stops ({@code biên tập}, {@code chủ biên}). */
    private static final Map<String, String> ROLE_PAIRS = rolePairs();

    static Map<String, String> rolePairs() {
        Map<String, String> out = new java.util.HashMap<>();
        for (String context : List.of(Roles.LIST, Roles.NOTE)) {
            for (Map.Entry<String, String> e : Roles.in(context).entrySet()) {
                String w = e.getKey();
                if (w.startsWith("(") && w.endsWith(")")) w = w.substring(1, w.length() - 1);
                String[] words = w.replace(".", "").strip().split(" +");
                if (words.length != 2) continue;
                out.putIfAbsent(words[0] + " " + words[1], e.getValue().equals("translator") ? "translator" : "editor");
            }
        }
        return Map.copyOf(out);
    }

    /**
     * The review shape {@code A History of the Comintern. By Jane Doe. [Ithaca, NY: …]}: names after a bare
     * {@code By} (not {@code edited by}, {@code translated by}, {@code introduction by}) in an entry with no
     * author are its authors, whatever role the model gave them.
     */
    static void authorAfterBy(List<Token> tokens, int[] out) {
        int author = Label.AUTHOR.ordinal();
        for (int l : out) if (l == author) return;
        for (int i = 1; i < out.length; i++) {
            if (!name(out[i]) || name(out[i - 1]) || !tokens.get(i - 1).text().equalsIgnoreCase("by")) continue;
            if (i >= 2) {
                String before = tokens.get(i - 2).text().toLowerCase(Locale.ROOT);
                if (before.endsWith("ed") || BY_OTHER_ROLES.contains(before)) continue;
            }
            for (int k = i, from = out[i]; k < out.length && out[k] == from; k++) out[k] = author;
            return;
        }
    }

    /** Words that make the names after {@code by} other than authors: "introduction by", "foreword by". */
    private static final java.util.Set<String> BY_OTHER_ROLES = java.util.Set.of("introduction", "foreword", "preface",
            "afterword", "notes", "commentary", "illustrations", "photographs", "translation", "edition");

    static void containerAfterEditors(List<Token> tokens, int[] out) {
        int title = Label.TITLE.ordinal();
        int editor = Label.EDITOR.ordinal();
        int container = Label.CONTAINER_TITLE.ordinal();
        int firstTitleEnd = -1;
        for (int i = 0; i < out.length; i++) {
            if (out[i] == container) return;
            if (out[i] == title && firstTitleEnd < 0) {
                int j = i;
                while (j + 1 < out.length && out[j + 1] == title) j++;
                firstTitleEnd = j;
            }
        }
        if (firstTitleEnd < 0) return;
        int i = firstTitleEnd + 1;
        while (i < out.length && i - firstTitleEnd <= 3 && out[i] == Label.OTHER.ordinal() && !in(tokens.get(i).text())) i++;
        if (i >= out.length || !in(tokens.get(i).text()) || out[i] != Label.OTHER.ordinal()) return;
        int e = i + 1;
        while (e < out.length && e - i <= 2 && out[e] == Label.OTHER.ordinal()) e++;
        if (e >= out.length || out[e] != editor) return;
        while (e < out.length && out[e] == editor) e++;
        int t = e;
        while (t < out.length && t - e <= 5 && out[t] == Label.OTHER.ordinal()) t++;
        if (t >= out.length || !(out[t] == title || out[t] == Label.PUBLISHER.ordinal() || name(out[t]))) return;
        int run = out[t];
        if (run != title && t > 0 && tokens.get(t - 1).text().equals("(")) return;
        while (t < out.length && out[t] == run && (run == title || !tokens.get(t).text().equals("("))) out[t++] = container;
        if (t < out.length && out[t] == run) out[t] = Label.OTHER.ordinal(); // the parenthesis opening the imprint
    }

    private static boolean in(String t) {
        String w = t.toLowerCase(Locale.ROOT);
        return w.equals("in") || w.equals("in:") || w.equals("в") || w.equals("dans");
    }

    private static boolean initial(String t) {
        return t.length() == 1 && Character.isUpperCase(t.charAt(0));
    }

    private static boolean capitalised(String t) {
        return !t.isEmpty() && Character.isUpperCase(t.charAt(0)) && t.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '’');
    }
}
