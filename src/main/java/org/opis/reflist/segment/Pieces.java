package org.opis.reflist.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where one physical line may hold more than one piece of a list, as conversions leave it: the
 * cells of a Markdown table row ({@code [link](url)| Author, "Title," …}, {@code | entry |}), and
 * entries run together on one line after {@code " - "} (a scraped page's list items, {@code …OCLC
 * 52614295. - Bùi Thiết (1995).}). The cuts are only candidates: the segmenter's model decides for
 * each piece whether it begins an entry, continues one or is none, so a {@code " - "} inside a title
 * is read as part of it. Shapes only, no words of any list.
 */
final class Pieces {

    static final String NONE = "none";
    static final String CELL = "cell";
    static final String DASH = "dash";

    /** A piece: the column where it starts, its text, and the cut before it. */
    record Piece(int column, String text, String cut) {
    }

    /** A table's separator row ({@code ---|---}, {@code |:--|--:|}): not cut, it is no list text. */
    private static final Pattern RULE_ROW = Pattern.compile("^\\s*\\|?\\s*:?-{2,}:?\\s*(?:\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");
    /**
     * A list dash inside a line: after the end of a sentence, a bracket, a mark or a number, before something that starts like a
     * name or a title, or before a ditto ({@code - —— (1970).}); after a word only before {@code Family, Given} (a dash between two
     * words is most often part of a name or an imprint: {@code Изд-во РФЯЦ - ВНИИТФ, 2021}).
     */
    private static final Pattern DASH_CUT = Pattern.compile("(?:(?<=[.!?)\\]*_»”\"\\d])[ \\t]+|(?<=\\]))-[ \\t]+(?=[*_\"“«]*\\p{Lu}\\p{L}|(?:[—―]{2,}|-{3,}|_{3,})[ \\t.,(])"
            + "|(?<=\\p{L})[ \\t]+-[ \\t]+(?=\\p{Lu}\\p{Ll}+,[ \\t]+\\p{Lu})");
    /**
     * What follows a dash in a GOST-like or ISBD area separator, not a new entry: {@code М.:}, {@code Режим доступа:}, {@code
     * Hillsdale, NY :}, {@code New York [u.a.] :}, {@code Вып. 3}, {@code ISBN 5-…}, {@code XL, 311 S.}, {@code Ill., Noten}.
     */
    private static final Pattern AREA = Pattern.compile("^[*_\"“«]*(?:\\p{Lu}[\\p{L}.’'-]*(?:,?\\s+[\\p{L}’'.-]+|\\s*\\[[^\\]]{1,12}\\]){0,3}\\s*:|\\p{Lu}\\p{L}{0,4}\\.\\s*\\d|\\p{Lu}{2,}\\s*[\\d:]|[IVXLC]+,\\s*\\d|\\p{Lu}\\p{L}{0,4}\\.,)");

    /** How a name opens: a capital, or a particle elided before one ({@code d’ALMEIDA}). */
    private static final Pattern NAME_START = Pattern.compile("\\p{Lu}|\\p{Ll}{1,3}['’]\\p{Lu}");
    /** Marks around a title: emphasis and quotation marks. */
    private static final String TITLE_MARKS = "*_\"“”„«»";

    private Pieces() {
    }

    /** The pieces of a non-blank line, in order; the whole line when nothing cuts it. */
    static List<Piece> split(String line) {
        List<Piece> cells = cells(line);
        List<Piece> out = new ArrayList<>();
        for (Piece c : cells) dashes(c, out);
        return out;
    }

