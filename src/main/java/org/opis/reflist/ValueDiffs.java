package org.opis.reflist;

import org.opis.reflist.tagger.Lexicon;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the two readings of a field differ by, for the field chooser. Most disagreements are one reading's value with
 * a piece more at its head or its tail ({@code The Foreign Policy of Soviet Russia, 1929-1941} and the same with
 * {@code , 2 vols}; a title with and without its subtitle). Which reading is right depends on that piece: a volume
 * count, a year or a bracket left open belongs elsewhere, a subtitle after a colon belongs in the title. The piece's
 * shape — which end, which reader has it, its words' dictionary classes, digits and years, its punctuation — is given to
 * the chooser per field, so it learns from the lists which pieces go where; and a value whose paired marks do not pair
 * (an italic or a bracket opened and not closed) is flagged on either side, a mark of a cut made in the wrong place.
 */
final class ValueDiffs {
    private ValueDiffs() {
    }

    /** Adds the cues of the piece by which the two values of a field differ (nothing when either is empty). */
    static void add(Map<String, Double> x, String field, String rv, String tv) {
        add(ChooserCues.into(x, field), field, rv, tv);
    }

    /** {@link #add(Map, String, String, String)} into the chooser's cues. */
    static void add(ChooserCues x, String field, String rv, String tv) {
        if (rv != null && unpaired(rv)) x.put(field + ":r.unpaired", 1.0);
        if (tv != null && unpaired(tv)) x.put(field + ":t.unpaired", 1.0);
        if (rv == null || tv == null || rv.equals(tv)) return;
        int head = 0;
        int n = Math.min(rv.length(), tv.length());
        while (head < n && rv.charAt(head) == tv.charAt(head)) head++;
        int tail = 0;
        while (tail < n - head && rv.charAt(rv.length() - 1 - tail) == tv.charAt(tv.length() - 1 - tail)) tail++;
        String rMid = rv.substring(head, rv.length() - tail);
        String tMid = tv.substring(head, tv.length() - tail);
        String where = head == 0 && tail == 0 ? "apart" : tail == 0 ? "tail" : head == 0 ? "head" : "inside";
        String p = field + ":d." + where + ".";
        if (rMid.isEmpty() || tMid.isEmpty()) {
            // one value holds the other with a piece more: describe the piece, and which reader has it
            String piece = rMid.isEmpty() ? tMid : rMid;
            p += rMid.isEmpty() ? "t+" : "r+";
            x.put(p, 1.0);
            shape(x, p, piece);
        } else {
            x.put(p + "both", 1.0);
        }
    }

    /** The piece's words (dictionary classes, digits, years, how many) and its edge punctuation. */
    private static void shape(ChooserCues x, String p, String piece) {
        List<String> ws = ValueShapes.words(piece);
        int words = ws.size();
        for (String w : ws) {
            if (Character.isDigit(w.charAt(0))) {
                x.put(p + (ValueShapes.isYear(w) ? "year" : "digit"), 1.0);
            } else {
                for (String k : Lexicon.classes(w.toLowerCase(Locale.ROOT))) x.put(p + "lex:" + k, 1.0);
                if (Character.isUpperCase(w.codePointAt(0))) x.put(p + "cap", 1.0);
            }
        }
        x.put(p + "w" + (words == 0 ? "0" : words == 1 ? "1" : words <= 3 ? "2-3" : "4+"), 1.0);
        String t = piece.strip();
        if (t.isEmpty()) return;
        x.put(p + "first" + kind(t.charAt(0)), 1.0);
        x.put(p + "last" + kind(t.charAt(t.length() - 1)), 1.0);
    }

    /** A character's kind, as a cue name: a letter, a digit, or the punctuation class it opens or closes. */
    private static String kind(char c) {
        if (Character.isLetter(c)) return "L";
        if (Character.isDigit(c)) return "D";
        return switch (c) {
            case ',', ';' -> ",";
            case '.', '!', '?' -> ".";
            case ':' -> ":";
            case '(', '[', '{' -> "(";
            case ')', ']', '}' -> ")";
            case '"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB', '\'', '\u2018', '\u2019' -> "q";
            case '*', '_' -> "*";
            case '-', '\u2013', '\u2014' -> "-";
            default -> "o";
        };
    }

    /**
     * Whether a value opens a bracket or quote it does not close (or closes one it did not open), or has an odd number of
     * italic marks or straight quotes. Curly quotes pair as English {@code “…”} or German {@code „…“}: the left mark is as
     * many as the low and the right ones together.
     */
    static boolean unpaired(String v) {
        int round = 0;
        int square = 0;
        int stars = 0;
        int unders = 0;
        int quotes = 0;
        int guillemets = 0;
        int low = 0;
        int left = 0;
        int right = 0;
        for (int i = 0; i < v.length(); i++) {
            switch (v.charAt(i)) {
                case '(' -> round++;
                case ')' -> round--;
                case '[' -> square++;
                case ']' -> square--;
                case '*' -> stars++;
                case '_' -> unders++;
                case '"' -> quotes++;
                case '\u00AB' -> guillemets++;
                case '\u00BB' -> guillemets--;
                case '\u201E' -> low++;
                case '\u201C' -> left++;
                case '\u201D' -> right++;
                default -> {
                }
            }
        }
        return round != 0 || square != 0 || stars % 2 != 0 || unders % 2 != 0 || quotes % 2 != 0 || guillemets != 0
                || left != low + right;  // English “…”, German „…“
    }
}
