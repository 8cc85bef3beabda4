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
        split = joinEditors(t, quoted);
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

    /** A piece ending with "In" and a name: the list of a volume's editors opens there ("… In Evans, P.B."). */
    private static final Pattern OPENS_EDITORS = Pattern.compile(
            "[\\s\\S]*[.,]\\s+In\\s+\\p{Lu}[\\p{L}'’.\\-]*(?:,?\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*|\\p{Ll}{1,3})){0,5}\\s*$");

    /** A role in parentheses or after a comma: "(eds.)", ", Hrsg.". */
    private static final Pattern ROLE = Pattern.compile("\\(\\s*(\\p{L}+\\.?)\\s*\\)|,\\s*(\\p{L}+\\.)");

    /**
     * Semicolons between the editors of a volume a contribution is in part nothing: {@code Tilly, Charles (1985). "War
     * making …". In Evans, P.B.; Rueschemeyer, D.; Skocpol, T. (eds.). _Bringing the State Back In_. … p. 174.} — the piece
     * ending with {@code In} and a name, the name-only pieces after it, and the piece opening with the last editor and
     * {@code (eds.)} are one.
     */
    private static List<int[]> joinEditors(String t, List<int[]> split) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < split.size()) {
            int[] p = split.get(i);
            int j = i + 1;
            if (OPENS_EDITORS.matcher(t.substring(p[0], p[1])).matches()) {
                while (j < split.size() - 1 && nameOnly(t, split.get(j))) j++;
                if (j < split.size() && closesEditors(t.substring(split.get(j)[0], split.get(j)[1]).strip())) {
                    out.add(new int[]{p[0], split.get(j)[1]});
                    i = j + 1;
                    continue;
                }
            }
            out.add(new int[]{p[0], p[1]});
            i++;
        }
        return out;
    }

    /**
     * True when the semicolon between {@code before} and {@code after} stands in the list of a volume's editors: before
     * it, after {@code In}, only names; after it, names up to one that carries the editors' role ("Skocpol, T. (eds.)").
     */
    static boolean editorSemicolon(String before, String after) {
        String[] back = before.split(";", -1);
        int k = back.length - 1;
        while (k > 0 && back[k].strip().length() <= 60 && NAME_ONLY.matcher(back[k].strip()).matches()) k--;
        if (!OPENS_EDITORS.matcher(back[k]).matches() && !(k < back.length - 1 && OPENS_EDITORS.matcher(back[k] + ";" + back[k + 1]).matches()))
            return false;
        String[] ahead = after.split(";", -1);
        for (int i = 0; i < ahead.length && i < 6; i++) {
            String a = ahead[i].strip();
            if (closesEditors(a)) return true;
            if (a.isEmpty() || a.length() > 60 || !NAME_ONLY.matcher(a).matches()) return false;
        }
        return false;
    }

    /** The piece opens with the last editor's name and the role of editors of {@code scanner-words} ("eds.", "Hrsg."). */
    private static boolean closesEditors(String piece) {
        if (piece.isEmpty() || !Character.isUpperCase(piece.codePointAt(0))) return false;
        java.util.regex.Matcher m = ROLE.matcher(piece).region(0, Math.min(piece.length(), 70));
        while (m.find()) {
            String role = m.group(1) != null ? m.group(1) : m.group(2);
            if (ScannerWords.STANDARD.editors.contains(ScannerWords.fold(role))
                    || ScannerWords.STANDARD.editors.contains(ScannerWords.fold(role.endsWith(".") ? role : role + "."))) return true;
            if (m.group(1) != null) return false; // a parenthesis that is not the role: a year, a gloss
        }
        return false;
    }

    /** Backlink residue a converted page leaves before a note's text: "^", "**^**", "^ a b". */
    private static final Pattern BACKLINKS = Pattern.compile("^[\\s*^_]*(?:\\p{Ll}(?:[\\s*_]+\\p{Ll})*[\\s*_]+(?=\\p{Lu}))?");

    /**
     * True when the semicolon between {@code before} and {@code after} parts the authors of one work: the text before it,
     * from the previous semicolon, is a name alone, and the text after it goes on with names and the year in parentheses
     * or with another name alone.
     */
    public static boolean joinsAuthors(String before, String after) {
        if (editorSemicolon(before, after)) return true;
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
