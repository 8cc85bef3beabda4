package org.opis.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short notes of the notes-bibliography style standing inside a note's prose or after its first
 * citations: {@code … can be seen in Dicken-Garcia, *Journalistic Standards*, 66-7 and Curran and
 * Seaton, *Power Without Responsibility*, 43, 52. For a discussion …, see Krippendorff, *Content
 * Analysis*, 111-21.}, {@code Conboy, Raymond, Williams and Tusan "Roundtable Discussion," 340},
 * and titles of works listed under their title cited alone ({@code "Morning Chronicle"; "Examiner"}).
 * <p>
 * A hit is a title set off by italics or quotation marks, preceded by names (capitalized words
 * joined by commas, {@code and} or {@code &}; one of them a name of the reference list) and
 * followed by a pinpoint or the end of a clause; or a quoted title alone that begins the title of
 * an entry listed under its title. Names must be known to the list, so prose that merely mentions a
 * title ({@code the *Caledonian Mercury*}) is not taken for a citation.
 */
final class ProseShortNotes {

    /** One citation found: view offsets, the cited names (or title, for a title alone), its title and pinpoint. */
    record Hit(int start, int end, String who, boolean byTitle, String title, List<Locator> locators) {
    }

    /** A name token: a capitalized word, perhaps hyphenated or with initials ({@code M. H.}, {@code Dicken-Garcia}). */
    private static final String NAME = "[\\p{Lu}][\\p{L}'’\\-]*\\.?";
    /** Names joined by commas, "and" or "&" ending just before the title (anchored at the end). */
    private static final Pattern NAMES = Pattern.compile("(?:" + NAME + "(?: " + NAME + "){0,3})(?:(?:, | and | & |, and )" + NAME + "(?: " + NAME + "){0,3}){0,4}$");

    private ProseShortNotes() {
    }

    /**
     * The short notes in [from, to) of a note's view, left to right.
     *
     * @param knownName  whether a name is an author of the list
     * @param knownTitle whether words begin the title of an entry listed under its title
     */
    static List<Hit> find(MarkupView v, int from, int to, Locators locators, Predicate<String> knownName, Predicate<String> knownTitle) {
        String t = v.text();
        List<Hit> out = new ArrayList<>();
        int k = from;
        while (k < to) {
            char c = t.charAt(k);
            boolean quote = isQuote(c) && k + 1 < to && Character.isLetter(t.charAt(k + 1));
            boolean italicStart = v.italic(k) && (k == from || !v.italic(k - 1)) && Character.isLetter(c);
            if (!quote && !italicStart) {
                k++;
                continue;
            }
            int te = quote ? closingQuote(t, k, Math.min(to, k + 200)) : italicEnd(v, k, to);
            if (te <= k + 1) {
                k++;
                continue;
            }
            String title = stripTitle(t.substring(k, te));
            Hit h = names(v, from, k, te, to, title, locators, knownName);
            if (h == null && quote) h = titleAlone(v, from, k, te, to, title, locators, knownTitle);
            if (h != null) {
                out.add(h);
                k = h.end();
            } else {
                k = te;
            }
        }
        return out;
    }

    /** Names before the title at [k, te): {@code Name, *Title*, 12} or {@code Name "Title," 12}. */
    private static Hit names(MarkupView v, int from, int k, int te, int to, String title, Locators locators, Predicate<String> knownName) {
        String t = v.text();
        int e = k;
        while (e > from && t.charAt(e - 1) == ' ') e--;
        if (e > from && t.charAt(e - 1) == ',') e--;
        if (e <= from || v.italic(e - 1)) return null;
        int back = Math.max(from, e - 90);
        String before = t.substring(back, e).replace('\n', ' ');
        Matcher m = NAMES.matcher(before);
        if (!m.find()) return null;
        String who = m.group();
        int start = back + m.start();
        // a lead word or a sentence's first word is no name: drop capitalized words the list does not know from the front
        String[] tokens = who.split(" ");
        int drop = 0;
        int offset = 0;
        while (drop < tokens.length - 1 && !knownName.test(tokens[drop].replaceAll("[,.]$", ""))) {
            offset += tokens[drop].length() + 1;
            drop++;
        }
        who = who.substring(offset).strip();
        start += offset;
        if (who.startsWith("and ") || who.startsWith("& ")) return null;
        String first = who.split(",| and | & ")[0].strip();
        if (!knownName.test(first)) return null;
        if (start > from) {
            char p = t.charAt(start - 1);
            if (p != ' ' && p != '\n' && p != '(' && p != ';') return null;
        }
        End end = after(t, te, to, locators);
        if (end == null) return null;
        return new Hit(start, end.end(), who.replaceAll("[,\\s]+$", ""), false, title, end.locators());
    }

    private static Hit titleAlone(MarkupView v, int from, int k, int te, int to, String title, Locators locators, Predicate<String> knownTitle) {
        String t = v.text();
        int p = k;
        while (p > from && t.charAt(p - 1) == ' ') p--;
        if (p > from && t.charAt(p - 1) != ';' && t.charAt(p - 1) != ':' && t.charAt(p - 1) != '\n') return null;
        if (title.isEmpty() || !knownTitle.test(title)) return null;
        End end = after(t, te, to, locators);
        if (end == null) return null;
        return new Hit(k, end.end(), title, true, title, end.locators());
    }

    private record End(int end, List<Locator> locators) {
    }

    /** Where a short note ends after its title: after its pinpoint, before {@code .}, {@code ;}, {@code and} or the end; null otherwise. */
    private static End after(String t, int te, int to, Locators locators) {
        int j = te;
        while (j < to && t.charAt(j) == ' ') j++;
        if (j < to && (t.charAt(j) == ',' || t.charAt(j) == ':')) j++;
        Locators.Reading r = locators.read(t.substring(j, to));
        int end = r.consumed() > 0 ? j + r.consumed() : te;
        int n = end;
        while (n < to && t.charAt(n) == ' ') n++;
        if (n >= to || ".;,)\n".indexOf(t.charAt(n)) >= 0 || t.startsWith("and ", n) || t.startsWith("& ", n)) return new End(end, r.locators());
        return null;
    }

    private static int italicEnd(MarkupView v, int k, int to) {
        int i = k;
        while (i < to && v.italic(i)) i++;
        return i;
    }

    private static int closingQuote(String t, int k, int to) {
        for (int i = k + 1; i < to; i++) {
            char c = t.charAt(i);
            if (c == '\n' && i + 1 < to && t.charAt(i + 1) == '\n') return -1;
            if ((c == '”' || c == '"' || c == '»') && (i + 1 >= to || !Character.isLetter(t.charAt(i + 1)))) return i + 1;
        }
        return -1;
    }

    private static boolean isQuote(char c) {
        return c == '“' || c == '"' || c == '«' || c == '„';
    }

    /** The title without its quotation marks and the comma or full stop before the closing one. */
    private static String stripTitle(String s) {
        String r = s.replace('\n', ' ').replaceAll("\\s+", " ").strip();
        while (!r.isEmpty() && "“\"«„‘'".indexOf(r.charAt(0)) >= 0) r = r.substring(1);
        while (!r.isEmpty() && "”\"»’',.:".indexOf(r.charAt(r.length() - 1)) >= 0) r = r.substring(0, r.length() - 1);
        return r.strip();
    }
}
