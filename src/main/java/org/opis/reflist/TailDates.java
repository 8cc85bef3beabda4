package org.opis.reflist;

import org.opis.text.Markup;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.opis.reflist.EntryDates.DAY_MONTH_YEAR;
import static org.opis.reflist.EntryDates.MONTH_BEFORE_RANGE;
import static org.opis.reflist.EntryDates.MONTH_DAY_YEAR;
import static org.opis.reflist.EntryDates.MONTH_YEAR;
import static org.opis.reflist.EntryDates.YEAR_P;
import static org.opis.reflist.EntryDates.bareYear;
import static org.opis.reflist.EntryDates.firstSeasonOfRange;
import static org.opis.reflist.EntryDates.month;
import static org.opis.reflist.EntryDates.monthsOfRange;
import static org.opis.reflist.EntryDates.setYear;
import static org.opis.reflist.PlaceAndPublisher.noPartIsPlace;
import static org.opis.reflist.PlaceAndPublisher.parenPubPlace;
import static org.opis.reflist.PlaceAndPublisher.placePublisher;
import static org.opis.reflist.WorkingText.blank;

/**
 * Dates after the title: the first full date ({@code 10 May 2017}, {@code May 10, 2017}, {@code January/February 1996}),
 * kept over a bare year of the same year read before it, and what parentheses hold: {@code (Place: Publisher, Year)},
 * {@code (Year)}, JSTOR's {@code (Jun., 1982)} and {@code (Winter, 1988)}, {@code (Place)}.
 */
final class TailDates {
    private TailDates() {
    }

    /** An imprint in parentheses, or in square brackets when it holds a year (supplied by the compiler: {@code [Assen 1959]}). */
    private static final Pattern PARENTHESIS = Pattern.compile("\\(([^()]{1,200})\\)|\\[([^\\[\\]()]{0,80}?(?<!\\d)(?:1[4-9]\\d\\d|20\\d\\d)(?!\\d)[^\\[\\]()]{0,20})\\]");

    private static final Pattern SUPPLIED = Pattern.compile("(\\p{Lu}[\\p{L} .'’-]{1,40}?),?\\s(?:1[4-9]\\d\\d|20\\d\\d)");

    /** Whether the text of square brackets is a place of {@link PlaceWords} and a year, nothing else: {@code Assen 1959}. */
    static boolean suppliedImprint(String inside) {
        Matcher m = SUPPLIED.matcher(Markup.clean(inside));
        return m.matches() && PlaceWords.isPlace(m.group(1));
    }

    /** A full date read after the title: its parts (year, month[, day]) and where it started, or null and -1. */
    record Full(int[] parts, int start) {
    }

    /** Takes the first full date (day month year, month day, year, or month year with a month range) after the title. */
    static Full fullDate(StringBuilder b, Draft d) {
        // each of the three date shapes ends in a year of four ASCII digits: without one (the year often read already) none can match
        if (!fourDigits(b)) return new Full(null, -1);
        int[] full = null;
        Matcher fm = DAY_MONTH_YEAR.matcher(b);
        int fullStart = -1;
        if (fm.find() && month(fm.group(2)) > 0) {
            full = new int[]{Integer.parseInt(fm.group(3)), month(fm.group(2)), Integer.parseInt(fm.group(1))};
            fullStart = fm.start();
            blank(b, fm.start(), fm.end());
        } else {
            Matcher md = MONTH_DAY_YEAR.matcher(b);
            if (TailCues.mayHoldMonthDayYear(b) && md.find() && month(md.group(1)) > 0) {
                full = new int[]{Integer.parseInt(md.group(3)), month(md.group(1)), Integer.parseInt(md.group(2))};
                fullStart = md.start();
                blank(b, md.start(), md.end());
            } else {
                Matcher my = MONTH_YEAR.matcher(b);
                while (my.find()) {
                    if (month(my.group(1)) > 0) {
                        full = new int[]{Integer.parseInt(my.group(2)), month(my.group(1))};
                        fullStart = my.start();
                        // a range of months: (January/February 1996), (Jul.–Aug. 1989)
                        Matcher from = MONTH_BEFORE_RANGE.matcher(b.subSequence(Math.max(0, my.start() - 16), my.start()));
                        if (from.find() && month(from.group(1)) > 0 && (d.issued == null || bareYear(d, full[0]))) {
                            int year = full[0];
                            d.issued = new int[][]{{year, month(from.group(1))}, {year, full[1]}};
                            fullStart = my.start() - from.group().length();
                        }
                        blank(b, fullStart, my.end());
                        break;
                    }
                }
            }
        }
        // a full date is kept over a bare year of the same year read before it (author-date: "Novák, Jan. 1990. … 7 listopadu 1990")
        if (full != null && (d.issued == null || bareYear(d, full[0]))) {
            d.issued = new int[][]{full};
        }
        return new Full(full, fullStart);
    }

