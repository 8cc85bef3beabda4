package org.opis.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short forms of the humanities standing in a note's prose or after its first citation, with no title marks: the family
 * name, a short title and the year (or {@code o.&nbsp;J.}), then a labelled page or the end of a clause — {@code Diese Beobachtung auch bei
 * Käpplinger, Jagd, 2011, S.&nbsp;76, obwohl …}, {@code Hingegen bewertet Weyer, Georg Stegle, 2017, S.&nbsp;50 den Anteil …},
 * {@code Die Maße bei Drös, Inschriften Mergentheim, 2002, S.&nbsp;248.} A name that is a place of publication
 * ({@code Berlin, Akademie, 1990}: the {@code place} rows of the scanner's words) is not taken, nor a form inside a
 * parenthesis, a name carried on by a capitalized word before it, an imprint (after {@code Boston:}, or followed by a DOI
 * or an ISBN), or a title the scanner read already.
 */
final class ProseShortTitleForms {

    /** One short form found: view offsets, the family name, the title words, the year and the pinpoint. */
    record Hit(int start, int end, String family, String title, CitedYear year, List<Locator> locators) {
    }

    /** Family name, comma, one to six title words (the first capitalized), comma, the year (or "1943/44"), then a page label or a clause's end. */
    private static final Pattern FORM = Pattern.compile(
            "(?<![\\p{L}\\-])(\\p{Lu}[\\p{L}'’\\-]+),\\s+(\\p{Lu}[\\p{L}'’\\-]*(?:\\s+[\\p{L}'’\\-]+){0,5}),\\s+(1[5-9]\\d\\d|20[0-4]\\d|o\\.\\s?J\\.|n\\.\\s?d\\.)(?:/\\d{2,4})?"
                    + "(?=,\\s+(?:S|s|p|pp|Nr|fol|Bd)\\.\\s?\\d|\\s*[.;,]?\\s|\\s*[.;]?$)");

    /** An identifier soon after the year: the form is a full reference's imprint, not a short form. */
    private static final Pattern IDENTIFIER = Pattern.compile("^[^;]*?(?i:\\bdoi\\b|\\bisbn\\b|\\burl\\b|https?://)");

    private ProseShortTitleForms() {
    }

    /** The short forms in [from, to) of a note's text, left to right, none overlapping {@code taken}. */
    static List<Hit> find(String t, int from, int to, Locators locators, Set<String> places, List<int[]> taken) {
        List<Hit> out = new ArrayList<>();
        Matcher m = FORM.matcher(t).region(from, to);
        while (m.find()) {
            int s = m.start();
            if (overlaps(taken, s, m.end()) || places.contains(ScannerWords.fold(m.group(1))) || places.contains(ScannerWords.fold(m.group(2)))) continue;
            int before = s;
            while (before > from && t.charAt(before - 1) == ' ') before--;
            if (before > from && t.charAt(before - 1) == '(') continue; // a parenthesis: the scanner reads it
            if (!opensClause(t, from, before)) continue; // "Shah Jahan-Nama, Lahore, 2013": the name goes on before it
            if (afterPlaceColon(t, from, before, places)) continue; // "Boston: Little, Brown and Company, 1970": an imprint
            if (IDENTIFIER.matcher(t).region(m.end(), Math.min(to, m.end() + 40)).find()) continue; // "…, Springer, 2014, S.11, doi:…"
            CitedYear year = Character.isDigit(m.group(3).charAt(0)) ? CitedYear.of(Integer.parseInt(m.group(3))) : CitedYear.none();
            int e = m.end();
            Locators.Reading loc = readPinpoint(locators, t, e, to);
            List<Locator> ls = loc == null ? List.of() : loc.locators();
            int end = loc == null ? e : skipComma(t, e, to) + loc.consumed();
            while (end > s && Character.isWhitespace(t.charAt(end - 1))) end--;
            out.add(new Hit(s, end, m.group(1), m.group(2), year, ls));
        }
        return out;
    }

    /**
     * True when the word before the name (ending at {@code before}) does not carry the name on: there is none, it ends with
     * punctuation, it is written in lower case ("bei", "bewertet"), or it is a capitalized word opening a sentence ("Ebenso").
     */
    private static boolean opensClause(String t, int from, int before) {
        if (before <= from) return true;
        char last = t.charAt(before - 1);
        if (!Character.isLetter(last)) return true;
        int w = before;
        while (w > from && Character.isLetter(t.charAt(w - 1))) w--;
        if (Character.isLowerCase(t.charAt(w))) return true;
        int p = w;
        while (p > from && t.charAt(p - 1) == ' ') p--;
        return p <= from || t.charAt(p - 1) == '.';
    }

    /** True when a place of publication and a colon stand just before {@code before}: "Boston: Little, Brown…". */
    private static boolean afterPlaceColon(String t, int from, int before, Set<String> places) {
        if (before <= from || t.charAt(before - 1) != ':') return false;
        int w = before - 1;
        while (w > from && Character.isLetter(t.charAt(w - 1))) w--;
        return places.contains(ScannerWords.fold(t.substring(w, before - 1)));
    }

    /** The labelled pinpoint after ", " at {@code e}, or null. */
    private static Locators.Reading readPinpoint(Locators locators, String t, int e, int to) {
        if (e >= to || t.charAt(e) != ',') return null;
        int p = skipComma(t, e, to);
        Locators.Reading r = locators.read(t.substring(p, Math.min(to, p + 40)));
        return r.locators().isEmpty() ? null : r;
    }

    private static int skipComma(String t, int e, int to) {
        int p = e;
        if (p < to && t.charAt(p) == ',') p++;
        while (p < to && t.charAt(p) == ' ') p++;
        return p;
    }

    private static boolean overlaps(List<int[]> taken, int s, int e) {
        for (int[] r : taken) if (s < r[1] && e > r[0]) return true;
        return false;
    }
}
