package org.opis.reflist.tagger;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A range of years cut by the tagger: a date span ending with a year, directly followed by a dash and
 * another year written tight against it ({@code (Winter 1990–1991)}), is one date, the range; the
 * dash and the second year are not another field's.
 */
final class YearRanges {
    private static final Pattern YEAR = Pattern.compile("1[4-9]\\d\\d|20\\d\\d");
    private static final String DASHES = "-\u2010\u2011\u2012\u2013\u2014/";

    private YearRanges() {
    }

    static int[] join(List<Token> tokens, int[] labels) {
        int[] out = labels;
        int date = Label.DATE.ordinal();
        for (int i = 0; i + 2 < labels.length; i++) {
            if (labels[i] != date || labels[i + 1] == date && labels[i + 2] == date) continue;
            Token dash = tokens.get(i + 1);
            Token end = tokens.get(i + 2);
            if (!YEAR.matcher(tokens.get(i).text()).matches() || !YEAR.matcher(end.text()).matches()) continue;
            if (dash.text().length() != 1 || DASHES.indexOf(dash.text().charAt(0)) < 0 || dash.spaceBefore() || end.spaceBefore()) continue;
            if (Integer.parseInt(end.text()) <= Integer.parseInt(tokens.get(i).text())) continue;
            if (out == labels) out = labels.clone();
            out[i + 1] = date;
            out[i + 2] = date;
        }
        return out;
    }
}
