package org.opis.reflist;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement that the cited page's copy was archived ({@code Archived 5 September 2006 at the Wayback Machine},
 * {@code Lưu trữ ngày 14 tháng 10 năm 2013 tại Wayback Machine}, {@code Архивировано 5 марта 2016 года}): kept in the
 * note and taken out of the text the rules read, so that neither its date nor its words become a field of the work. The
 * statements, in the languages lists are written in, are data ({@code archive-statements.txt}).
 */
final class ArchiveStatements {
    /**
     * A date: an ISO date, or words and numbers up to a four-digit year (a day or month number may keep its full stop,
     * German "3. Mai 2015").
     */
    private static final String DATE = "\\d{4}-\\d{2}-\\d{2}|(?:\\d{1,2}\\.|[^.()\\[\\]]){1,40}?\\d{4}";
    private static final List<Pattern> STATEMENTS = load();
    /** The first word of each statement (lower case): an entry with none of them is not searched. */
    private static final List<String> HINTS = Data.firstWords("archive-statements.txt");

    private ArchiveStatements() {
    }

    private static List<Pattern> load() {
        List<Pattern> out = new ArrayList<>();
        for (String line : Data.lines("archive-statements.txt")) {
            out.add(Pattern.compile(line.replace("DATE", "(?<date>" + DATE + ")"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        return List.copyOf(out);
    }

    /** One statement in a text: where it stands and the date it gives. */
    record Statement(int start, int end, String date) {
    }

    /** The statements of a text, in the order they stand (a statement two lines match is found once). */
    static List<Statement> find(CharSequence text) {
        String lower = text.toString().toLowerCase(Locale.ROOT);
        boolean hinted = false;
        for (String h : HINTS) hinted |= lower.contains(h);
        if (!hinted) return List.of();
        List<Statement> out = new ArrayList<>();
        for (Pattern p : STATEMENTS) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                boolean overlaps = false;
                for (Statement s : out) overlaps |= m.start() < s.end() && s.start() < m.end();
                if (!overlaps) out.add(new Statement(m.start(), m.end(), m.group("date")));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Statement::start));
        return out;
    }

    /** Takes every archive statement out of the entry's working text {@code b} into the note. */
    static void take(StringBuilder b, Draft d) {
        for (Statement s : find(b)) {
            d.notes.add(b.substring(s.start(), s.end()).strip());
            for (int i = s.start(); i < s.end(); i++) b.setCharAt(i, ' ');
        }
    }

    /** Whether the text holds one of the statements. */
    static boolean holds(String text) {
        return !find(text).isEmpty();
    }
}
