package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import org.opis.lexicon.Months;

import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date read as a bare year, completed by the month and day the entry writes for that year elsewhere: the APA
 * newspaper date {@code (1950, June 27)}; a Vietnamese date {@code ngày 22 tháng 2 năm 2017}, {@code tháng 9-1923};
 * a day.month.year in numbers {@code 19-5-1965}, {@code 1.11.2010}; or, with the year at the head of an author-date
 * entry, a parenthesis holding only a month, months or a season after the volume ({@code 47 (July)},
 * {@code 39 (September-October)}, {@code 12 (Spring)}). One concern: the month and day of a year already read; the
 * year itself is never changed.
 */
public final class DateDetails {
    private static final Map<String, String> WORDS = Data.map("date-words.tsv");
    private static final String DAY_WORD = word("day");
    private static final String MONTH_WORD = word("month");
    private static final String YEAR_WORD = word("year");
    private static final Pattern READ = Pattern.compile("(?u)(?<!\\p{L})" + word("read") + "(?!\\p{L})");
    private static final String MONTH = "(\\p{L}+\\.?)";
    private static final Pattern PAREN_MONTHS = Pattern.compile("\\(\\s?" + MONTH + "(?:\\s?[-\u2013/]\\s?" + MONTH + ")?\\s?\\)");

    private DateDetails() {
    }

    private static String word(String part) {
        StringBuilder b = new StringBuilder();
        WORDS.forEach((w, p) -> {
            if (p.equals(part)) b.append(b.length() == 0 ? "" : "|").append(Pattern.quote(w));
        });
        return b.length() == 0 ? "(?!)" : "(?:" + b + ")";
    }

    /** The record with its bare-year date completed from the entry, or the record as it was. */
    public static CSLItemData complete(CSLItemData d, String entry) {
        if (d == null || entry == null) return d;
        CSLDate issued = d.getIssued();
        if (issued == null || issued.getDateParts() == null || issued.getDateParts().length != 1
                || issued.getDateParts()[0].length != 1 || issued.getSeason() != null) return d;
        int year = issued.getDateParts()[0][0];
        int[][] parts = parts(entry, year);
        if (parts == null) return d;
        return new CSLItemDataBuilder(d).issued(new CSLDateBuilder().dateParts(parts).build()).build();
    }

    /** The date parts the entry writes for the year, or null when it writes none beside it. */
    static int[][] parts(String entry, int year) {
        if (!mayWriteBeside(entry, year)) return monthsInParentheses(entry, year);
        Pattern[] p = yearPatterns(year);
        Matcher m = p[0].matcher(entry);
        while (m.find()) {
            OptionalInt mo = Months.of(m.group(1));
            if (mo.isPresent() && mo.getAsInt() <= 12) return m.group(2) == null ? one(year, mo.getAsInt()) : day(year, mo.getAsInt(), m.group(2));
        }
        m = p[1].matcher(entry);
        while (m.find()) {
            int mo = Integer.parseInt(m.group(2));
            if (mo >= 1 && mo <= 12 && !read(entry, m.start())) return m.group(1) == null ? one(year, mo) : day(year, mo, m.group(1));
        }
        m = p[2].matcher(entry);
        while (m.find()) {
            int mo = Integer.parseInt(m.group(2));
            if (mo >= 1 && mo <= 12 && !read(entry, m.start())) return day(year, mo, m.group(1));
        }
        return monthsInParentheses(entry, year);
    }

    /** The three patterns of {@link #parts} that hold the year: {@code (1950, June 27)}, {@code tháng 9-1923}, {@code 19-5-1965}. */
    static Pattern[] yearPatterns(int year) {
        String y = "(?<!\\d)" + year + "(?!\\d)";
        return new Pattern[]{
                Pattern.compile("\\(\\s?" + y + ",\\s?" + MONTH + "(?:\\s(\\d{1,2}))?\\s?\\)"),
                Pattern.compile("(?iu)(?:" + DAY_WORD + "\\s(\\d{1,2})\\s)?" + MONTH_WORD + "\\s(\\d{1,2})(?:\\s" + YEAR_WORD + "\\s|-)" + y),
                Pattern.compile("(?<![\\d./-])(\\d{1,2})[.-](\\d{1,2})[.-]\\s?" + y)};
    }

    /** The words of a part of a date ({@code year}, {@code month}, {@code day}) as written in {@code date-words.tsv}. */
    static java.util.List<String> words(String part) {
        java.util.List<String> out = new java.util.ArrayList<>();
        WORDS.forEach((w, q) -> {
            if (q.equals(part)) out.add(w);
        });
        return out;
    }

    /**
     * Whether one of the three patterns of {@link #parts} that hold the year (compiled per call) can match: the year
     * written somewhere followed by a comma ({@code (1950, June}), or after a hyphen or full stop ({@code 9-1923},
     * {@code 1.11.2010}), or after a whitespace character that follows a hyphen, full stop or letter (the last
     * letter of the year word: {@code năm 2017}; {@code 5. 1965}). Every match of those patterns has such a year,
     * so when none is there they are skipped (a cue only; {@code DateDetailsCueTest} holds it to the patterns).
     */
    static boolean mayWriteBeside(String entry, int year) {
        String y = Integer.toString(year);
        for (int i = entry.indexOf(y); i >= 0; i = entry.indexOf(y, i + 1)) {
            int e = i + y.length();
            if (e < entry.length() && entry.charAt(e) == ',') return true;
            if (i == 0) continue;
            char c = entry.charAt(i - 1);
            if (c == '-' || c == '.') return true;
            if (i >= 2 && asciiSpace(c)) {
                char p = entry.charAt(i - 2);
                if (p == '-' || p == '.' || Character.isLetter(p)) return true;
            }
        }
        return false;
    }

    /** {@code \\s} as the patterns read it (no Unicode classes): space, tab, line feed, vertical tab, form feed, return. */
    private static boolean asciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Whether the date at {@code at} is written after a word saying when the entry's copy was read or archived. */
    private static boolean read(String entry, int at) {
        String before = entry.substring(Math.max(0, at - 30), at).toLowerCase(java.util.Locale.ROOT);
        return READ.matcher(before).find();
    }

    /** A parenthesis holding a month, two months or a season and nothing else, in an entry whose year is elsewhere. */
    private static int[][] monthsInParentheses(String entry, int year) {
        Matcher m = PAREN_MONTHS.matcher(entry);
        while (m.find()) {
            OptionalInt a = Months.of(m.group(1));
            OptionalInt b = m.group(2) == null ? OptionalInt.empty() : Months.of(m.group(2));
            if (a.isEmpty() || m.group(2) != null && b.isEmpty()) continue;
            int x = a.getAsInt();
            if (b.isEmpty() || b.getAsInt() == x) return one(year, x);
            if (x > 12 || b.getAsInt() > 12) continue;
            return new int[][]{{year, x}, {year, b.getAsInt()}};
        }
        return null;
    }

    private static int[][] one(int year, int month) {
        return new int[][]{{year, month}};
    }

    private static int[][] day(int year, int month, String day) {
        int dd = Integer.parseInt(day);
        return dd >= 1 && dd <= 31 ? new int[][]{{year, month, dd}} : one(year, month);
    }
}
