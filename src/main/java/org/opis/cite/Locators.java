package org.opis.cite;

import com.ibm.icu.lang.UCharacter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the pinpoint part of a bibliographic citation — {@code p. 136}, {@code pp. 134–36},
 * {@code t. 2, f. 153}, {@code v. 3, ff. 700–701}, {@code ll. 38, 39, 41} — into CSL locators.
 * The labels and their CSL names come from the lexicon's label table ({@code org/opis/lexicon/labels.tsv}, context {@code citation}). Reading stops at the
 * first thing that is not a locator, so the caller knows where the citation ends.
 */
public final class Locators {

    /**
     * What was read.
     *
     * @param locators the locators, in the order written
     * @param consumed how many characters of the input they took (trailing spaces not counted)
     */
    public record Reading(List<Locator> locators, int consumed) {
        public Reading {
            locators = List.copyOf(locators);
        }
    }

    private static final Locators STANDARD = load();

    /** abbreviation (case-folded, with its period) → CSL label; longest first when probing. */
    private final Map<String, String> labels;
    private final int longest;

    private Locators(Map<String, String> labels) {
        this.labels = Map.copyOf(labels);
        this.longest = labels.keySet().stream().mapToInt(String::length).max().orElse(1);
    }

    /** The shared reader with the bundled label table. */
    public static Locators standard() {
        return STANDARD;
    }

    private static Locators load() {
        Map<String, String> m = new LinkedHashMap<>();
        org.opis.lexicon.Labels.in(org.opis.lexicon.Labels.CITATION).forEach((label, means) -> m.put(UCharacter.foldCase(label, true), means));
        return new Locators(m);
    }

    /** The CSL label of an abbreviation such as {@code pp.} or {@code T.}, if it is one. */
    public java.util.Optional<String> label(String abbreviation) {
        return java.util.Optional.ofNullable(labels.get(UCharacter.foldCase(abbreviation, true)));
    }

    /**
     * Reads locators at the start of {@code text} (leading spaces and one leading comma or colon
     * are skipped). A bare number with no label is a page.
     */
    public Reading read(String text) {
        List<Locator> out = new ArrayList<>();
        int i = skipSpaces(text, 0);
        if (i < text.length() && (text.charAt(i) == ',' || text.charAt(i) == ':')) i = skipSpaces(text, i + 1);
        int consumed = 0;
        boolean first = true;
        while (i < text.length()) {
            int labelEnd = matchLabel(text, i);
            String label;
            int valueStart;
            if (labelEnd > i) {
                label = labels.get(UCharacter.foldCase(text.substring(i, labelEnd), true));
                valueStart = skipSpaces(text, labelEnd);
            } else if (first && i < text.length() && (isDigit(text.charAt(i)) || roman(text, i))) {
                label = "page"; // a bare number, or a front-matter page in roman numerals ("Foner, xix")
                valueStart = i;
            } else {
                break;
            }
            Value v = readValue(text, valueStart);
            if (v.end == valueStart) break;
            out.add(new Locator(label, v.text));
            consumed = v.end;
            first = false;
            int j = skipSpaces(text, v.end);
            if (j < text.length() && text.charAt(j) == ',') {
                int k = skipSpaces(text, j + 1);
                if (matchLabel(text, k) > k) {
                    i = k;
                    continue;
                }
            } else if (j > v.end && matchLabel(text, j) > j) { // "p. 441 n. 3": a note on the page
                i = j;
                continue;
            }
            break;
        }
        return RangePinpoint.narrow(new Reading(out, consumed), text); // "pp. 167–183, at 180"
    }

    private record Value(String text, int end) {
    }

    /** A list of numbers and ranges: {@code 14, 18–19}, {@code 104–5}, {@code 5ob.}, {@code iv}. */
    private Value readValue(String s, int start) {
        StringBuilder sb = new StringBuilder();
        int i = start;
        int end = start;
        while (true) {
            int a = readNumber(s, i);
            if (a == i) break;
            String from = s.substring(i, a);
            String item = from;
            int after = a;
            int d = skipSpaces(s, a);
            if (d < s.length() && NumberRanges.isDash(s.charAt(d))) {
                int e0 = skipSpaces(s, d + 1);
                int e1 = readNumber(s, e0);
                if (e1 > e0) {
                    String to = s.substring(e0, e1);
                    String full = NumberRanges.expandEnd(from, to).orElse(to);
                    item = from + "\u2013" + full;
                    after = e1;
                }
            }
            // "10f." / "57 ff.": and the following page(s), kept with the number
            int suffix = following(s, after);
            if (suffix > after) {
                item = item + s.substring(after, suffix).strip();
                after = suffix;
            }
            if (sb.length() > 0) sb.append(", ");
            sb.append(item);
            end = after;
            // another item: ", 18–19" or " and 20" — but not ", t. 2" (a new label)
            int j = skipSpaces(s, after);
            int k;
            if (j < s.length() && s.charAt(j) == ',') {
                k = skipSpaces(s, j + 1);
            } else if (s.startsWith("and ", j) || s.startsWith("& ", j)) {
                k = skipSpaces(s, j + (s.charAt(j) == '&' ? 1 : 3));
            } else {
                break;
            }
            if (k < s.length() && isDigit(s.charAt(k)) && readNumber(s, k) > k) {
                i = k;
            } else {
                break;
            }
        }
        return new Value(sb.toString(), end);
    }

