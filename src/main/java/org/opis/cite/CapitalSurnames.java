package org.opis.cite;

import java.util.regex.Pattern;

/**
 * Surnames written in capitals, as the Brazilian ABNT and French notes write them ({@code ORLANDI, 2015,
 * p. 26}, {@code FIORIN, 1998, p. 8}, {@code FAROULT; ROBSON, 2006, p. 14}), told from abbreviations
 * ({@code USSR, 1922–1991}, {@code CPSU}) by their shape: words of five letters or more, each with two
 * vowels or more, and a page given right after the year — a gloss gives no page.
 */
final class CapitalSurnames {

    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{Lu}'\u2019\\-]{4,}");
    private static final Pattern VOWELS = Pattern.compile("[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-Ü]");
    /** A page label right after the year: {@code , p. 26}, {@code , pp. 36}, {@code , S. 12}, {@code , с. 45}. */
    private static final Pattern PAGE = Pattern.compile("\\s*,\\s*(?:pp?|S|с|С|s)\\.\\s*\\d");

    private CapitalSurnames() {
    }

    /** True when every word of the author part is a surname in capitals (joiners {@code ;}, {@code ,}, {@code et al.} allowed). */
    static boolean surnames(String who) {
        boolean any = false;
        for (String w : who.split("[\\s;,]+")) {
            if (w.isEmpty() || w.equals("et") || w.equals("al.") || w.equals("&")) continue;
            if (!WORD.matcher(w).matches()) return false;
            if (VOWELS.matcher(w).results().count() < 2) return false;
            any = true;
        }
        return any;
    }

    /** True when a page label follows at {@code from} (within {@code to}). */
    static boolean pageAfter(String t, int from, int to) {
        if (from >= to) return false;
        return PAGE.matcher(t).region(from, to).lookingAt();
    }
}
