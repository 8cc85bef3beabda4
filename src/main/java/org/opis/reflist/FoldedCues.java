package org.opis.reflist;

import java.util.ArrayList;
import java.util.List;

/**
 * A cheap test run before a pattern that matches one of some literal words with case ignored the Unicode way
 * ({@code CASE_INSENSITIVE | UNICODE_CASE}, {@code (?iu:…)}): the pattern compares a character {@code c} of the text
 * with a character {@code p} of a word as {@code fold(c) == fold(p)} or {@code c == fold(p)}, where
 * {@code fold(x) = Character.toLowerCase(Character.toUpperCase(x))} ({@code java.util.regex.Pattern}'s {@code SliceU} and
 * {@code SingleU}). So when every folded character of the words is its own fold, a match of a word is a run of the text
 * whose folded characters spell the folded word: the folded text holds it. {@link #mayHold} is false only when the
 * folded text holds none of the words, and the pattern then cannot match. A word with a character that is not its
 * own fold, or an empty word, makes the test always true (the pattern is always run).
 */
final class FoldedCues {
    private final String[] words;
    private final boolean always;

    private FoldedCues(String[] words, boolean always) {
        this.words = words;
        this.always = always;
    }

    /** The test for these literal words (each one written exactly, no regular-expression syntax). */
    static FoldedCues of(List<String> literals) {
        List<String> out = new ArrayList<>();
        boolean always = literals.isEmpty();
        for (String l : literals) {
            String f = fold(l);
            if (f.isEmpty() || !fixed(f)) always = true;
            out.add(f);
        }
        return new FoldedCues(out.toArray(String[]::new), always);
    }

    /** Whether the text may hold one of the words, its case ignored as the pattern ignores it. */
    boolean mayHold(CharSequence text) {
        if (always) return true;
        String f = fold(text);
        for (String w : words) if (f.contains(w)) return true;
        return false;
    }

    /** Each code point of the text as its fold, {@code Character.toLowerCase(Character.toUpperCase(c))}. */
    static String fold(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = Character.codePointAt(s, i);
            b.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c)));
            i += Character.charCount(c);
        }
        return b.toString();
    }

    /** Whether every code point of a folded word is its own fold (then {@code c == fold(p)} implies {@code fold(c) == fold(p)}). */
    private static boolean fixed(String folded) {
        return folded.codePoints().allMatch(c -> Character.toLowerCase(Character.toUpperCase(c)) == c);
    }

    /**
     * The literal opening of each phrase of a list of regular expressions (e.g. {@code link-intros.txt}, {@code available
     * at:?}): its characters up to the first one with a meaning in a regular expression, less a character a quantifier
     * after it makes optional ({@code available at}). A match of the phrase starts with that opening; a phrase with none,
     * or with a {@code |} anywhere (it may be read as alternatives of its own), gives the empty word (the test is then always true).
     */
    static List<String> openings(List<String> phrases) {
        List<String> out = new ArrayList<>();
        for (String p : phrases) {
            int i = 0;
            while (i < p.length() && "\\^$.|?*+()[]{}".indexOf(p.charAt(i)) < 0) i++;
            int end = i < p.length() && "?*{".indexOf(p.charAt(i)) >= 0 ? Math.max(0, i - 1) : i;
            out.add(p.indexOf('|') >= 0 ? "" : p.substring(0, end));
        }
        return out;
    }
}
