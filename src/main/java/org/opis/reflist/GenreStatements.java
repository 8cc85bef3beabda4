package org.opis.reflist;

import java.util.Locale;
import java.util.Set;

/**
 * A label naming the kind of work, as reading lists put it before an entry ({@code Memoir: Konstantin Paustovsky,
 * _Story of a Life_ (1967)}, {@code Film: _Slave of Love_ (Mikhalkov, 1976)}) or as its last sentence
 * ({@code …, 1967, Harbrace paper. Memoir.}): the genre, taken out of the text so that the names and the imprint read
 * as in any entry. The labels are data ({@code tagger/genre-words.txt}, the tagger's genre phrases too); a label is one to three words, and only a whole
 * label counts.
 */
final class GenreStatements {
    private GenreStatements() {
    }

    private static final Set<String> LABELS = Data.set("tagger/genre-words.txt");

    /** Takes a leading "Label: " from {@code b} at {@code pos} into the genre; returns where the entry now starts. */
    static int lead(StringBuilder b, int pos, Draft d) {
        int colon = -1;
        for (int i = pos; i < Math.min(b.length(), pos + 30); i++) {
            char c = b.charAt(i);
            if (c == ':') {
                colon = i;
                break;
            }
            if (!(Character.isLetter(c) || c == ' ' || c == '_' || c == '*')) return pos;
        }
        if (colon < 0 || colon + 1 >= b.length() || b.charAt(colon + 1) != ' ') return pos;
        String label = b.substring(pos, colon).replace("_", "").replace("*", "").strip();
        if (!LABELS.contains(label.toLowerCase(Locale.ROOT)) || d.genre != null) return pos;
        d.genre = label;
        int end = colon + 1;
        for (int i = pos; i < end; i++) b.setCharAt(i, ' ');
        while (end < b.length() && b.charAt(end) == ' ') end++;
        return end;
    }

    /** Takes a closing sentence that is only a label ("… paper. Memoir.") into the genre. */
    static void tail(StringBuilder b, Draft d) {
        int end = b.length();
        while (end > 0 && (b.charAt(end - 1) == ' ' || b.charAt(end - 1) == '.')) end--;
        int start = end;
        while (start > 0 && (Character.isLetter(b.charAt(start - 1)) || b.charAt(start - 1) == ' ')) start--;
        if (start < 2 || start == end || b.charAt(start - 1) != '.' && b.charAt(start - 1) != ',') return;
        String label = b.substring(start, end).strip();
        if (label.isEmpty() || !LABELS.contains(label.toLowerCase(Locale.ROOT)) || d.genre != null) return;
        d.genre = label;
        for (int i = start; i < b.length(); i++) b.setCharAt(i, ' ');
    }
}
