package org.opis.reflist.tagger;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Years in parentheses that close a title (read as a date, or left unlabelled) ({@code Aemulatio. Kulturen des Wettstreits in Text und Bild (1450-1620)},
 * {@code Russia in the Age of Wars (1700–1917)}) belong to the title when the entry's imprint gives the year it was
 * published ({@code Berlin/Boston 2011}): a date read over the title's years gives way to the imprint's year (the first
 * date would otherwise be the record's).
 */
final class TitleYearRanges {
    private static final Pattern YEAR = Pattern.compile("1[4-9]\\d\\d|20\\d\\d");

    private TitleYearRanges() {
    }

    static int[] mend(List<Token> tokens, int[] labels) {
        int date = Label.DATE.ordinal();
        int other = Label.OTHER.ordinal();
        int i = 0;
        while (i < labels.length) {
            // the years read as a date, or left unlabelled (then the run is its years and dashes only)
            boolean bare = labels[i] == other && YEAR.matcher(tokens.get(i).text()).matches();
            if (labels[i] != date && !bare) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < labels.length && labels[j + 1] == labels[i] && (!bare || onlyYearsOrDashes(tokens.get(j + 1).text()))) j++;
            int open = i - 1;
            if (open >= 1 && tokens.get(open).text().equals("(") && onlyYears(tokens, i, j)
                    && j + 1 < tokens.size() && tokens.get(j + 1).text().equals(")")) {
                int before = labels[open - 1];
                boolean title = before == Label.TITLE.ordinal() || before == Label.CONTAINER_TITLE.ordinal()
                        || before == Label.COLLECTION_TITLE.ordinal();
                int imprint = title ? imprintYear(tokens, labels, j + 2) : -1;
                if (imprint >= 0) {
                    int[] out = labels.clone();
                    for (int k = open; k <= j + 1; k++) out[k] = before;
                    out[imprint] = date;
                    return out;
                }
            }
            i = j + 1;
        }
        return labels;
    }

    private static boolean onlyYearsOrDashes(String t) {
        return YEAR.matcher(t).matches() || t.length() == 1 && "-\u2010\u2011\u2012\u2013\u2014/".indexOf(t.charAt(0)) >= 0;
    }

    private static boolean onlyYears(List<Token> tokens, int from, int to) {
        boolean year = false;
        for (int k = from; k <= to; k++) {
            String t = tokens.get(k).text();
            if (YEAR.matcher(t).matches()) year = true;
            else if (!(t.length() == 1 && "-\u2010\u2011\u2012\u2013\u2014/".indexOf(t.charAt(0)) >= 0)) return false;
        }
        return year;
    }

    /** A year outside parentheses right after a place or publisher (read as a date or not): the imprint's year; else −1. */
    private static int imprintYear(List<Token> tokens, int[] labels, int from) {
        int place = Label.PUBLISHER_PLACE.ordinal();
        int publisher = Label.PUBLISHER.ordinal();
        for (int k = from; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!YEAR.matcher(t.text()).matches() || t.paren()) continue;
            int prev = k - 1;
            while (prev >= 0 && !Aligner.isWord(tokens.get(prev).text())) prev--;
            if (prev >= 0 && (labels[prev] == place || labels[prev] == publisher) && labels[k] != Label.PAGE.ordinal()) return k;
        }
        return -1;
    }
}
