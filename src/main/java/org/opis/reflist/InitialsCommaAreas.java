package org.opis.reflist;

import org.opis.names.NameParser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An entry whose areas are set apart by commas alone, names written initials first, as Polish (and
 * other Central European) historians write them: an article {@code J. Bieniak, Title, “Zeszyty
 * Naukowe UMK. Historia”, 2, 1966, z. 1} — the journal in quotation marks after a plain title, then
 * its volume, year, issue ({@code z.}, {@code nr}) and pages ({@code s.}) — or a book {@code J.
 * Bieniak, Title, Toruń 1969}, the place and the year closing the entry with no publisher. Read only
 * when the entry opens with names of that form ({@code J. Bieniak}, {@code A. Z. Helcel}, several
 * joined by commas) and closes with one of those two tails, so a comma inside the title ({@code
 * Wielkopolska, Kujawy, …}) stays in it.
 */
final class InitialsCommaAreas {

    private static final String INITIALS = "\\p{Lu}\\.(?:\\s?\\p{Lu}\\.)?";
    private static final Pattern NAME = Pattern.compile(
            "^" + INITIALS + "\\s\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}'’]+)?$");
    /** The journal in quotation marks, its volume, year, issue and pages, closing the entry. */
    private static final Pattern JOURNAL_TAIL = Pattern.compile(
            ",?\\s[“„\"«]([^“”„\"«»]{3,120})[”\"»],?\\s(?:t\\.\\s)?(\\d{1,4}|[IVXL]{1,6})?,?\\s?(1[5-9]\\d\\d|20\\d\\d)"
                    + "(?:,\\s(?:z\\.|nr)\\s?(\\d{1,3}(?:\\s?[-–/]\\s?\\d{1,3})?))?(?:,\\ss\\.\\s(\\d+(?:[-–]\\d+)?))?\\.?$");
    /** The place (one to three capitalised words) and the year or years closing the entry. */
    private static final Pattern BOOK_TAIL = Pattern.compile(
            ",\\s(\\p{Lu}[\\p{L}\\-]+(?:[\\s/-]{1,3}\\p{Lu}[\\p{L}\\-]+){0,2})\\s(1[5-9]\\d\\d|20\\d\\d)(?:\\s?[-–]\\s?(1[5-9]\\d\\d|20\\d\\d))?\\.?$");

    private InitialsCommaAreas() {
    }

    /** Reads {@code text} (the entry's remaining text, markup cleaned) into {@code d} when it has this shape; returns whether it did. */
    static boolean read(String text, Draft d) {
        String t = text.strip().replaceAll("\\s+", " ");
        int titleStart = namesEnd(t);
        if (titleStart <= 0) return false;
        String rest = t.substring(titleStart);
        if (rest.startsWith("[")) return false;
        Matcher j = JOURNAL_TAIL.matcher(rest);
        if (j.find() && j.start() > 2) {
            String title = rest.substring(0, j.start()).strip();
            if (!plainTitle(title)) return false;
            names(t.substring(0, titleStart - 2), d);
            d.type = "article-journal";
            d.title = title;
            d.containerTitle = j.group(1).strip();
            if (j.group(2) != null) d.volume = j.group(2);
            d.issued = new int[][]{{Integer.parseInt(j.group(3))}};
            if (j.group(4) != null) d.issue = j.group(4);
            if (j.group(5) != null) d.page = j.group(5);
            return true;
        }
        Matcher b = BOOK_TAIL.matcher(rest);
        if (b.find() && b.start() > 2) {
            String title = rest.substring(0, b.start()).strip();
            if (!plainTitle(title)) return false;
            names(t.substring(0, titleStart - 2), d);
            d.type = "book";
            d.title = title;
            d.place = b.group(1);
            int y1 = Integer.parseInt(b.group(2));
            d.issued = b.group(3) != null && Integer.parseInt(b.group(3)) > y1
                    ? new int[][]{{y1}, {Integer.parseInt(b.group(3))}} : new int[][]{{y1}};
            return true;
        }
        return false;
    }

    /** Each of the opening names ({@code J. Bieniak, K. Jasiński}) read on its own, as the author. */
    private static void names(String head, Draft d) {
        for (String n : head.split(", ")) d.authors.addAll(NameParser.parseList(n.strip()).names());
    }

    /** Where the title starts after the opening names ({@code J. Bieniak, }), or -1 when the entry opens otherwise. */
    private static int namesEnd(String t) {
        int at = 0;
        int titleStart = -1;
        while (true) {
            int comma = t.indexOf(", ", at);
            if (comma < 0 || !NAME.matcher(t.substring(at, comma).strip()).matches()) return titleStart;
            at = comma + 2;
            titleStart = at;
        }
    }

    /** A title of this shape: words, no quotation marks or italics of its own, not an imprint or a bare number. */
    private static boolean plainTitle(String title) {
        if (title.length() < 3 || !Character.isLetter(title.charAt(0))) return false;
        if (title.contains("“") || title.contains("„") || title.contains("\"") || title.contains("*")) return false;
        if (title.contains("[w:]") || title.contains("[W:]") || title.matches(".*\\b(?:[wW]|In|in):.*")) return false;
        return !title.matches(".*\\b(?:wyd|red|ed|eds|Hg|Hrsg)\\..*");
    }
}
