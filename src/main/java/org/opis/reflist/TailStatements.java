package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLName;
import org.opis.lexicon.Roles;
import org.opis.lexicon.Words;
import org.opis.names.NameParser;
import org.opis.text.Markup;
import org.opis.text.Regexes;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.opis.reflist.EntryDates.YEAR_P;
import static org.opis.reflist.WorkingText.alternation;
import static org.opis.reflist.WorkingText.blank;
import static org.opis.reflist.WorkingText.containsAny;
import static org.opis.reflist.WorkingText.skipPunct;
import static org.opis.reflist.WorkingText.skipSpace;

/**
 * Statements written after the title that name no place in the record's structure but a field of their own: a status
 * ({@code forthcoming}, {@code in press}), an edition ({@code 2nd ed.}, {@code 3. Aufl.}, {@code 2-е изд.}; ordinal
 * words of {@code ordinals.tsv}), editors and translators after a role word of {@code roles.tsv}
 * ({@code edited by}, {@code trans.}, {@code Ed. and trans. by}), and a thesis with its university.
 */
final class TailStatements {
    private TailStatements() {
    }

    /** The words an edition statement ends in after its number or ordinal ({@code edition-labels.txt}). */
    private static final List<String> EDITION_LABELS = Data.lines("edition-labels.txt");

    private static final String EDITION_LABEL = "(?:" + Words.alternation(EDITION_LABELS, true) + ")(?![\\p{L}])";

    static final Pattern EDITION = Pattern.compile(
            "(?<![\\p{L}\\d])(?:(\\d{1,2})(?:st|nd|rd|th|d|ème|eme|ère|re|nde|-?e|-?е|ª|º)?\\s" + EDITION_LABEL + "|(\\d{1,2})(?:a|ª|º)?\\.(?:ª|º)?\\s{0,2}" + EDITION_LABEL
                    + "|((?iu:rev\\.|revised|expanded|new|updated|" + alternation(Data.map("ordinals.tsv").keySet()) + ")|2-е|3-е)\\s" + EDITION_LABEL
                    + "(?!\\s[12]\\d{3})|Изд\\.\\s(\\d{1,2})-е|[Ấấ]n\\sbản\\s(?:lần|thứ)\\s(\\d{1,2}))");

    /** Text every {@link #EDITION} match holds: a label's cue, or the Vietnamese "ấn bản". */
    static final WordCues EDITION_CUES = WordCues.of(java.util.stream.Stream.concat(EDITION_LABELS.stream(), java.util.stream.Stream.of("ấn bản")).toList(), true);

    static final Pattern EDITED_BY = Pattern.compile(
            "(?<![\\p{L}])(?:" + Words.alternation(Roles.in(Roles.BEFORE, "editor", "compiler"), true) + ")\\s");

    static final Pattern TRANSLATED_BY = Pattern.compile(
            "(?<![\\p{L}])(?:" + Words.alternation(Roles.in(Roles.BEFORE, "translator"), true) + ")(?:\\s(?:from|с)\\s\\p{L}{2,12}\\.?)?(?:\\sby)?\\s");

    static final WordCues EDITED_BY_CUES = WordCues.of(Roles.in(Roles.BEFORE, "editor", "compiler"), true);

    static final WordCues TRANSLATED_BY_CUES = WordCues.of(Roles.in(Roles.BEFORE, "translator"), true);

    static final Pattern TRANSLATED_AND_EDITED = Pattern.compile(
            "(?<![\\p{L}])(?:(?:[Tt]ranslated|[Tt]rans\\.)\\s(?:and|&)\\s(?:[Ee]dited|[Ee]d\\.)|(?:[Ee]dited|[Ee]d\\.)\\s(?:and|&)\\s(?:[Tt]ranslated|[Tt]rans\\.))(?:\\sby)?\\s");

    private static final List<String> STATUS_WORDS = Data.lines("status-words.txt");

    /** A status of {@code status-words.txt} ({@code forthcoming}, {@code in press}, {@code im Druck}), a whole word. */
    static final Pattern FORTHCOMING = Pattern.compile("(?<![\\p{L}])(?:" + Words.alternation(STATUS_WORDS, true) + ")(?![\\p{L}])");

    static final WordCues FORTHCOMING_CUES = WordCues.of(STATUS_WORDS, true);

    private static final Map<String, String> THESIS_WORDS = Data.map("thesis-words.tsv");

    /** A thesis: an optional degree then the word naming the work, of {@code thesis-words.tsv}. */
    static final Pattern THESIS = Pattern.compile("(?<![\\p{L}])((?:" + Words.alternation(thesisWords("degree"), false)
            + ")?\\s?(?:" + Words.alternation(thesisWords("work"), true) + "))");

