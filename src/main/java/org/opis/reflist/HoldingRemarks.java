package org.opis.reflist;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A remark in parentheses about the copy rather than the work — {@code (paperback)}, {@code (hardcover)},
 * {@code (also on reserve for 33.596.12)} — after the publication statement of a syllabus entry: kept as a
 * note and taken out of the text, so that the statement before it reads as place and publisher. The first
 * words that mark such a remark are data ({@code holding-remarks.txt}).
 */
final class HoldingRemarks {

    private HoldingRemarks() {}

    private static final Set<String> LEADS = Data.set("holding-remarks.txt");
    private static final Pattern PAREN = Pattern.compile("\\(([^()]{2,80})\\)\\.?");

    /** Moves each holding remark of {@code b} (from {@code from} on) into the notes of {@code d}. */
    static void take(StringBuilder b, int from, Draft d) {
        Matcher m = PAREN.matcher(b);
        while (m.find(from)) {
            String inside = m.group(1).strip();
            String lower = inside.toLowerCase(Locale.ROOT);
            boolean holding = false;
            for (String lead : LEADS) {
                if (lower.equals(lead) || lower.startsWith(lead + " ")) {
                    holding = true;
                    break;
                }
            }
            if (holding) {
                d.notes.add(inside);
                for (int i = m.start(); i < m.end(); i++) b.setCharAt(i, ' ');
            }
            from = m.end();
            if (from >= b.length()) break;
        }
    }
}
