package org.opis.reflist;

import java.util.regex.Pattern;

/**
 * Whether an entry opens as German and Central European humanities lists open it: the names, the year in parentheses and a
 * colon ({@code Lins, Ulrich (1988): *Title*, Gerlingen.}, {@code Kluge, Friedrich (^6^1899): …}, {@code – (Hg.) (1995): …},
 * {@code Bausch, Karl-Richard/Gauger, Hans-Martin (Hg.) (1971): …}). That convention names the place of publication and gives
 * the publisher, if at all, after it and a colon ({@code Tübingen: Narr}); a lone name closing such an entry is the place —
 * where APA, with a full stop after the year ({@code Browning, C. (1992). *Title*. Harper Collins.}), gives the publisher.
 */
final class YearColonHeads {
    private YearColonHeads() {
    }

    /**
     * Names, or nothing where a ditto mark was taken off (a bracket without digits may sit among them: {@code Bacher, Nikolaus (Micurà de Rü)}, {@code (Hg.)}), then the year
     * in parentheses — a first edition in brackets, a superscript edition, a letter, a range or {@code ff.} allowed —, an
     * editors' role, a colon.
     */
    private static final Pattern HEAD = Pattern.compile(
            "(?:[^():\\d]|\\([^()\\d]*\\)){0,200}?\\(\\s*(?:\\[\\d{3,4}\\]\\s*)?(?:\\^\\d{1,2}\\^|\\p{No}{1,2})?\\d{4}[a-z]?"
                    + "(?:\\s*[–/-]\\s*(?:\\d{2,4})?)?(?:\\s*ff\\.)?(?:\\s*\\[\\d{4}\\])?\\s*\\)\\s*(?:\\([^()\\d]{1,12}\\)\\s*)?:");

    /** Whether {@code w} opens with names, a year in parentheses and a colon. */
    static boolean opens(String w) {
        return HEAD.matcher(w).lookingAt();
    }
}
