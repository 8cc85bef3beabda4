package org.opis.reflist;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.opis.reflist.WorkingText.blank;

/**
 * The words that introduced a link the entry wrote ({@code link-intros.txt}: {@code Available at:}, {@code Disponible en:},
 * {@code Disponível em:}), once {@link EntryLinks} has taken the link out of the working text: they stand before nothing
 * but blanks, a full stop, a comma (an access date taken out after it: "Dostopno na: URL, pridobljeno 5. 12. 2022"), a
 * parenthesis or the entry's end, and are blanked so that no field ends in them
 * ({@code Gavan. Disponible en: https://… (Visitado el 22 de mayo de 2021)} → title {@code Gavan}).
 */
final class LinkIntros {
    private LinkIntros() {
    }

    static final Pattern INTRO = Pattern.compile(
            "(?<![\\p{L}])(?:" + String.join("|", Data.lines("link-intros.txt")) + ")(?=[\\s<>]*(?:[.,(]|$))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A match of {@link #INTRO} opens with the literal opening of one of its phrases (a cheap test run first). */
    static final FoldedCues OPENINGS = FoldedCues.of(FoldedCues.openings(Data.lines("link-intros.txt")));

    /** Blanks the intro words left before a link already taken out of {@code b}. */
    static void take(StringBuilder b) {
        if (!OPENINGS.mayHold(b)) return;
        Matcher m = INTRO.matcher(b);
        while (m.find()) {
            int e = m.end();
            // the brackets of an address taken out ("Disponível em: <https://…>") go with it
            while (e < b.length() && (b.charAt(e) == ' ' || b.charAt(e) == '<' || b.charAt(e) == '>')) e++;
            blank(b, m.start(), e);
        }
    }
}