    private static List<Piece> cells(String line) {
        List<Piece> out = new ArrayList<>();
        if (line.indexOf('|') < 0 || RULE_ROW.matcher(line).matches()) {
            out.add(new Piece(0, line, NONE));
            return out;
        }
        int depth = 0;
        boolean code = false;
        int start = 0;
        String cut = NONE;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '`') code = !code;
            else if (code) continue;
            else if (c == '[' || c == '(') depth++;
            else if (c == ']' || c == ')') depth = Math.max(0, depth - 1);
            else if (c == '|' && depth == 0) {
                add(out, line, start, i, cut);
                start = i + 1;
                cut = CELL;
            }
        }
        add(out, line, start, line.length(), cut);
        if (out.isEmpty() || out.size() == 1 && out.get(0).cut().equals(NONE)) return List.of(new Piece(0, line, NONE));
        return out;
    }

    /** Adds the text {@code [from, to)} of the line as a piece, without its surrounding spaces; nothing when blank. */
    private static void add(List<Piece> out, String line, int from, int to, String cut) {
        while (from < to && Character.isWhitespace(line.charAt(from))) from++;
        while (to > from && Character.isWhitespace(line.charAt(to - 1))) to--;
        if (to > from) out.add(new Piece(from, line.substring(from, to), cut));
    }

    private static void dashes(Piece p, List<Piece> out) {
        String t = p.text();
        Matcher m = DASH_CUT.matcher(t);
        int start = 0;
        String cut = p.cut();
        while (m.find()) {
            int dash = t.indexOf('-', m.start());
            if (AREA.matcher(t).region(m.end(), t.length()).lookingAt()) continue;
            String before = t.substring(start, m.start());
            if (before.isBlank()) continue;
            if (start == 0 && p.cut().equals(NONE) && isHeadOfEntry(before) || isOpen(t, m.start())) continue;
            if (start == 0) out.add(new Piece(p.column(), before.stripTrailing(), cut));
            else out.add(new Piece(p.column() + start + leading(t, start), before.strip(), cut));
            start = dash;
            cut = DASH;
        }
        if (start == 0) {
            out.add(p);
            return;
        }
        out.add(new Piece(p.column() + start, t.substring(start).strip(), cut));
    }

    /**
     * Whether the text before a line's first dash is the head of the entry that goes on after it, not a whole entry or the
     * end of one: no digit (an entry or its tail has a year, pages, an identifier), no title marked by emphasis or quotation
     * marks (the tail of an entry has its title), opening as a name does (not a wiki's lower-case error text) and not a
     * bracketed link ({@code [edit]}).
     * ISBD's area separator after the author ({@code AÏM (Olivier) et BILLIET (Stéphane). - _Communication_. - Paris …}).
     */
    private static boolean isHeadOfEntry(String before) {
        String b = before.strip();
        if (b.startsWith("[") && b.endsWith("]") || !NAME_START.matcher(b).lookingAt()) return false;
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (Character.isDigit(c) || TITLE_MARKS.indexOf(c) >= 0) return false;
        }
        return true;
    }

    /**
     * Whether a quotation or an emphasis opened before {@code end} is still open there: a dash inside a title ({@code ‘Tor
     * Kolarski. Oboźna - Dynasy’}) cuts nothing. Brackets are not counted: a link's text in a footnote ({@code [^1]: [Site -
     * Page](url)}) is cut as before, which the reading of link-only notes relies on.
     */
    static boolean isOpen(String t, int end) {
        int quotes = 0;
        boolean star = false, under = false, straight = false;
        for (int i = 0; i < end; i++) {
            char c = t.charAt(i);
            switch (c) {
                case '‘', '“', '«', '„' -> quotes++;
                case '’', '”', '»' -> quotes = Math.max(0, quotes - 1);
                case '*' -> star = !star;
                case '_' -> under ^= !(inWord(t, i - 1) && inWord(t, i + 1)); // not inside a word: a link's, a DOI's
                case '"' -> straight = !straight;
                default -> { }
            }
        }
        return quotes > 0 || star || under || straight;
    }

    private static boolean inWord(String t, int i) {
        return i >= 0 && i < t.length() && Character.isLetterOrDigit(t.charAt(i));
    }

    private static int leading(String t, int from) {
        int i = from;
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) i++;
        return i - from;
    }
}
