package org.opis.reflist;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.opis.reflist.EntryDates.YEAR;
import static org.opis.reflist.EntryDates.YEAR_P;
import static org.opis.reflist.NameBlocks.strictAuthorEnd;
import static org.opis.reflist.WorkingText.skipSpace;

/**
 * A second entry run on after a complete first one on the same line: after {@code (YEAR).} or {@code Place, YEAR.},
 * a new entry opening with an italic or quoted title, or with names before one, that has a year of its own. The part
 * before must hold a title ({@link #hasTitle}), so an author-date entry's names and year are never cut off.
 */
final class MergedEntries {
    private MergedEntries() {
    }

    /**
     * Where a second entry starts inside this one, or -1: after a complete entry ending
     * {@code (YEAR).} or {@code Place, YEAR.}, a new entry that opens with an italic title or a
     * quoted title and has a year of its own.
     */
    private static final Pattern MERGED = Pattern.compile("(?:\\(\\s?" + YEAR + "\\s?\\)|,\\s" + YEAR + ")\\.\\s{1,3}(?=[*“\"«\\p{Lu}])");

    static int findMergedSplit(String t) {
        Matcher m = MERGED.matcher(t);
        while (m.find()) {
            // The part before must be a whole entry, so it must have a title: "Gaddis, John Lewis
            // (2005). *The Cold War*" is one author-date entry, not two.
            if (!hasTitle(t.substring(0, m.start()))) continue;
            int s = m.end();
            String rest = t.substring(s);
            if (rest.length() < 8) continue;
            if (!YEAR_P.matcher(rest).find()) continue;
            char c0 = rest.charAt(0);
            if (c0 != '*' && c0 != '“' && c0 != '"' && c0 != '«') {
                // a second entry opening with names: "… (2005). Smith, J. *Title* …"
                int a = strictAuthorEnd(rest, 0, Math.min(rest.length(), 80));
                if (a <= 0 || a >= rest.length() || "*“\"«".indexOf(rest.charAt(Math.min(rest.length() - 1, skipSpace(rest, a)))) < 0) continue;
            }
            return m.end() - (t.charAt(m.end() - 1) == ' ' ? 1 : 0) - countSpaces(t, m.end());
        }
        return -1;
    }

    /**
     * Whether a fragment holds a title as well as names: an italic or quoted title, or a sentence
     * break after a word of two or more letters ("Smith, John. Plain Title. Moscow, 1999").
     * Initials ("Kydd, Andrew H.") are not sentence breaks.
     */
    static boolean hasTitle(String head) {
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == '*' || c == '_' || c == '“' || c == '"' || c == '«') return true;
            if (c == '.' && i >= 2 && i + 2 < head.length() && head.charAt(i + 1) == ' '
                    && Character.isLetter(head.charAt(i - 1)) && Character.isLetter(head.charAt(i - 2))
                    && Character.isUpperCase(head.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    /** How many spaces beyond one stand before {@code end}. */
    private static int countSpaces(String t, int end) {
        int n = 0;
        for (int i = end - 1; i >= 0 && t.charAt(i) == ' '; i--) n++;
        return Math.max(0, n - 1);
    }
}