    /** The work words in lower case without a final full stop: an entry holding none of them is no thesis. */
    private static final String[] THESIS_HINTS = thesisWords("work").stream()
            .map(w -> w.toLowerCase(Locale.ROOT).replaceAll("\\.$", "")).distinct().toArray(String[]::new);

    private static List<String> thesisWords(String part) {
        return THESIS_WORDS.entrySet().stream().filter(e -> e.getValue().equals(part)).map(Map.Entry::getKey).toList();
    }

    /** The edition an {@link #EDITION} match names: its number or word, whichever alternative matched. */
    static String editionOf(MatchResult m) {
        if (m.group(3) != null) return EditionWords.value(m.group(3), m.group());
        for (int g = 1; g <= m.groupCount(); g++) if (m.group(g) != null) return m.group(g);
        return null;
    }

    /** Names after the role {@code marker} matched in the working text, up to a full stop not closing an initial or a comma before a place or number, added to {@code into}. */
    private static void takeNames(StringBuilder b, Pattern marker, List<CSLName> into, Draft d) {
        Matcher m = marker.matcher(b);
        if (!m.find()) return;
        int s = m.end();
        // a name never starts with a digit: Vietnamese "tr. 7–25" is pages (trang), not "translated by"
        if (s < b.length() && Character.isDigit(b.charAt(s))) return;
        int e = s;
        // names run to the next full stop that does not end an initial, or to a comma before a place or number
        while (e < b.length()) {
            char c = b.charAt(e);
            if (c == '(' || c == ';') break;
            if (c == '.' && (e + 1 == b.length() || b.charAt(e + 1) == ' ')) {
                int ws = e - 1;
                while (ws >= s && Character.isLetter(b.charAt(ws))) ws--;
                String word = b.substring(ws + 1, e);
                if (!(word.length() <= 2 && !word.isEmpty() && Character.isUpperCase(word.charAt(0)))) break;
            }
            if (c == ',') {
                int k = skipSpace(b, e + 1);
                if (k < b.length() && (Character.isDigit(b.charAt(k)) || b.charAt(k) == '*' || Character.isLowerCase(b.charAt(k))
                        && !b.substring(k, Math.min(b.length(), k + 4)).startsWith("and"))) break;
                if (!b.substring(k, Math.min(b.length(), k + 4)).startsWith("and")) {
                    // "Ed. John Smith, Moscow: …": a comma not followed by "and" ends the list if a colon follows soon
                    int colon = b.indexOf(":", k);
                    int stop = b.indexOf(".", k);
                    if (colon > 0 && (stop < 0 || colon < stop)) break;
                }
            }
            e++;
        }
        String names = Markup.clean(b.substring(s, e));
        if (names.isEmpty()) return;
        into.addAll(NameParser.parseNames(names));
        blank(b, m.start(), e);
    }

    /** Takes the statements written after the title: forthcoming, edition, editors and translators, thesis. */
    static void take(StringBuilder b, Draft d) {
        Matcher fc = FORTHCOMING.matcher(b);
        if (FORTHCOMING_CUES.mayMatch(b) && fc.find()) {
            d.status = Markup.clean(fc.group());
            blank(b, fc.start(), fc.end());
        }
        // edition
        Matcher em = EDITION.matcher(b);
        if (EDITION_CUES.mayMatch(b) && em.find()) {
            String ed = editionOf(em);
            d.edition = ed;
            blank(b, em.start(), em.end());
        }
        // editors and translators in the tail
        int nTrans = d.translators.size();
        if (TailCues.mayBeTranslatedAndEdited(b)) takeNames(b, TRANSLATED_AND_EDITED, d.translators, d);
        d.editors.addAll(d.translators.subList(nTrans, d.translators.size()));
        if (EDITED_BY_CUES.mayMatch(b)) takeNames(b, EDITED_BY, d.editors, d);
        if (TRANSLATED_BY_CUES.mayMatch(b)) takeNames(b, TRANSLATED_BY, d.translators, d);
        // thesis
        Matcher th = THESIS.matcher(b);
        if (containsAny(b.toString().toLowerCase(Locale.ROOT), THESIS_HINTS) && th.find()) {
            d.type = "thesis";
            d.genre = Markup.clean(th.group(1));
            blank(b, th.start(), th.end());
            int s2 = skipPunct(b, th.end());
            int comma = b.indexOf(",", s2);
            Matcher y = YEAR_P.matcher(b);
            int yEnd = -1;
            if (y.find(s2)) yEnd = y.start();
            int e = comma > s2 ? comma : yEnd;
            if (e > s2) {
                String uni = Markup.clean(b.substring(s2, e));
                if (!uni.isEmpty() && !Regexes.matches(uni, "\\d.*")) {
                    d.publisher = uni;
                    blank(b, s2, e);
                }
            }
        }
    }
}
