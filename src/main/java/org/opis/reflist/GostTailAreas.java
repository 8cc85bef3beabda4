package org.opis.reflist;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The areas a GOST 7.1 (ISBD) catalogue record prints after its publication year, each opened by
 * {@code . — }: the physical description ({@code 509, [1] с., [16] л. ил. : ил., портр.}, {@code 254, [1] с.},
 * {@code 62 с. : ил.}) and the series in parentheses ({@code (Жизнь замечательных людей ; вып. 2054 (1854))},
 * {@code (Подарочные издания. Миссия "Космос")}). A publication area followed by these areas alone is the
 * record's imprint; the first series goes to the collection title, its number after {@code ;} to the
 * collection number. Anything else after the year (a title, a second imprint, a note) is not such a tail.
 */
final class GostTailAreas {
    private GostTailAreas() {
    }

    /** The separator of two areas: a full stop, a space, a dash (or the space it was blanked to) and a space (it takes an area's closing full stop). */
    private static final Pattern SEPARATOR = Pattern.compile("\\.\\s[\\s–—-]\\s");
    /** A physical description: a count (Arabic, Roman or bracketed, several by commas) and a page or leaf unit, then what follows. */
    private static final Pattern EXTENT = Pattern.compile(
            "(?:\\[?(?:\\d{1,5}|[IVXLC]{1,7})\\]?,\\s?)*\\[?\\d{1,5}\\]?\\s?(?:с|стр|л|c|p|pp|S|Bl)(?:\\.[^()]{0,120})?");
    /** A series in parentheses, one level of inner parentheses allowed; the number after " ; ". */
    private static final Pattern SERIES = Pattern.compile("\\(((?:[^()]|\\([^()]{0,40}\\)){2,160})\\)");
    private static final Pattern TRAILING = Pattern.compile("[.\\s–—-]+$");
    private static final Pattern SERIES_NUMBER = Pattern.compile("^(.{2,120}?)\\s;\\s(?:вып\\.|т\\.|[Nn]o\\.|№|[Vv]ol\\.)?\\s?(\\S.{0,30})$");

    /**
     * Whether {@code after} (the text after a GOST publication area's year) holds only physical-description
     * and series areas; if so the first series fills {@code d}'s collection when it has none.
     */
    static boolean read(String after, Draft d) {
        String t = after.strip();
        if (t.startsWith(".")) t = t.substring(1).strip();
        if (t.isEmpty()) return true;
        String[] areas = SEPARATOR.split(" " + t.replaceAll("^[–—-]\\s", ""), -1);
        String series = null;
        boolean any = false;
        for (String raw : areas) {
            String a = TRAILING.matcher(raw).replaceAll("").strip();
            if (a.isEmpty()) continue;
            if (EXTENT.matcher(a).matches()) {
                any = true;
                continue;
            }
            Matcher s = SERIES.matcher(a);
            if (s.matches()) {
                if (series == null) series = s.group(1).strip();
                any = true;
                continue;
            }
            return false;
        }
        if (any && series != null && d.collectionTitle == null) {
            Matcher n = SERIES_NUMBER.matcher(series);
            if (n.matches()) {
                d.collectionTitle = n.group(1).strip();
                d.collectionNumber = n.group(2).strip();
            } else {
                d.collectionTitle = series;
            }
        }
        return any;
    }
}
