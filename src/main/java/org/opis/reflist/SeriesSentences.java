package org.opis.reflist;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The series a book appeared in, written as a sentence of its own between the title and the imprint, as Chicago and its
 * localisations print it ({@code _Burnt by the Sun_. KINOfile Film Companion 3. London and New York, 2000.},
 * {@code _The Russian Revolution, 1917-1921_. Routledge Sources in History. London: Routledge 1997.},
 * {@code <i>La tdine comédie</i>. … Bibliothèque de la Pléiade 659. Paris : Gallimard.}): where a book with a title and
 * an imprint (a place, publisher or year) has no series, container or genre yet, and what the readers left is one run of
 * capitalised words (small joining words allowed) with perhaps a number after it, that run is the collection title and the
 * number its collection number. A remark ({@code In Russian}), an edition, a publisher's name or a role phrase is none.
 */
final class SeriesSentences {
    private SeriesSentences() {
    }

    /** Capitalised words, joined by small words of the title languages, then a number or {@code , No. 42}. */
    private static final Pattern SERIES = Pattern.compile(
            "(\\p{Lu}[\\p{L}'’-]*(?:\\s(?:of|in|on|for|and|the|to|&|de|du|des|la|le|les|di|del|della|der|die|für|zur|zum|und|y|e|и|по|\\p{Lu}[\\p{L}'’-]*)){1,9})"
                    + "(?:,?\\s(?:No\\.|Nr\\.|no\\.|n°|vol\\.|Vol\\.|Bd\\.|t\\.)?\\s?(\\d{1,4}))?");
    /** Words that make the run something else: a remark, an edition, a role, a publisher, a kind of work. */
    private static final Pattern NOT_A_SERIES = Pattern.compile(
            "(?iu)^(?:in|auf|en|на)\\s|\\b(?:edition|ed|edn|éd|aufl|auflage|reprint|reprinted|translated|edited|introduction|foreword|preface|"
                    + "press|verlag|publishers?|publishing|books|university|universität|université|thesis|dissertation|diss|"
                    + "unpublished|manuscript|forthcoming|volumes?|vols?|pp|pages)\\b");

    /** Words naming a body, short or long ({@code Univ}, {@code Center}, {@code Institute}). */
    private static final Pattern CORPORATE_WORD = Pattern.compile("(?iu)\\b(?:univ|center|centre|institute|institut|society|association|"
            + "council|committee|ministry|department|office|foundation|academy|museum)\\b");

    /** Takes the leftover text as the book's series when it reads as one; true when it did. */
    static boolean take(String left, Draft d) {
        if (left.isEmpty() || left.length() > 100 || d.title == null || d.collectionTitle != null || d.containerTitle != null
                || d.genre != null || !"book".equals(d.type)) return false;
        if (d.place == null && d.publisher == null && d.issued == null) return false;
        // a web page's site ("*Title* The Guardian. https://…") is no series
        if (d.url != null || d.accessed != null) return false;
        Matcher m = SERIES.matcher(left);
        if (!m.matches() || NOT_A_SERIES.matcher(left).find()) return false;
        String name = m.group(1).strip();
        // a place or a body ("New York", "Center for Russian and East European Studies", "Melbourne Univ") is none
        if (PlaceWords.isPlace(name) || org.opis.names.NameParser.isCorporate(name) || CORPORATE_WORD.matcher(name).find()) return false;
        if (name.toLowerCase(Locale.ROOT).equals(d.title.toLowerCase(Locale.ROOT))) return false;
        d.collectionTitle = name;
        if (m.group(2) != null) d.collectionNumber = m.group(2);
        return true;
    }
}
