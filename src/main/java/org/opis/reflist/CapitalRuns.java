package org.opis.reflist;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entries run on in one line in the French (and ABNT) manner of writing the family name in capitals,
 * as a conversion that lost the line breaks leaves them: {@code BONIFACE Pascal et VÉDRINE Hubert,
 * Atlas du monde global, Armand Colin, 2015 BONIFACE Pascal (dir.), Atlas des relations
 * internationales, Hatier, 1998}. When an entry opens with a family name in capitals, a second entry
 * begins where, after a year or a page count ({@code 2015}, {@code 2013.}, {@code 144 p.}), the same
 * shape comes again: a word in capitals of two letters or more, then a given name or initials, then a
 * comma, an opening parenthesis ({@code (dir.)}) or a joining word. A publisher's acronym
 * ({@code PUF, 2001}) has no given name after it and is never taken for one.
 * Entries in the Brazilian manner, run on over lines, are {@link CapitalLines}'.
 */
final class CapitalRuns {
    private CapitalRuns() {
    }

    /** A word in capitals of two letters or more. */
    static final String CAPS = "\\p{Lu}[\\p{Lu}'’\\-]*\\p{Lu}";
    private static final String GIVEN = "(?:\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?|\\p{Lu}\\.?(?:-?\\p{Lu}\\.?)?)";
    /** The entry opens with a family name in capitals (markup and a ditto excepted). */
    private static final Pattern OPENS = Pattern.compile("^[*_\\s]*" + CAPS + "(?:[ ,]|$)");
    /** A year or a page count, then the next entry's family name in capitals and its given name. */
    private static final Pattern NEXT = Pattern.compile("(?:\\b\\d{4}|\\bp)\\.?\\s+(?=" + CAPS + "(?:\\s+" + CAPS + ")?\\s+" + GIVEN
            + "(?:,|\\s*\\\\?\\(|\\s+(?:et|and|und|e|y|i)\\s))");

    /** Where the first entry of {@code text} ends (the index the second entry begins at), or -1. */
    static int split(String text) {
        if (!OPENS.matcher(text).find()) return -1;
        Matcher m = NEXT.matcher(text);
        while (m.find()) {
            int p = m.end();
            if (p < 20 || text.length() - p < 20 || text.indexOf(',') > p) continue;
            while (Character.isWhitespace(text.charAt(p - 1))) p--;
            return p;
        }
        return -1;
    }
}
