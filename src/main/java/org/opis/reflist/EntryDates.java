package org.opis.reflist;

import org.opis.lexicon.Words;

import org.opis.text.Regexes;

import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.opis.reflist.WorkingText.alternation;

/**
 * Dates in an entry: the year pattern every reader shares ({@code 1998}, {@code 1987–88}, {@code 2005a}), a year in
 * parentheses with its day, month or season ({@code (1 October 1996)}, {@code (1958, July 21)}, {@code (Winter 1987–1988)}),
 * full dates ({@code 10 May 2017}, {@code May 10, 2017}, {@code 10.05.2017}), month ranges ({@code Jul.–Aug.}), and the
 * setting of a draft's year. Month and season words come from {@code months.tsv} and {@code seasons.tsv} ({@link Data}).
 */
final class EntryDates {
    private EntryDates() {
    }

    private static final Map<String, String> MONTHS = Data.months();

    static final String YEAR = "(?<![\\d])(1[4-9]\\d\\d|20\\d\\d)(?:\\s?[–—-]\\s?(\\d{2,4}))?(?:(?:<sup>)?([a-rt-z])(?:</sup>)?)?(?![\\d\\p{L}])";

    static final Pattern YEAR_P = Pattern.compile(YEAR);

    private static final Map<String, String> SEASONS = Data.seasons();

    /** A word joining the parts of a date written in words ({@code date-words.tsv}, part {@code link}): {@code (diciembre de 2005)}. */
    private static final String LINK = "(?:(?i:" + Words.alternation(DateDetails.words("link"), false) + ")\\s)?";

    /** An optional day and month or a season before the year in parentheses: {@code (1 October 1996)}, {@code (Winter 1987–1988)}, {@code (22 de mayo de 2021)}. */
    static final String DATE_PREFIX = "(?:(?:\\d{1,2}\\s" + LINK + ")?(?i:" + alternation(MONTHS.keySet(), SEASONS.keySet()) + ")\\.?\\s" + LINK + ")?";

    /** A year closing the names of an author-date entry: {@code Smith, Mark A. 1997.} */
    static final Pattern TRAILING_YEAR = Pattern.compile("(?<=[.,])\\s" + YEAR + "\\.?\\s*$");

    /**
     * The month (and day) written after the year in APA's dates: {@code (1958, July 21)}, {@code (2001, Spring)}; the day
     * before the month where a language writes it so: {@code (2006, 12. oktober)}, {@code (2017, 8.mars)}.
     */
    static final String DATE_SUFFIX = "(?:,\\s?(?:\\d{1,2}\\.?\\s?)?(?i:" + alternation(MONTHS.keySet(), SEASONS.keySet()) + ")\\.?(?:\\s\\d{1,2})?)?";

    static final Pattern PAREN_YEAR = Pattern.compile("\\(\\s*" + DATE_PREFIX + YEAR + DATE_SUFFIX + "\\s*\\)");

    /** APA's order inside the parentheses: year, month, day. */
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("^(\\d{4}),\\s?(\\p{L}{3,10})\\.?(?:\\s(\\d{1,2}))?$");

    /** APA's parentheses in a language that writes the day first: year, day, month ({@code 2006, 12. oktober}). */
    private static final Pattern YEAR_DAY_MONTH = Pattern.compile("^(\\d{4}),\\s?(\\d{1,2})\\.?\\s?(\\p{L}{3,10})\\.?$");

