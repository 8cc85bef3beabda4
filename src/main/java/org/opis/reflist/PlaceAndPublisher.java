package org.opis.reflist;

import org.opis.text.Markup;
import org.opis.text.Regexes;

import java.util.Locale;
import java.util.Set;

/**
 * A publication statement split into place and publisher: {@code Place: Publisher}, a place with its state's code
 * ({@code Chapel Hill, NC}), {@code Place, Publisher} or {@code Publisher, Place} told apart by the place dictionary
 * ({@link PlaceWords}) and the publisher words of {@code publisher-words.txt}, and a lone name, a publisher or a place
 * by the entry's shape.
 */
final class PlaceAndPublisher {
    private PlaceAndPublisher() {
    }

    static final Set<String> PUBLISHER_WORDS = Data.set("publisher-words.txt");

    static boolean noPartIsPlace(String s) {
        for (String part : Regexes.split(s, ",\\s*")) if (!part.isBlank() && PlaceWords.isPlace(Regexes.replaceFirst(part, "^and\\s+", ""))) return false;
        return true;
    }

    static boolean parenPubPlace(String inside) {
        return inside.indexOf(':') > 0;
    }

    static void placePublisher(String stmt, Draft d) {
        String s = Markup.clean(stmt);
        while (s.startsWith(",") || s.startsWith(".")) s = s.substring(1).strip();
        if (s.isEmpty()) return;
        int colon = s.indexOf(':');
        if (colon > 0) {
            d.place = s.substring(0, colon).strip();
            String pub = s.substring(colon + 1).strip();
            if (pub.endsWith(",")) pub = pub.substring(0, pub.length() - 1).strip();
            if (!pub.isEmpty()) d.publisher = pub;
            return;
        }
        // "Chapel Hill, NC": a place and its state's postal code, one place
        if (StateCodes.closePlace(s)) {
            d.place = s;
            return;
        }
        // "Moscow, Nauka Publ.": place, then a publisher that reads like one
        int lastComma = s.lastIndexOf(", ");
        if (lastComma > 0) {
            String second = s.substring(lastComma + 2);
            // "Paris, Autrement": a place of the place dictionary, then a name that is not one
            if (PlaceWords.isPlace(s.substring(0, lastComma)) && !PlaceWords.isPlace(second) && second.indexOf(',') < 0) {
                d.place = s.substring(0, lastComma).strip();
                d.publisher = second.strip();
                return;
            }
            // in a run of commas after the title, "…, Paz e Terra, São Paulo, 1982": a name that is no place, then a place of the
            // dictionary (after a full stop "Pullman, Washington" stays one place)
            String first = s.substring(0, lastComma).strip();
            if (d.commaImprint && PlaceWords.isPlace(second) && !PlaceWords.isPlace(first) && first.indexOf(',') < 0 && first.indexOf('.') < 0) {
                d.publisher = first;
                d.place = second.strip();
                return;
            }
            for (String w : Regexes.split(second.toLowerCase(Locale.ROOT), "[\\s,]+")) {
                if (PUBLISHER_WORDS.contains(w)) {
                    d.place = s.substring(0, lastComma).strip();
                    d.publisher = second.strip();
                    return;
                }
            }
            // "Nxb. Sự thật, Hà Nội": a publisher word opening the first part, a place of the dictionary after the comma
            if (PlaceWords.isPlace(second) && first.indexOf(',') < 0) {
                String w0 = Regexes.split(first.toLowerCase(Locale.ROOT), "[\\s,]+")[0];
                if (PUBLISHER_WORDS.contains(w0)) {
                    d.publisher = first;
                    d.place = second.strip();
                    return;
                }
            }
        }
        // one part only: a publisher if it reads like one, else a place
        for (String w : Regexes.split(s.toLowerCase(Locale.ROOT), "[\\s,]+")) {
            if (PUBLISHER_WORDS.contains(w)) {
                d.publisher = s;
                return;
            }
        }
        // in a run of commas after the title ("…, Fayard, 1996"), a name that is no place of the dictionary is the publisher;
        // after a full stop ("…. Kursk, 2016.") a lone name stays the place
        // APA gives no place ("Browning, C. (1992). *Ordinary Men*. Harper Collins."): a lone name that is no place is the publisher
        if ((d.commaImprint || (d.yearAfterNames && d.volume == null && d.issue == null)) && !PlaceWords.isPlace(s)) d.publisher = s;
        else d.place = s;
    }
}
