package org.opis.reflist;

/**
 * Literal text without which some of the rule reader's tail patterns cannot match, so that the
 * pattern is run only on a tail that holds it: the same matches, without scanning every entry's tail
 * with an expression of many alternatives. Each cue follows from its pattern (case-sensitive, every
 * alternative spelled out in {@link TailStatements} and {@link EntryDates}); {@code TailCuesTest} holds each cue to its pattern
 * on every gold entry and on random text.
 */
final class TailCues {

    private TailCues() {
    }

    /** {@link TailStatements#TRANSLATED_AND_EDITED}: both orders hold {@code [Tt]ranslated} or {@code [Tt]rans.}, so "rans". */
    static boolean mayBeTranslatedAndEdited(CharSequence s) {
        return has(s, "rans");
    }

    /**
     * {@link EntryDates#MONTH_DAY_YEAR} ({@code July 21, 1958}): the day's last digit, a comma, one whitespace
     * character and the year's first digit, side by side ({@code \d} and {@code \s} as the pattern reads them: ASCII).
     */
    static boolean mayHoldMonthDayYear(CharSequence s) {
        for (int i = 0; i + 3 < s.length(); i++) {
            if (s.charAt(i + 1) == ',' && digit(s.charAt(i)) && space(s.charAt(i + 2)) && digit(s.charAt(i + 3))) return true;
        }
        return false;
    }

    /**
     * The cue of each phrase of a word list read as alternatives of a case-insensitive pattern (e.g.
     * {@code access-words.txt}, {@code dostęp:?}), lower case: the longest space-free piece of the phrase's literal
     * opening (up to its first regular-expression character; a character a quantifier makes optional is left out).
     * A match of the phrase holds that piece; being space-free, it is also in the text before parts of it were blanked
     * to spaces. A phrase with no literal opening gives the empty cue (always present).
     */
    static String[] phrasePieces(java.util.List<String> phrases) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (String p : phrases) {
            int i = 0;
            while (i < p.length() && "\\^$.|?*+()[]{}".indexOf(p.charAt(i)) < 0) i++;
            int end = i < p.length() && "?*{".indexOf(p.charAt(i)) >= 0 ? Math.max(0, i - 1) : i;
            String best = "";
            for (String piece : p.substring(0, end).split(" ")) if (piece.length() > best.length()) best = piece;
            out.add(best.toLowerCase(java.util.Locale.ROOT));
        }
        return out.toArray(String[]::new);
    }

    /**
     * {@link TrailingPages}' labelled pages ({@code , pp. 3-18}): a comma, one whitespace character and {@code p}
     * side by side, and a dash of the range ({@code -}, {@code –} or {@code —}).
     */
    static boolean mayHoldLabelledPages(CharSequence s) {
        if (!dash(s)) return false;
        for (int i = 0; i + 2 < s.length(); i++) {
            if (s.charAt(i) == ',' && space(s.charAt(i + 1)) && s.charAt(i + 2) == 'p') return true;
        }
        return false;
    }

    /** {@link TrailingPages}' bare pages after a publisher ({@code …, 14-50 (ch. 1).}): {@code (ch} and a dash of the range. */
    static boolean mayHoldBarePages(CharSequence s) {
        return has(s, "(ch") && dash(s);
    }

    private static boolean dash(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-' || c == '\u2013' || c == '\u2014') return true;
        }
        return false;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean has(CharSequence s, String cue) {
        return s instanceof StringBuilder b ? b.indexOf(cue) >= 0 : s.toString().contains(cue);
    }
}
