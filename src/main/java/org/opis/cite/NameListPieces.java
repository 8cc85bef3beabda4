package org.opis.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Semicolons that part the authors of one work, not two citations: in a note
 * {@code Bloom, Jonathan M.; Blair, Sheila S., eds. (2009). "Istanbul". …} the pieces before the last one hold a name and
 * nothing else, and the piece after them goes on with a name and the year in parentheses, as a full reference does. Such
 * pieces are read as one. A piece that holds a year, a title or any digit is never joined, so {@code Smith; Jones 2001}
 * stays two citations.
 */
public final class NameListPieces {

    private NameListPieces() {
    }

    /** A name and nothing else: words that start with a capital, initials, particles ("van", "de"), commas between them. */
    private static final Pattern NAME_ONLY = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.\\-]*(?:,?\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*|\\p{Ll}{1,3}))" + "{0,5}");

    /** Names, then the year (or a date holding it) in parentheses, early in the piece: "Blair, Sheila S., eds. (2009)". */
    private static final Pattern NAMES_THEN_YEAR = Pattern.compile(
            "\\p{Lu}[^;()\"“”_*\\d]{0,90}\\([^()]{0,20}?\\d{4}");

    /** The pieces of [from, to) between top-level semicolons, those of one author list joined. */
    static List<int[]> pieces(String t, int from, int to) {
        List<int[]> split = SemicolonPieces.splitSemicolons(t, from, to);
        if (split.size() < 2) return split;
        List<int[]> out = new ArrayList<>();
        // a semicolon inside a title in quotation marks parts nothing: "Architecture; VI. c. 1250–c. 1500"
        List<int[]> quoted = new ArrayList<>();
        for (int[] p : split) {
            int[] last = quoted.isEmpty() ? null : quoted.get(quoted.size() - 1);
            if (last != null && quotedSemicolon(t.substring(last[0], last[1]), t.substring(p[0], p[1]))) last[1] = p[1];
            else quoted.add(new int[]{p[0], p[1]});
        }
        split = quoted;
        int i = 0;
        while (i < split.size()) {
            int j = i;
            while (j < split.size() - 1 && nameOnly(t, split.get(j))) j++;
            if (j > i && startsWithNamesAndYear(t, split.get(j))) {
                out.add(new int[]{split.get(i)[0], split.get(j)[1]});
                i = j + 1;
            } else {
                out.add(split.get(i));
                i++;
            }
        }
        return out;
    }

    /** Backlink residue a converted page leaves before a note's text: "^", "**^**", "^ a b". */
    private static final Pattern BACKLINKS = Pattern.compile("^[\\s*^_]*(?:\\p{Ll}(?:[\\s*_]+\\p{Ll})*[\\s*_]+(?=\\p{Lu}))?");

    /**
     * True when the semicolon between {@code before} and {@code after} parts the authors of one work: the text before it,
     * from the previous semicolon, is a name alone, and the text after it goes on with names and the year in parentheses
     * or with another name alone.
     */
    public static boolean joinsAuthors(String before, String after) {
        String tail = before.substring(before.lastIndexOf(';') + 1);
        tail = BACKLINKS.matcher(tail).replaceFirst("").strip();
        if (tail.isEmpty() || tail.length() > 60 || !NAME_ONLY.matcher(tail).matches()) return false;
        String a = after.strip();
        int semi = a.indexOf(';');
        return NAMES_THEN_YEAR.matcher(a).lookingAt() || semi > 0 && NAME_ONLY.matcher(a.substring(0, semi).strip()).matches();
    }

    /**
     * True when the text ends inside a quotation: its last quotation mark opens one ({@code “}, {@code «}, or a straight
     * {@code "} after a space or a bracket and before a letter), as in {@code (2009). "Architecture} before {@code ; VI. …"}.
     */
    public static boolean insideQuotes(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '“' || c == '«') return true;
            if (c == '”' || c == '»') return false;
            if (c == '"') {
                boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(';
                boolean letterAfter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
                return spaceBefore && letterAfter;
            }
        }
        return false;
    }

    /**
     * True when the semicolon between {@code before} and {@code after} stands inside a quoted title: the text before it
     * ends inside a quotation, and the quotation closes after it before any comma ({@code "Architecture; VI. c. 1250–c.
     * 1500".}); a quotation left open by a slip ({@code "Creating an audience; M. Prats López et al., …}) parts as usual.
     */
    public static boolean quotedSemicolon(String before, String after) {
        if (!insideQuotes(before)) return false;
        int comma = after.indexOf(',');
        for (int i = 0; i < after.length() && (comma < 0 || i < comma); i++) {
            char c = after.charAt(i);
            if (c == '”' || c == '»' || c == '"' && (i + 1 >= after.length() || !Character.isLetterOrDigit(after.charAt(i + 1)))) return true;
        }
        return false;
    }

    /** Of authors parted by semicolons, the first written "Family, Given" ("Diana; Preston, Michael" → "Preston, Michael"), else the first. */
    static String firstInverted(String names) {
        String[] parts = names.split(";");
        for (String p : parts) if (p.indexOf(',') > 0) return p.strip();
        return parts[0].strip();
    }

    private static boolean nameOnly(String t, int[] s) {
        String p = t.substring(s[0], s[1]).strip();
        return !p.isEmpty() && p.length() <= 60 && NAME_ONLY.matcher(p).matches();
    }

    private static boolean startsWithNamesAndYear(String t, int[] s) {
        String p = t.substring(s[0], s[1]).strip();
        return NAMES_THEN_YEAR.matcher(p).lookingAt();
    }
}
