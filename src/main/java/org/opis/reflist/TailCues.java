package org.opis.reflist;

/**
 * Literal text without which some of the rule reader's tail patterns cannot match, so that the
 * pattern is run only on a tail that holds it: the same matches, without scanning every entry's tail
 * with an expression of many alternatives. Each cue follows from its pattern (case-sensitive, every
 * alternative spelled out in {@link EntryParser}); {@code TailCuesTest} holds each cue to its pattern
 * on every gold entry and on random text.
 */
final class TailCues {

    private TailCues() {
    }

    /**
     * {@link EntryParser#EDITION}: every alternative ends in {@code ed.}, {@code edn}, {@code edition},
     * {@code edição}, {@code edición} (all holding "ed"), {@code изд.}/{@code Изд.} (both "зд."), {@code Aufl.} or the
     * Vietnamese {@code Ấn bản lần 2} / {@code ấn bản thứ 2} (both "n bản").
     */
    static boolean mayHoldEdition(CharSequence s) {
        return has(s, "ed") || has(s, "зд.") || has(s, "Aufl.") || has(s, "n bản");
    }

    /** {@link EntryParser#FORTHCOMING}: {@code [Ff]orthcoming}, {@code [Ii]n\spress} or {@code [Вв]\sпечати}. */
    static boolean mayBeForthcoming(CharSequence s) {
        return has(s, "orthcoming") || has(s, "press") || has(s, "печати");
    }

    /** {@link EntryParser#TRANSLATED_AND_EDITED}: both orders hold {@code [Tt]ranslated} or {@code [Tt]rans.}, so "rans". */
    static boolean mayBeTranslatedAndEdited(CharSequence s) {
        return has(s, "rans");
    }

    /**
     * {@link EntryParser#MONTH_DAY_YEAR} ({@code July 21, 1958}): the day's last digit, a comma, one whitespace
     * character and the year's first digit, side by side ({@code \d} and {@code \s} as the pattern reads them: ASCII).
     */
    static boolean mayHoldMonthDayYear(CharSequence s) {
        for (int i = 0; i + 3 < s.length(); i++) {
            if (s.charAt(i + 1) == ',' && digit(s.charAt(i)) && space(s.charAt(i + 2)) && digit(s.charAt(i + 3))) return true;
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
