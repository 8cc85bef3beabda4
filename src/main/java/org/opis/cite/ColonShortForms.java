package org.opis.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short forms of the German humanities in square brackets or parentheses of the running text, the names before a colon:
 * {@code [vgl. → Oestereich u. Scheithauer: UML-Kurzreferenz, 2014, S. 142f]}, {@code (vgl. dazu Kersken: Daten- und
 * Prozessanalyse, 2021, S. 429f)}, {@code [Nüttgens u. Rump: Syntax …, in J. Desel und M. Weske [Hrsg.]: Promise, 2002,
 * S.64 - 77]} — one to five capitalized family names joined by commas, {@code u.}, {@code und} or {@code &}, a colon, a
 * short title, the year, then a labelled pinpoint or the bracket's end. Also the repeats written in such brackets,
 * {@code [dies., ebda.]} and {@code (vgl. ders., a.a.O., S. 433 - 439)}: "the same author, the work cited", which point
 * back to the citation before them. Lead words ({@code vgl.}, {@code siehe} …: the scanner's {@code lead} rows), a short
 * lower-case abbreviation standing for one ({@code vl.}) and an arrow before the names are skipped. A bracket holding a
 * link, a sheet pointer ({@code [→ ZP:Sheet:5]}) or prose without a year after a title is none.
 */
final class ColonShortForms {

    /** One citation found: view offsets, whether it repeats the one before it, the names, the title, the year and the pinpoint. */
    record Hit(int start, int end, boolean repeat, String who, String title, CitedYear year, List<Locator> locators) {
    }

    /** Family names (a hyphen or an apostrophe inside), joined by commas or "and" words, then a colon and a space. */
    private static final Pattern NAMES = Pattern.compile(
            "(\\p{Lu}[\\p{L}'’\\-]+(?:(?:,\\s*|\\s+(?:u\\.|und|and|&)\\s+)\\p{Lu}[\\p{L}'’\\-]+){0,4}):\\s+");
    /** The year closing the title: after a comma, then a comma, a closing bracket or the end. */
    private static final Pattern YEAR = Pattern.compile(",\\s*(1[5-9]\\d\\d|20[0-4]\\d)[a-z]?(?=\\s*(?:,|\\]|\\)|$))");
    /** A short lower-case abbreviation standing for a lead word ("vl." for "vgl."). */
    private static final Pattern ABBREVIATION = Pattern.compile("\\p{Ll}{1,4}\\.\\s+");
    /** Longest bracket read, and longest title. */
    private static final int MAX_BRACKET = 400;
    private static final int MAX_TITLE = 200;

    private ColonShortForms() {
    }

    /** The short forms and repeats in the brackets and parentheses of {@code t}, none overlapping {@code taken}, left to right. */
    static List<Hit> find(String t, ScannerWords words, Locators locators, List<int[]> taken) {
        List<Hit> out = new ArrayList<>();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c != '[' && c != '(') continue;
            if (c == '[' && i + 1 < t.length() && (t.charAt(i + 1) == '^' || t.charAt(i + 1) == '@')) continue; // a footnote call, a pandoc key
            int before = i;
            while (before > 0 && t.charAt(before - 1) == ' ') before--;
            if (before > 0 && t.charAt(before - 1) == ',') continue; // "…, ed. Landauer et al, (Mahwah, NJ: …, 2007)": a full note's imprint
            int end = close(t, i);
            if (end <= i + 1 || overlaps(taken, i, end)) continue;
            Hit h = read(t, i + 1, end, words, locators);
            if (h != null) {
                out.add(h);
                i = h.end() - 1;
            }
        }
        return out;
    }

    /** The matching close of the bracket or parenthesis at {@code open} on its line, or the line's end when it has none. */
    private static int close(String t, int open) {
        char o = t.charAt(open);
        char want = o == '[' ? ']' : ')';
        int depth = 0;
        int limit = Math.min(t.length(), open + MAX_BRACKET);
        for (int k = open; k < limit; k++) {
            char c = t.charAt(k);
            if (c == '\n') return k;
            if (c == o) depth++;
            else if (c == want && --depth == 0) return k;
        }
        return limit;
    }

    /** The citation opening [a, b), the inside of one bracket, or null. */
    private static Hit read(String t, int a, int b, ScannerWords words, Locators locators) {
        int p = skipLead(t, a, b, words);
        Hit repeat = repeat(t, p, b, words, locators);
        if (repeat != null) return repeat;
        Matcher n = NAMES.matcher(t).region(p, b);
        if (!n.lookingAt()) return null;
        String first = n.group(1).split("[,\\s]")[0];
        if (words.notName.contains(ScannerWords.fold(first)) || words.places.contains(ScannerWords.fold(first))) return null;
        for (String w : n.group(1).split("[,\\s]+")) {
            if (!w.equals("u.") && w.chars().noneMatch(Character::isLowerCase)) return null; // "Mahwah, NJ: Erlbaum, 2007": a place and its state, an imprint
        }
        Matcher y = YEAR.matcher(t).region(n.end(), Math.min(b, n.end() + MAX_TITLE));
        if (!y.find() || y.start() == n.end()) return null;
        String title = t.substring(n.end(), y.start()).strip();
        int in = title.indexOf(", in ");
        if (in > 0) title = title.substring(0, in); // a contribution: its own title, not the volume's
        int t0 = title.isEmpty() ? 'x' : title.codePointAt(0);
        if (title.contains("http") || !(Character.isUpperCase(t0) || Character.isDigit(t0) || t0 == '„' || t0 == '"' || t0 == '“')) return null;
        int e = y.end();
        List<Locator> ls = List.of();
        int q = skipSpace(t, e, b);
        if (q < b && t.charAt(q) == ',') {
            int r = skipSpace(t, q + 1, b);
            Locators.Reading loc = locators.read(t.substring(r, b));
            if (!loc.locators().isEmpty()) {
                ls = loc.locators();
                e = r + loc.consumed();
            }
        }
        while (e > a && Character.isWhitespace(t.charAt(e - 1))) e--;
        String who = n.group(1).replaceAll("\\s+u\\.\\s+", " und ");
        return new Hit(a, e, false, who, title, CitedYear.of(Integer.parseInt(y.group(1))), ls);
    }

    /** "dies., ebda." or "ders., a.a.O., S. 433" at {@code p}, filling the bracket up to a pinpoint: a repeat, else null. */
    private static Hit repeat(String t, int p, int b, ScannerWords words, Locators locators) {
        int q = p;
        int same = ScannerWords.matchAt(words.sameAuthor, t, q, b);
        if (same > 0) {
            q = skipSpace(t, q + same, b);
            if (q < b && t.charAt(q) == ',') q = skipSpace(t, q + 1, b);
        }
        int form = ScannerWords.matchAt(words.ibid, t, q, b);
        if (form == 0 && same > 0) form = ScannerWords.matchAt(words.opCit, t, q, b);
        if (form == 0) return null;
        int r = q + form;
        if (r < b && t.charAt(r) == '.') r++;
        r = skipSpace(t, r, b);
        if (r < b && t.charAt(r) == ',') r = skipSpace(t, r + 1, b);
        Locators.Reading loc = locators.read(t.substring(r, b));
        int e = r + loc.consumed();
        if (skipSpace(t, e, b) < b && !(t.charAt(skipSpace(t, e, b)) == '.' && skipSpace(t, e + 1, b) >= b)) return null; // more words: prose
        while (e > p && Character.isWhitespace(t.charAt(e - 1))) e--;
        return new Hit(p, Math.max(e, r), true, "", "", CitedYear.none(), loc.locators());
    }

    /** Past lead words, a lower-case abbreviation standing for one, and an arrow, from {@code a}. */
    private static int skipLead(String t, int a, int b, ScannerWords words) {
        int p = skipSpace(t, a, b);
        for (int round = 0; round < 3; round++) {
            int n = ScannerWords.matchAt(words.lead, t, p, b);
            if (n > 0) {
                p = skipSpace(t, p + n, b);
                continue;
            }
            if (p < b && (t.charAt(p) == '→' || t.startsWith("->", p))) {
                p = skipSpace(t, p + (t.charAt(p) == '→' ? 1 : 2), b);
                continue;
            }
            Matcher m = ABBREVIATION.matcher(t).region(p, b);
            if (round == 0 && m.lookingAt() && ScannerWords.matchAt(words.sameAuthor, t, p, b) == 0
                    && ScannerWords.matchAt(words.ibid, t, p, b) == 0 && ScannerWords.matchAt(words.opCit, t, p, b) == 0) {
                p = m.end();
                continue;
            }
            break;
        }
        return p;
    }

    private static int skipSpace(String t, int i, int b) {
        while (i < b && Character.isWhitespace(t.charAt(i))) i++;
        return i;
    }

    private static boolean overlaps(List<int[]> taken, int s, int e) {
        for (int[] r : taken) if (s < r[1] && e > r[0]) return true;
        return false;
    }
}
