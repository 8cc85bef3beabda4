package org.opis.reflist;

import java.util.List;
import java.util.Locale;

/**
 * The kind of work stated after the title as GOST 7.1 and DSTU 8302 set it, after a colon: {@code Дитяча психологія :
 * навч. посібн.}, {@code Маркетинг : учеб. пособие}, {@code Методика …: навчально-методичний посібник} — the genre, not
 * part of the title. The phrases that may open such a statement are data ({@code title-genres.txt}, lower case); only a
 * statement after the last colon that opens with one is taken, so a subtitle ("… : методика навчання …") stays. A last
 * sentence that is a whole phrase ({@code … развитие. Учебное пособие}) is taken too.
 */
final class TitleGenres {
    private TitleGenres() {
    }

    private static final List<String> OPENINGS = Data.lines("title-genres.txt");

    /** Moves a genre statement closing {@code d}'s title into its genre. */
    static void take(Draft d) {
        if (d.title == null || d.genre != null) return;
        String t = d.title;
        // "Экологический вызов и устойчивое развитие. Учебное пособие": a last sentence that is a whole genre phrase
        int stop = t.lastIndexOf(". ");
        if (stop > 0) {
            String last = t.substring(stop + 2).strip();
            String low = last.toLowerCase(Locale.ROOT);
            if (low.endsWith(".")) low = low.substring(0, low.length() - 1);
            // a new sentence (capital), not the rest of an abbreviation ("учеб. пособие")
            if (!last.isEmpty() && Character.isUpperCase(last.codePointAt(0)) && OPENINGS.contains(low)) {
                d.title = t.substring(0, stop).strip();
                d.genre = last.endsWith(".") ? last.substring(0, last.length() - 1) : last;
                return;
            }
        }
        for (int i = t.length() - 1; i > 0; i--) {
            if (t.charAt(i) != ':') continue;
            String head = t.substring(0, i).strip();
            String rest = t.substring(i + 1).strip();
            if (head.isEmpty() || rest.isEmpty()) return;
            // the statement closes the title: a "/" after it means the title ran on into the statement of responsibility
            if (rest.indexOf('/') < 0 && opensGenre(rest.toLowerCase(Locale.ROOT))) {
                d.title = head;
                d.genre = rest;
            }
            return;
        }
    }

    private static boolean opensGenre(String low) {
        for (String o : OPENINGS) if (low.startsWith(o)) return true;
        return false;
    }
}