    /** Whether four ASCII digits follow one another somewhere in the text (as {@code \d{4}} needs). */
    static boolean fourDigits(CharSequence b) {
        int run = 0;
        for (int i = 0, n = b.length(); i < n; i++) {
            char c = b.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++run == 4) return true;
            } else {
                run = 0;
            }
        }
        return false;
    }

    /** Reads the parentheses after the title: {@code (Place: Publisher, Year)}, {@code (Year)}, {@code (Place)}; returns whether a publication statement was among them. */
    static boolean parentheses(StringBuilder b, Draft d, int[] full) {
        boolean parenPub = false;
        Matcher pm = PARENTHESIS.matcher(b);
        while (pm.find()) {
            boolean bracket = pm.group(1) == null;
            String inside = (bracket ? pm.group(2) : pm.group(1)).strip();
            if (inside.isEmpty()) continue;
            // in brackets only a supplied imprint, a known place and the year ("[Nijmegen 2006]"), never a remark ("[First
            // edition 1932]", "[cit. 2020-02-03]")
            if (bracket && !suppliedImprint(inside)) continue;
            Matcher y = YEAR_P.matcher(inside);
            if (y.find() && d.issued == null) {
                setYear(d, y);
                String before = inside.substring(0, y.start()).strip();
                if (before.endsWith(",")) before = before.substring(0, before.length() - 1).strip();
                int[] months = monthsOfRange(before);
                int month = months.length == 0 ? 0 : months[0];
                String season = firstSeasonOfRange(before);
                // JSTOR's "(Jun., 1982)", "(Winter, 1988)", "(January/February 1996)": the month(s) or season of the date, not a place
                if (month > 0 || season != null) {
                    if (month > 0 && d.issued != null && d.issued.length == 1 && d.issued[0].length == 1) {
                        int year = d.issued[0][0];
                        d.issued = months.length == 1 ? new int[][]{{year, month}} : new int[][]{{year, month}, {year, months[months.length - 1]}};
                    }
                    else if (month == 0 && d.issued != null) d.season = Integer.parseInt(season);
                } else if (!before.isEmpty()) {
                    String one = Markup.clean(before);
                    // one name alone before the year, "(Blackwell, 1988)": the publisher, unless it is a place, "(Moscow, 1999)"
                    // and a publisher's name with commas, "(Little, Brown, 1929)", "(Holt, Rinehart and Winston, 1933)": no part a place
                    if (one.indexOf(':') < 0 && d.publisher == null && !PlaceWords.isPlace(one) && noPartIsPlace(one)) d.publisher = one;
                    else placePublisher(before, d);
                    parenPub = true;
                }
                blank(b, pm.start(), pm.end());
            } else if (!bracket && !y.find(0) && inside.length() < 40 && Character.isUpperCase(inside.codePointAt(0)) && d.place == null
                    && (full != null || parenPubPlace(inside))) {
                d.place = Markup.clean(inside);
                blank(b, pm.start(), pm.end());
            }
        }
        return parenPub;
    }
}