    /** A lower-case roman numeral up to xxxix standing alone at {@code i}: a page of a book's front matter. */
    private static boolean roman(String s, int i) {
        int j = i;
        while (j < s.length() && "ivx".indexOf(s.charAt(j)) >= 0) j++;
        if (j == i || j < s.length() && Character.isLetter(s.charAt(j))) return false;
        return ROMAN.matcher(s.substring(i, j)).matches();
    }

    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("x{0,3}(?:ix|iv|v?i{0,3})");

    /** The end of {@code f.} or {@code ff.} ("and following") right after a number at {@code i}, or {@code i}. */
    private static int following(String s, int i) {
        int j = i < s.length() && s.charAt(i) == ' ' ? i + 1 : i;
        int end = s.startsWith("ff", j) ? j + 2 : s.startsWith("f", j) ? j + 1 : -1;
        if (end < 0 || end < s.length() && Character.isLetter(s.charAt(end))) return i;
        if (end < s.length() && s.charAt(end) == '.') end++;
        int k = skipSpaces(s, end);
        // "f. 153" after a number is a new label (the Albanian faqe), not "and following"
        return k < s.length() && isDigit(s.charAt(k)) ? i : end;
    }

    /** A number: digits with an optional letter suffix ({@code 17a}) or verso mark ({@code 5ob.}), or a lower-case roman numeral. */
    private static int readNumber(String s, int i) {
        int j = i;
        while (j < s.length() && isDigit(s.charAt(j))) j++;
        if (j > i) {
            if (s.startsWith("ob.", j)) return j + 3;
            if (s.startsWith(" ob.", j)) return j + 4;
            if (j < s.length() && Character.isLetter(s.charAt(j)) && (j + 1 == s.length() || !Character.isLetter(s.charAt(j + 1)))
                    && s.charAt(j) != 'f') {
                return j + 1;
            }
            return j;
        }
        while (j < s.length() && "ivxlcdm".indexOf(s.charAt(j)) >= 0) j++;
        if (j > i && (j == s.length() || !Character.isLetter(s.charAt(j)))) return j;
        return upperRoman(s, i);
    }

    /**
     * The end of a capital roman numeral up to XXXIX at {@code i} ({@code p. XII}, {@code vol. III}: front matter and
     * volumes set in capitals), or {@code i}. Read only as a label's value; C, D, L and M are left out, so an initial
     * after a label ({@code S. C. Smith}) is not read as a number.
     */
    private static int upperRoman(String s, int i) {
        int j = i;
        while (j < s.length() && "IVX".indexOf(s.charAt(j)) >= 0) j++;
        if (j == i || j < s.length() && Character.isLetter(s.charAt(j))) return i;
        return ROMAN.matcher(s.substring(i, j).toLowerCase(java.util.Locale.ROOT)).matches() ? j : i;
    }

    private int matchLabel(String s, int i) {
        if (i >= s.length() || !Character.isLetter(s.charAt(i))) return i;
        if (i > 0 && Character.isLetter(s.charAt(i - 1))) return i;
        int max = Math.min(s.length(), i + longest);
        for (int end = max; end > i; end--) {
            // a label ends with its period, or (labels listed without one, "pg") before a space or run into its number ("p23")
            boolean bare = s.charAt(end - 1) != '.';
            if (bare && (end >= s.length() || s.charAt(end) != ' ' && !isDigit(s.charAt(end)) || !Character.isLetter(s.charAt(end - 1)))) continue;
            if (labels.containsKey(UCharacter.foldCase(s.substring(i, end), true))) {
                int k = skipSpaces(s, end);
                if (k < s.length() && (isDigit(s.charAt(k)) || "ivxlcdm".indexOf(s.charAt(k)) >= 0 || upperRoman(s, k) > k)) return end;
            }
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static int skipSpaces(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\u00A0' || s.charAt(i) == '\n' || s.charAt(i) == '\t' || s.charAt(i) == '\r')) i++;
        return i;
    }
}
