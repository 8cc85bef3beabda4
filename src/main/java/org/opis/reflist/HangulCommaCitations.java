package org.opis.reflist;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Korean citation without title brackets, its parts set apart by commas and closed by the date: newspaper articles
 * {@code 정원교, 중국의 속내는…, 국민일보, 2013년 7월 26일} and {@code 미군, 한국전쟁때 북한서 세균전 명령, 한겨레, 2010-03-19}
 * (the part before the date a periodical: its name ends as the data say, {@code hangul-periodical-endings.txt}), and books
 * {@code 소진철, 한국전쟁 어떻게 일어났나, 한국학술정보, 2008년} (the part before the date the publisher). A Hangul name of three
 * syllables heading four or more parts is the author; the parts between it and the periodical or publisher are the
 * title (a title may hold commas). Read only when the entry has Hangul and no title brackets, so no other shape reaches it.
 */
final class HangulCommaCitations {
    private HangulCommaCitations() {
    }

    private static final List<String> PERIODICAL_ENDINGS = Data.lines("hangul-periodical-endings.txt");
    private static final Pattern HANGUL = Pattern.compile("[\\uAC00-\\uD7A3]");
    /** A personal name as most Korean names are written: three syllables (a two-syllable part may be a word: "미군", US forces). */
    private static final Pattern NAME = Pattern.compile("[\\uAC00-\\uD7A3]{3}");
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})(?:년(?:\\s?(\\d{1,2})월(?:\\s?(\\d{1,2})일)?)?|[-.](\\d{1,2})[-.](\\d{1,2}))?[.,]?");

    /** Reads {@code text} (the entry, markup cleaned) into {@code d} when it has this shape; returns whether it did. */
    static boolean read(String text, Draft d) {
        String t = text.strip();
        if (!HANGUL.matcher(t).find() || t.matches("(?s).*[《》『』「」〈〉].*")) return false;
        List<String> parts = new ArrayList<>();
        for (String p : t.split("\\s?,\\s")) parts.add(p.strip());
        if (parts.size() < 3) return false;
        Matcher date = DATE.matcher(parts.get(parts.size() - 1));
        if (!date.matches()) return false;
        String last = parts.get(parts.size() - 2);
        if (last.isEmpty() || last.length() > 30) return false;
        int from = 0;
        if (parts.size() >= 4 && NAME.matcher(parts.get(0)).matches()) {
            d.authors.add(CjkNames.literal(parts.get(0)));
            from = 1;
        }
        String title = String.join(", ", parts.subList(from, parts.size() - 2)).strip();
        if (title.isEmpty()) return false;
        d.title = title;
        if (periodical(last)) {
            d.containerTitle = last;
            d.type = "article-newspaper";
        } else {
            d.publisher = last;
        }
        d.issued = date(date);
        return true;
    }

    private static boolean periodical(String s) {
        for (String e : PERIODICAL_ENDINGS) if (s.endsWith(e)) return true;
        return false;
    }

    private static int[][] date(Matcher m) {
        int y = Integer.parseInt(m.group(1));
        String mo = m.group(2) != null ? m.group(2) : m.group(4);
        String dd = m.group(3) != null ? m.group(3) : m.group(5);
        if (mo == null) return new int[][]{{y}};
        if (dd == null) return new int[][]{{y, Integer.parseInt(mo)}};
        return new int[][]{{y, Integer.parseInt(mo), Integer.parseInt(dd)}};
    }
}