    static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<!\\d)(\\d{1,2})\\.?\\s" + LINK + "(\\p{L}{3,10})\\.?\\s" + LINK + "(\\d{4})(?!\\d)");

    static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?<![\\p{L}])(\\p{L}{3,10})\\.?\\s(\\d{1,2}),\\s(\\d{4})(?!\\d)");

    static final Pattern MONTH_YEAR = Pattern.compile("(?<![\\p{L}\\d])(\\p{L}{3,10})\\s(\\d{4})(?!\\d)");

    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?!\\d)");

    /** A day and month ({@code (1 October 1996)}) or a season ({@code (Winter 1987–1988)}) written with the year. */
    static void dayOrSeason(Draft d, String paren) {
        String inner = paren.replace("(", " ").replace(")", " ").strip();
        Matcher ydm = YEAR_DAY_MONTH.matcher(inner);
        if (ydm.matches()) inner = ydm.group(1) + ", " + ydm.group(3) + " " + ydm.group(2);
        Matcher ymd = YEAR_MONTH_DAY.matcher(inner);
        if (ymd.matches()) {
            // APA: (1958, July 21) is July 21, 1958; (2001, Spring) a season
            String season = SEASONS.get(ymd.group(2).toLowerCase(Locale.ROOT));
            if (season != null && ymd.group(3) == null) {
                d.season = Integer.parseInt(season);
                return;
            }
            inner = ymd.group(2) + " " + (ymd.group(3) != null ? ymd.group(3) + ", " : "") + ymd.group(1);
        }
        if (inner.isEmpty() || Character.isDigit(inner.charAt(0)) && inner.length() <= 9 && inner.indexOf(' ') < 0) return;
        if (d.issued != null && d.issued.length == 1) {
            int[] parts = parseDate(inner);
            if (parts != null && parts.length >= 2 && parts[0] == d.issued[0][0]) {
                d.issued = new int[][]{parts};
                return;
            }
        }
        int sp = inner.indexOf(' ');
        if (sp > 0) {
            String season = SEASONS.get(inner.substring(0, sp).toLowerCase(Locale.ROOT));
            if (season != null) d.season = Integer.parseInt(season);
        }
    }

    /** Whether the record's date so far is the bare year {@code year} (no month, no range, no suffix). */
    static boolean bareYear(Draft d, int year) {
        return d.issued != null && d.issued.length == 1 && d.issued[0].length == 1 && d.issued[0][0] == year && d.yearSuffix == null;
    }

    /** Sets the draft's year from a {@link #YEAR} match: a range ({@code 1987–88}) and a letter suffix ({@code 2005a}) too. */
    static void setYear(Draft d, MatchResult y) {
        int y1 = Integer.parseInt(y.group(1));
        if (y.group(2) != null) {
            String e = y.group(2);
            int y2 = Integer.parseInt(e);
            if (e.length() == 2) y2 = y1 / 100 * 100 + y2;
            else if (e.length() == 3) y2 = y1 / 1000 * 1000 + y2;
            d.issued = y2 > y1 ? new int[][]{{y1}, {y2}} : new int[][]{{y1}};
        } else {
            d.issued = new int[][]{{y1}};
        }
        if (y.group(3) != null) d.yearSuffix = y.group(3);
    }

    /** A date such as {@code 10 May 2017}, {@code May 10, 2017}, {@code 10.05.2017} or {@code 2017-05-10}, as date parts, or null. */
    static int[] parseDate(String s) {
        String t = s.strip();
        Matcher m = DAY_MONTH_YEAR.matcher(t);
        if (m.find() && month(m.group(2)) > 0) return new int[]{Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1))};
        m = MONTH_DAY_YEAR.matcher(t);
        if (m.find() && month(m.group(1)) > 0) return new int[]{Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2))};
        m = NUMERIC_DATE.matcher(t);
        if (m.find()) return new int[]{Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))};
        m = Regexes.of("(\\d{4})-(\\d{2})-(\\d{2})").matcher(t);
        if (m.find()) return new int[]{Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
        m = MONTH_YEAR.matcher(t);
        if (m.find() && month(m.group(1)) > 0) return new int[]{Integer.parseInt(m.group(2)), month(m.group(1))};
        return null;
    }

    /** The month, or the first and last months of a range, written before a year: {@code Jun.}, {@code January/February}, {@code Jul.–Aug.}; empty if any part is not a month. */
    static int[] monthsOfRange(String before) {
        String[] parts = MONTH_RANGE_SEPARATOR.split(before.strip(), -1);
        if (parts.length > 3) return new int[0];
        for (String part : parts) if (month(part.strip()) == 0) return new int[0];
        int first = month(parts[0].strip());
        int last = month(parts[parts.length - 1].strip());
        return parts.length == 1 || last == first ? new int[]{first} : new int[]{first, last};
    }

    /** The first season of a season or a season range ({@code Winter}, {@code Fall/Winter}), or null. */
    static String firstSeasonOfRange(String before) {
        String[] parts = MONTH_RANGE_SEPARATOR.split(before.strip(), -1);
        if (parts.length > 3) return null;
        String first = null;
        for (String part : parts) {
            String season = SEASONS.get(part.strip().replace(".", "").toLowerCase(Locale.ROOT));
            if (season == null) return null;
            if (first == null) first = season;
        }
        return first;
    }

    /** The first month of a range written before "Month Year": {@code January/} in {@code January/February 1996}. */
    static final Pattern MONTH_BEFORE_RANGE = Pattern.compile("(?<![\\p{L}])(\\p{L}{3,10})\\.?\\s?[/–—-]\\s?$");

    private static final Pattern MONTH_RANGE_SEPARATOR = Pattern.compile("\\s?[/–—-]\\s?");

    /** The month a month word or abbreviation of {@code months.tsv} names (1–12), or 0. */
    static int month(String name) {
        String v = MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
        return v == null ? 0 : Integer.parseInt(v);
    }
}
