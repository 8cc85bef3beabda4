package org.opis.reflist;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.opis.reflist.WorkingText.blank;

/**
 * A journal's issue written with its year after a slash, as Greek, Polish, Czech and Russian lists number a periodical
 * that starts its count each year: {@code *ΕΕΕυρΔ* 3/2007, σσ. 585-596}, {@code *Συνήγορος* 131/2019}, {@code 2-3/2012}.
 * Read only after a container, and not inside a date ({@code 19/5/2006}: a slash or a digit before the number).
 */
final class SlashIssues {
    private SlashIssues() {
    }

    private static final Pattern ISSUE_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d/.\\-–])(\\d{1,3}(?:[-–]\\d{1,3})?)/((?:1[6-9]|20)\\d{2})(?![\\d/])");

    /** Takes {@code N/YYYY} out of the tail into the issue and, when none is read yet, the year. */
    static void take(StringBuilder b, Draft d) {
        if (d.containerTitle == null || d.issue != null) return;
        Matcher m = ISSUE_YEAR.matcher(b);
        if (!m.find()) return;
        d.issue = m.group(1);
        if (d.issued == null) d.issued = new int[][]{{Integer.parseInt(m.group(2))}};
        blank(b, m.start(), m.end());
    }
}
