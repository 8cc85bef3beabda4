package org.opis.reflist;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Literal text without which an alternation of words cannot match, derived from the same words the
 * pattern is built from, so that the pattern is run only on a text holding one of them: the same
 * matches, without trying every alternative (after a look-behind) at every position of every entry's
 * tail. The cue of a word is its longest space-free piece, after its first letter when the pattern
 * takes that letter in either case ({@link org.opis.lexicon.Words#alternation}); a cue holding another
 * cue is dropped (the shorter is present whenever the longer is). A word with no such piece makes
 * the cues always true. {@code WordCuesTest} holds each cue to its pattern.
 */
final class WordCues {

    private final String[] cues; // null: every text may match
    private final boolean ignoreCase;

    private WordCues(String[] cues, boolean ignoreCase) {
        this.cues = cues;
        this.ignoreCase = ignoreCase;
    }

    /** The cues of {@code Words.alternation(words, eitherCase)}: each word literal, a space matching one whitespace character. */
    static WordCues of(Collection<String> words, boolean eitherCase) {
        List<String> pieces = new ArrayList<>();
        for (String w : words) {
            int start = eitherCase && !w.isEmpty() && Character.isLetter(w.codePointAt(0)) ? Character.charCount(w.codePointAt(0)) : 0;
            String longest = "";
            for (String p : w.substring(start).split(" ", -1)) if (p.length() > longest.length()) longest = p;
            if (longest.isEmpty()) return new WordCues(null, false);
            pieces.add(longest);
        }
        return new WordCues(minimal(pieces), false);
    }

    /** The cues of literal words matched with {@code Pattern.CASE_INSENSITIVE} (the text is compared in lower case). */
    static WordCues ignoringCase(Collection<String> words) {
        List<String> pieces = new ArrayList<>();
        for (String w : words) {
            if (w.isEmpty()) return new WordCues(null, true);
            pieces.add(w.toLowerCase(Locale.ROOT));
        }
        return new WordCues(minimal(pieces), true);
    }

    private static String[] minimal(List<String> pieces) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(pieces));
        List<String> out = new ArrayList<>();
        for (String c : distinct) {
            boolean covered = false;
            for (String d : distinct) if (!d.equals(c) && c.contains(d)) covered = true;
            if (!covered) out.add(c);
        }
        return out.toArray(new String[0]);
    }

    /** False only when the pattern cannot match anywhere in {@code s}. */
    boolean mayMatch(CharSequence s) {
        if (cues == null) return true;
        String t = ignoreCase ? s.toString().toLowerCase(Locale.ROOT) : null;
        for (String c : cues) {
            if (t != null ? t.contains(c) : s instanceof StringBuilder b ? b.indexOf(c) >= 0 : s.toString().contains(c)) return true;
        }
        return false;
    }

    /** The cues, for tests. */
    List<String> cues() {
        return cues == null ? null : List.of(cues);
    }
}
