package org.opis.cite;

/**
 * The first of three or more authors joined by commas and a final "and" word before a year in parentheses, at the start
 * of a note: {@code Ebrey, Walthall & Palais (2006), p. 29.} — the run of names read back from the parenthesis stops at
 * {@code Walthall}; the capitalized word with its comma before it is the first author when nothing but markup stands
 * before that word ({@code **^**}, a line's start). In prose ({@code Later, Smith & Jones (2006)}, after a full stop or
 * a word) the run is left as it was.
 */
final class CommaJoinedNames {

    /** Longest name word taken. */
    private static final int MAX_WORD = 30;

    private CommaJoinedNames() {
    }

    /** Where the run of names [start, end) really starts. */
    static int start(String t, int start, int end, ScannerWords words) {
        if (!joinedByAnd(t, start, end, words)) return start;
        int i = start;
        while (i > 0 && t.charAt(i - 1) == ' ') i--;
        if (i == 0 || t.charAt(i - 1) != ',') return start;
        int we = i - 1;
        int ws = we;
        while (ws > 0 && we - ws <= MAX_WORD && Character.isLetter(t.charAt(ws - 1)) || ws > 0 && "'’-".indexOf(t.charAt(ws - 1)) >= 0) ws--;
        if (ws == we || !Character.isUpperCase(t.charAt(ws))) return start;
        String w = ScannerWords.fold(t.substring(ws, we));
        if (words.notName.contains(w) || words.connectors.contains(w) || words.places.contains(w)) return start;
        int b = ws;
        while (b > 0 && t.charAt(b - 1) == ' ') b--;
        if (b > 0 && "*^_]\n".indexOf(t.charAt(b - 1)) < 0) return start; // a word or a full stop before it: prose
        return ws;
    }

    /** True when an "and" word (of the connectors, not a particle) joins the names of [start, end). */
    private static boolean joinedByAnd(String t, int start, int end, ScannerWords words) {
        for (String w : t.substring(start, end).split("\\s+")) {
            String f = ScannerWords.fold(w);
            if (f.equals("&") || words.connectors.contains(f) && !words.particles.contains(f) && !f.endsWith(".") && Character.isLowerCase(w.codePointAt(0))) return true;
        }
        return false;
    }
}
