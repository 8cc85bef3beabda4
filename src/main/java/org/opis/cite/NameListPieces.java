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
            if (last != null && insideQuotes(t.substring(last[0], last[1]))) last[1] = p[1];
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

    /** True when the text ends inside a quotation: an odd number of straight double quotes, or more “ than ”. */
    public static boolean insideQuotes(String text) {
        long straight = text.chars().filter(c -> c == '"').count();
        long open = text.chars().filter(c -> c == '“').count();
        long close = text.chars().filter(c -> c == '”').count();
        return straight % 2 == 1 || open > close;
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
