package org.opis.csl.conformance;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What causes one difference between opis's line and citeproc-js's (an {@link Agreement} difference:
 * label, "opis:" line, "citeproc-js:" line), decided from the two texts alone, so that the corpus
 * report can explain every remaining difference by kind and say whose defect it is. The tests are
 * tried in order; the first that explains the whole difference names it ({@link #OTHER} when none does).
 */
enum DifferenceCause {
    MISSING("a line printed by one side only (an item with nothing to print in the style)", "citeproc-js / opis"),
    STYLE_ERROR("citeproc-js prints [CSL STYLE ERROR: reference with no printed form.]", "citeproc-js"),
    MARKUP("markup only, same text (HTML element or attribute)", "citeproc-java"),
    ENTRY_NUMBER("GOST entry number only: Latin titles without author tie under ru-RU collation", "data / citeproc-js"),
    ROMAN_LOCATOR("a Roman-numeral locator printed without its label (chap. iv)", "citeproc-java"),
    QUOTES("quotes inside a quoted title not flipped to the inner quotes (flip-flop)", "citeproc-java"),
    TITLE_CASE("title case: citeproc-js keeps capitalised stop words, all-caps words and case after ?", "citeproc-js"),
    PAGE_LABEL_PLURAL("GOST's page label plural (Сс.) though the style says plural=\"never\"", "citeproc-java"),
    ADD_NAMES("disambiguate-add-names not done: citeproc-js adds et-al names (`Vidal-Gorène, Lucas, et al.`), opis a year suffix", "opis"),
    YEAR_SUFFIX("year suffix or given-name initials added or left out (disambiguation)", "opis"),
    CITE_ORDER("the same cites in another order inside one citation (collation of the cites)", "opis / citeproc-js"),
    EMPTY_CITE("an empty cite kept in a citation (`; )`) of an item with no printed form", "opis"),
    EMPTY_DATE_DELIMITER("citeproc-js keeps the delimiter of an empty date (`[Kolchin, , с. 7, 9]`)", "citeproc-js"),
    PREPRINT("citeproc-js prints the genre term `Preprint` for a manuscript or article without container", "citeproc-js / data"),
    SORT_COMMA("comma after a family name printed in sort order (Vietnamese names, `Phạm, V. S.`)", "citeproc-js"),
    PUNCTUATION("other punctuation or spacing (a newspaper title left unquoted in Chicago, `Jr..`, `.”.` at a note's end, citeproc-js's `in.`)", "opis / citeproc-java / citeproc-js"),
    OTHER("words differ (names, terms, variables chosen)", "see the .diff");

    final String explanation;
    final String owner;

    DifferenceCause(String explanation, String owner) {
        this.explanation = explanation;
        this.owner = owner;
    }

    private static final Pattern ROMAN = Pattern.compile("\\b[ivxlcdm]+\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUFFIX = Pattern.compile("((?:\\d{4}|n\\.d\\.|no date|б\\. г\\.|s\\. d\\.))-?[a-z]\\b");
    private static final Pattern INITIALS = Pattern.compile("(?<![\\p{L}])\\p{Lu}\\p{Ll}?\\.(?:\\s?-?\\p{Lu}\\.)*\\s?");
    private static final Pattern QUOTE = Pattern.compile("[\"'‘’“”„«»‹›‚]");
    /** Names before {@code et al.} that citeproc-js adds to tell two cites apart. */
    private static final Pattern ADDED_NAMES = Pattern.compile("(\\p{Lu}[\\p{L}'’-]+)(?:, \\p{Lu}[\\p{L}'’-]+)+,?( et al\\.)");
    private static final Pattern ENTRY = Pattern.compile("^\\d+\\.\\s*");

    static DifferenceCause of(String difference) {
        String[] lines = difference.split("\n");
        if (lines.length < 3) return OTHER;
        String a = lines[1].replaceFirst("^\\s*opis:\\s*", "");
        String b = lines[2].replaceFirst("^\\s*citeproc-js:\\s*", "");
        if (a.equals("(no entry)") || b.equals("(no entry)") || a.isEmpty() || b.isEmpty()) return MISSING;
        String ta = DifferenceKind.text(a);
        String tb = DifferenceKind.text(b);
        if (tb.contains("[CSL STYLE ERROR") || ta.contains("[CSL STYLE ERROR")) return STYLE_ERROR;
        if (ta.equals(tb)) return MARKUP;
        if (ENTRY.matcher(ta).lookingAt() && ENTRY.matcher(ta).replaceFirst("").equals(ENTRY.matcher(tb).replaceFirst(""))) {
            return ENTRY_NUMBER;
        }
        if (romanLabel(ta, tb)) return ROMAN_LOCATOR;
        if (QUOTE.matcher(ta).replaceAll("\"").equals(QUOTE.matcher(tb).replaceAll("\""))) return QUOTES;
        String la = ta.toLowerCase(Locale.ROOT);
        String lb = tb.toLowerCase(Locale.ROOT);
        if (la.equals(lb)) return TITLE_CASE;
        if (QUOTE.matcher(la).replaceAll("\"").equals(QUOTE.matcher(lb).replaceAll("\""))) return TITLE_CASE;
        if (ta.replace("Сс.", "С.").equals(tb) || ta.replace("сс.", "с.").equals(tb)) return PAGE_LABEL_PLURAL;
        if (disambiguation(ta).equals(disambiguation(ADDED_NAMES.matcher(tb).replaceAll("$1$2"))) && !ta.equals(tb)
                && !ADDED_NAMES.matcher(tb).replaceAll("$1$2").equals(tb)) return ADD_NAMES;
        if (disambiguation(ta).equals(disambiguation(tb))) return YEAR_SUFFIX;
        if (cites(ta).equals(cites(tb)) && !ta.equals(tb)) return CITE_ORDER;
        if (tb.replaceAll(",\\s*,", ",").equals(ta)) return EMPTY_DATE_DELIMITER;
        if (emptyCite(ta).equals(emptyCite(tb))) return EMPTY_CITE;
        if (tb.replaceAll(",? ?Preprint[.,]?", "").replaceAll("\\s+", " ").equals(ta.replaceAll("\\s+", " "))
                || tb.replace(" Preprint.", "").equals(ta) || tb.replace("Preprint, ", "").equals(ta)) return PREPRINT;
        if (sortComma(ta).equals(sortComma(tb))) return SORT_COMMA;
        if (DifferenceKind.bare(ta).equalsIgnoreCase(DifferenceKind.bare(tb))) return PUNCTUATION;
        return OTHER;
    }

    /** citeproc-js has a label word right before a Roman numeral where opis has the numeral alone. */
    private static boolean romanLabel(String ours, String theirs) {
        String t = theirs.replaceAll("\\b(?:chap|chaps|v|vv|line|lines|vol|vols|bk|bks|pt|pts|sec|secs|para|paras|fol|fols|no|nos|op|opp|col|cols|fig|figs|s\\.v|s\\.vv)\\.? (?=[ivxlcdm]+\\b)", "");
        return !t.equals(theirs) && t.equals(ours) && ROMAN.matcher(ours).find();
    }

    private static String disambiguation(String s) {
        return INITIALS.matcher(SUFFIX.matcher(s).replaceAll("$1")).replaceAll("").replaceAll("\\s+", " ").strip();
    }

    /** The cites of a citation as a sorted list (outer parentheses or brackets set aside). */
    private static List<String> cites(String s) {
        String inner = s.replaceAll("^[(\\[]|[)\\].]$", "");
        String[] parts = inner.split(";\\s*");
        Arrays.sort(parts);
        return List.of(parts);
    }

    private static String emptyCite(String s) {
        return s.replaceAll(";\\s*(?=[)\\]])", "").replaceAll(",\\s*,", ",").replaceAll("\\s+", " ").strip();
    }

    /** Without a comma after the first word of a name (a family name printed in sort order). */
    private static String sortComma(String s) {
        return s.replaceAll("(\\p{Lu}\\p{L}+),(?= \\p{Lu})", "$1");
    }
}
