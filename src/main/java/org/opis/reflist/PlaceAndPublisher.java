package org.opis.reflist;

import org.opis.text.Markup;
import org.opis.text.Regexes;
import org.opis.text.Scripts;

import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.opis.reflist.EntryDates.YEAR_P;
import static org.opis.reflist.EntryDates.setYear;
import static org.opis.reflist.WorkingText.blank;
import static org.opis.reflist.WorkingText.sentenceStart;
import static org.opis.reflist.WorkingText.statementStart;

/**
 * A publication statement split into place and publisher: {@code Place: Publisher}, a place with its state's code
 * ({@code Chapel Hill, NC}), {@code Place, Publisher} or {@code Publisher, Place} told apart by the place dictionary
 * ({@link PlaceWords}) and the publisher words of {@code publisher-words.txt}, and a lone name, a publisher or a place
 * by the entry's shape.
 */
final class PlaceAndPublisher {
    private PlaceAndPublisher() {
    }

    private static final Set<String> PUBLISHER_WORDS = Data.set("publisher-words.txt");

    /** "et al." / "u.a." closing an imprint: the other places of publication left out ({@code connectors.tsv}, kind etal). */
    private static final Pattern OTHER_PLACES = Pattern.compile(
            "(?:,\\s?|\\s)\\[?(?:" + org.opis.lexicon.Connectors.alternation(org.opis.lexicon.Connectors.ET_AL) + ")\\]?$");

    /** {@code Frankfurt a.M. et al.} → {@code Frankfurt a.M.}: the imprint without the words standing for its other places. */
    static String withoutOtherPlaces(String s) {
        String t = s.endsWith(".") || s.endsWith("]") ? s : s + ".";
        Matcher m = OTHER_PLACES.matcher(t);
        if (!m.find() || m.start() == 0) return s;
        return t.substring(0, m.start()).strip();
    }

    /** Whether no comma-separated part of {@code s} is a place of the dictionary. */
    static boolean noPartIsPlace(String s) {
        for (String part : Regexes.split(s, ",\\s*")) if (!part.isBlank() && PlaceWords.isPlace(Regexes.replaceFirst(part, "^and\\s+", ""))) return false;
        return true;
    }

    /** Whether a parenthesis holds a place and publisher ({@code Place: Publisher}). */
    static boolean parenPubPlace(String inside) {
        return inside.indexOf(':') > 0;
    }

    /** Sets place and publisher from one statement ({@code Place: Publisher}, {@code Place, Publisher}, a lone name). */
    static void placePublisher(String stmt, Draft d) {
        String s = Markup.clean(stmt);
        while (s.startsWith(",") || s.startsWith(".")) s = s.substring(1).strip();
        s = withoutOtherPlaces(s);
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
        // German and Central European author-date ("Lins, Ulrich (1988): *Title*, Gerlingen."): the year, a colon, and a lone
        // name closing the entry is the place (YearColonHeads)
        if (d.yearColonHead && !d.commaImprint && s.indexOf(',') < 0) d.place = s;
        else if ((d.commaImprint || (d.yearAfterNames && d.volume == null && d.issue == null)) && !PlaceWords.isPlace(s)) d.publisher = s;
        // a lone Cyrillic name the place dictionary does not know ("Вік, 2011", "МГУ, 2000") is the publisher: the places
        // of Cyrillic imprints are the cities of the dictionary or abbreviated ("М.", "К.", "Мн.")
        // — a name, not a fragment: a capital first, no full stop or quotes ("Окт.»" of "Тип. «Крас. Окт.»", "июль-август")
        else if (Scripts.hasCyrillic(s) && !PlaceWords.isKnownPlace(s) && Character.isUpperCase(s.codePointAt(0))
                && Regexes.matches(s, "[^.«»\"„“”]+")) d.publisher = s;
        else d.place = s;
    }

    /** The publication statement of the part after the title: {@code Place: Publisher, Year}, {@code Place, Year}, {@code Year}; {@code fullStart} is where a full date was read, or -1. */
    static void fromTail(StringBuilder b, Draft d, int fullStart) {
        if (d.issued == null) {
            // the year of the publication statement: the first one written "Place: Publisher, YEAR" / "Place, YEAR",
            // else the first year at all
            Matcher y = YEAR_P.matcher(b);
            int ys = -1;
            MatchResult last = null;
            MatchResult firstAny = null;
            while (y.find()) {
                if (firstAny == null) firstAny = y.toMatchResult();
                int st = sentenceStart(b, y.start());
                String before = b.substring(st, y.start()).strip();
                if (before.endsWith(",") && before.length() > 1 && before.length() <= 150 && before.chars().noneMatch(Character::isDigit)
                        && before.chars().anyMatch(Character::isLetter)) {
                    last = y.toMatchResult();
                    break;
                }
            }
            if (last == null) last = firstAny;
            if (last == null && d.status != null) {
                // no year at all ("(In Press)", "forthcoming"): a closing "Place: Publisher" statement is still the imprint
                int end = b.length();
                while (end > 0 && (Character.isWhitespace(b.charAt(end - 1)) || b.charAt(end - 1) == '.')) end--;
                int stmt = statementStart(b, end);
                String before = Regexes.replaceFirst(b.substring(stmt, end).strip(), "^[,;]\\s*", "");
                if (before.indexOf(':') > 0 && before.length() < 80 && Regexes.matches(before, "[\\p{L}][\\p{L}\\d .'’:;,&/-]*")) {
                    placePublisher(before, d);
                    blank(b, stmt, b.length());
                }
            }
            if (last != null) ys = last.start();
            if (last != null) {
                setYear(d, last);
                int stmtStart = sentenceStart(b, ys);
                String before = b.substring(stmtStart, ys).strip();
                if (before.endsWith(",")) before = before.substring(0, before.length() - 1).strip();
                if (!before.isEmpty() && (d.place == null && d.publisher == null)) {
                    placePublisher(before, d);
                    blank(b, stmtStart, ys);
                }
                blank(b, last.start(), last.end());
            }
        } else if (d.place == null && d.publisher == null && fullStart < 0) {
            // place before a year already taken from parentheses
            // the last statement, before anything already read (identifiers, archive notes) was blanked out
            int end = b.length();
            while (end > 0 && (Character.isWhitespace(b.charAt(end - 1)) || b.charAt(end - 1) == '.')) end--;
            int stmt = statementStart(b, end);
            String before = Regexes.replaceFirst(b.substring(stmt, end).strip(), "^[,;]\\s*", "");
            if (before.endsWith(",")) before = before.substring(0, before.length() - 1).strip();
            if (!before.isEmpty() && before.length() < 80 && Regexes.matches(before, "[\\p{L}][\\p{L}\\d .'’:;,&/-]*")) {
                // "Title. Publisher. ISBN …": a single statement before a book number names the publisher, not a place
                if (d.isbn != null && before.indexOf(':') < 0 && before.indexOf(',') < 0 && before.indexOf(';') < 0) d.publisher = before;
                else placePublisher(before, d);
                blank(b, stmt, b.length());
            }
        }
    }
}
