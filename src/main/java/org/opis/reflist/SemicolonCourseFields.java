package org.opis.reflist;

import org.opis.names.NameParser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An entry typed into a course catalogue's fields and exported with the fields joined by semicolons, as
 * Croatian university reading lists print them: {@code Names; Title; Publisher, Place (Year),} —
 * {@code Antoljak, Stjepan; Hrvatska historiografija do 1918.; Matica hrvatska, Zagreb (2002),},
 * {@code Ivan Jurković; Title; Zbornik Odsjeka za povijesne znanosti HAZU 25 (2007),} (a journal and its
 * volume), {@code , Bloch, Marc.; Apologija historije …; (2008), , , .} (empty fields left as commas), editors
 * marked {@code (ur.)}, {@code ur.}, {@code gl. ur.}, {@code (prir.)}. Read only when there are exactly three
 * areas, the last closes with the year in parentheses, and every word of the
 * first is capitalised, an initial, a particle or a role word — so a title with commas is never taken for names.
 */
final class SemicolonCourseFields {
    private SemicolonCourseFields() {
    }

    private static final Pattern LEADING = Pattern.compile("^[,\\s]+");
    private static final Pattern TRAILING = Pattern.compile("[,.\\s]+$");
    private static final Pattern LAST = Pattern.compile("^(.*?)\\s?(?:\\((\\d{4})\\.?\\))?$");
    private static final Pattern EDITOR_WORDS = Pattern.compile(
            "\\((?:gl\\.\\s?)?ur\\.\\)|(?<![\\p{L}])(?:gl\\.\\s?)?ur\\.:?(?![\\p{L}])|\\(prir\\.\\)|\\(priredio\\)");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.\\-]*|\\p{Lu}\\.|du|van|von|de|der|da|di|i|-|et\\sal\\.");
    private static final Pattern JOURNAL = Pattern.compile("^(\\p{Lu}[^,]{2,100}?)\\s(\\d{1,4}(?:[/-]\\d{1,4})?)$");
    private static final Pattern PAGES_IN_TITLE = Pattern.compile(",\\s?str\\.\\s?\\d.*$");

    /** Reads {@code text} (the entry's remaining text, markup cleaned) into {@code d} when it has this shape; returns whether it did. */
    static boolean read(String text, Draft d) {
        // three fields need exactly two semicolons, and the trimming below keeps every semicolon: most entries stop here
        if (text == null || semicolons(text) != 2) return false;
        String t = TRAILING.matcher(LEADING.matcher(text).replaceAll("")).replaceAll("");
        if (t.endsWith(")") || t.matches(".*\\(\\d{4}\\.?$")) t = t.endsWith(")") ? t : t + ")";
        String[] parts = t.split(";", -1);
        if (parts.length != 3) return false;
        String names = TRAILING.matcher(parts[0].strip()).replaceAll("");
        String title = TRAILING.matcher(parts[1].strip()).replaceAll("");
        Matcher last = LAST.matcher(parts[2].strip());
        if (names.isEmpty() || title.length() < 3 || names.length() > 90 || names.matches(".*\\d.*") || !last.matches()) return false;
        if (last.group(2) == null) return false;
        boolean editor = false;
        Matcher ed = EDITOR_WORDS.matcher(names);
        if (ed.find()) {
            editor = true;
            names = EDITOR_WORDS.matcher(names).replaceAll(" ");
        }
        names = names.replaceAll("\\s+-\\s+", ", ").replaceAll("\\s{2,}", " ").replaceAll("\\s+,", ",").strip();
        names = TRAILING.matcher(LEADING.matcher(names).replaceAll("")).replaceAll("");
        for (String w : names.replace(",", " ").split("\\s+")) {
            if (!w.isEmpty() && !NAME_WORD.matcher(w).matches()) return false;
        }
        var list = NameParser.parseNames(names);
        if (list.isEmpty()) return false;
        if (editor) d.editors.addAll(list);
        else d.authors.addAll(list);
        Matcher pages = PAGES_IN_TITLE.matcher(title);
        if (pages.find()) {
            d.notes.add(pages.group().substring(1).strip());
            title = title.substring(0, pages.start());
        }
        d.title = title;
        if (last.group(2) != null && d.issued == null) d.issued = new int[][]{{Integer.parseInt(last.group(2))}};
        String pre = TRAILING.matcher(last.group(1)).replaceAll("").strip();
        if (pre.isEmpty()) return true;
        Matcher j = JOURNAL.matcher(pre);
        int comma = pre.lastIndexOf(", ");
        if (j.matches() && comma < 0) {
            d.containerTitle = j.group(1);
            d.volume = j.group(2);
            d.type = "article-journal";
        } else if (comma > 0) {
            d.publisher = pre.substring(0, comma).strip();
            d.place = pre.substring(comma + 2).strip();
        } else if (PlaceWords.isPlace(pre)) {
            d.place = pre;
        } else {
            d.publisher = pre;
        }
        return true;
    }

    private static int semicolons(String s) {
        int n = 0;
        for (int i = s.indexOf(';'); i >= 0; i = s.indexOf(';', i + 1)) n++;
        return n;
    }
}
