package org.opis.csl.conformance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * What causes one difference between opis's line and citeproc-js's (an {@link Agreement} difference:
 * label, "opis:" line, "citeproc-js:" line), decided from the two texts alone, so that the corpus
 * report can explain every remaining difference by kind and say whose defect it is.
 *
 * <p>Each cause is a rewriting of both lines that sets that one kind of difference aside (the entry
 * number, quote characters, letter case, year suffixes, …). A difference has one cause when one
 * rewriting alone makes the lines equal (the first such, in declaration order); when only several
 * together do, it has {@link #SEVERAL} causes: the smallest set of them, applied in order, that makes
 * the lines equal ({@link #causes(String)}, listed in {@code diverse-causes.tsv}). {@link #OTHER}
 * when not even all of them do.
 */
enum DifferenceCause {
    MISSING("a line printed by one side only (an item with nothing to print in the style)", "citeproc-js / opis", null),
    STYLE_ERROR("citeproc-js prints [CSL STYLE ERROR: reference with no printed form.]", "citeproc-js", null),
    MARKUP("markup only, same text (HTML element or attribute)", "citeproc-java", s -> s),
    ENTRY_NUMBER("GOST entry number only: Latin titles without author tie under ru-RU collation", "data / citeproc-js",
            s -> s.replaceFirst("^\\d+\\.\\s*", "")),
    ROMAN_LOCATOR("a Roman-numeral locator printed without its label (chap. iv)", "citeproc-java",
            s -> s.replaceAll("\\b(?:chap|chaps|v|vv|line|lines|vol|vols|bk|bks|pt|pts|sec|secs|para|paras|fol|fols|no|nos|op|opp|col|cols|fig|figs|s\\.v|s\\.vv)\\.? (?=[ivxlcdm]+\\b)", "")),
    QUOTES("quotes inside a quoted title not flipped to the inner quotes (flip-flop), or other quote characters", "citeproc-java",
            s -> s.replaceAll("[\"'‘’“”„«»‹›‚]|,,", "\"")),
    PAGE_LABEL_PLURAL("GOST's page label plural (Сс.) though the style says plural=\"never\"", "citeproc-java",
            s -> s.replace("Сс.", "С.").replace("сс.", "с.")),
    ORDINAL_EDITION("citeproc-js adds an English ordinal to an edition already written as a Cyrillic ordinal (`2nd-е eds.`, `2-е-е изд.` for `2-е`)", "citeproc-js",
            s -> s.replaceAll("(\\d+)(?:st|nd|rd|th)?-е(?:-е)?(?: (?:eds?\\.?|изд\\.))?", "$1-е")),
    SEASON("a season of the date (`Winter`, `Spring`) left out: citeproc-java does not print date-parts seasons", "citeproc-java",
            s -> s.replaceAll("\\s*\\b(?:Winter|Spring|Summer|Autumn|Fall)\\b", "")),
    ADD_NAMES("disambiguate-add-names not done: citeproc-js adds et-al names (`Vidal-Gorène, Lucas, et al.`), opis a year suffix", "opis",
            s -> s.replaceAll("(\\p{Lu}[\\p{L}'’-]+)(?:, \\p{Lu}[\\p{L}'’-]+)+,?( et al\\.)", "$1$2")),
    EMPTY_DATE_DELIMITER("citeproc-js keeps the delimiter of an empty date (`[Kolchin, , с. 7, 9]`)", "citeproc-js",
            s -> s.replaceAll(",\\s*,", ",")),
    NAME_ORDER("the parts of a name in another order: citeproc-js prints Vietnamese names family name first (`Hồ C. M.` for `C. M. Hồ`, `Minh Hồ` for `Hồ Minh`), particles (`Dijk van`)", "citeproc-js",
            DifferenceCause::wordsSortedPerSegment),
    GIVEN_NAMES("given-name initials added by one side to tell apart authors of one family name (disambiguate-add-givenname; `Hồ C. M., 1969` for `Hồ, 1969`)", "opis",
            s -> tidy(s.replaceAll("(?<![\\p{L}])\\p{Lu}\\p{Ll}?\\.(?:\\s?-?\\p{Lu}\\p{Ll}?\\.)*\\s?", ""))),
    YEAR_SUFFIX("year suffix added or left out (disambiguation; `2021a`, `n.d.-b`, `no date c`)", "opis",
            s -> s.replaceAll("((?:\\d{4}|n\\.d\\.|no date|б\\. г\\.|s\\. d\\.))(?:-| )?[a-z]\\b", "$1")),
    UNDATED_CITE("citeproc-js prints `n.d.`/`no date` (with a suffix) for a cite of a record with no author, title or date, which opis leaves out", "citeproc-js / opis",
            s -> tidy(s.replaceAll("\\b(?:n\\.d\\.|no date)(?:-?[a-z]\\b| [a-z]\\b)?", ""))),
    CITE_ORDER("the same cites in another order inside one citation (collation of the cites)", "opis / citeproc-js",
            DifferenceCause::sortedCites),
    EMPTY_CITE("an empty cite kept in a citation (`; )`) of an item with no printed form", "opis",
            s -> s.replaceAll(";\\s*(?=[)\\]])", "")),
    PREPRINT("citeproc-js prints the genre term `Preprint` for a manuscript or article without container", "citeproc-js / data",
            s -> s.replaceAll(",? ?\\b[Pp]reprint\\b[.,]?", "")),
    GENRE_TERM("a genre, medium or role printed by one side only (opis: `Film`, `unpublished manuscript`; citeproc-js: APA's `(Director)`, Harvard's `vol` after a volume count, `[Report]`)", "opis / citeproc-java",
            s -> tidy(s.replaceAll("\\s*\\((?:Director|Directors)\\)|\\s*\\[Report\\]|\\b(?:Film|Television Series|unpublished manuscript|unsigned)\\b|(?<=\\d) vol\\b", ""))),
    ROLE_MERGE("one person as editor and translator: citeproc-js prints `edited and translated by`, opis the name twice", "opis",
            s -> s.replaceAll("(?i)\\b(?:edited|ed\\.)\\b.*?\\b(?:translated|trans\\.)", "ED-TR").replaceAll("(?i)\\bed\\.? (?:and|&) trans\\.?", "ED-TR")),
    SORT_COMMA("comma after a family name printed in sort order (Vietnamese names, `Phạm, V. S.`)", "citeproc-js",
            s -> s.replaceAll("(\\p{Lu}\\p{L}+),(?= \\p{Lu})", "$1")),
    TITLE_ADDED("a title printed by one side only (MLA: opis adds the title to tell apart works citeproc-js finds unambiguous, disambiguate=\"true\")", "opis",
            s -> tidy(s.replaceAll(",\\s*“[^”]*”", "").replaceAll(",\\s*„[^“”]*[“”]", ""))),
    TITLE_CASE("title case: citeproc-js keeps capitalised stop words, all-caps words and case after ?", "citeproc-js",
            s -> s.toLowerCase(Locale.ROOT)),
    PUNCTUATION("other punctuation or spacing (a newspaper title left unquoted in Chicago, `Jr..`, `.”.` at a note's end, citeproc-js's `in.`)", "opis / citeproc-java / citeproc-js",
            s -> s.replaceAll("(?<=”) in\\b", "").replaceAll("[\\p{P}\\p{Z}\\s]+", "").toLowerCase(Locale.ROOT)),
    EXTRA_OPIS("opis prints a stretch citeproc-js leaves out (MLA: a title where citeproc-js finds the author alone unambiguous; Chicago notes: a genre or medium, a report number)", "opis",
            s -> s),
    EXTRA_CITEPROC_JS("citeproc-js prints a stretch opis leaves out (Chicago's short note: publisher and year of a work cited before; `under “Marxism”`; a series number; `(Director)`)", "opis / citeproc-java",
            s -> s),
    SEVERAL("two or more of the causes above in one line (each line's causes in diverse-causes.tsv)", "see the causes", null),
    OTHER("words differ otherwise (a name read differently, a given-name-only author, a missing title or publisher)", "see the .diff", null);

    final String explanation;
    final String owner;
    private final UnaryOperator<String> rewrite;

    DifferenceCause(String explanation, String owner, UnaryOperator<String> rewrite) {
        this.explanation = explanation;
        this.owner = owner;
        this.rewrite = rewrite;
    }

    /** The cause of one difference: one cause, {@link #SEVERAL} or {@link #OTHER}. */
    static DifferenceCause of(String difference) {
        List<DifferenceCause> c = causes(difference);
        if (c.isEmpty()) return OTHER;
        return c.size() == 1 ? c.get(0) : SEVERAL;
    }

    /** The causes of one difference: one, the smallest set that explains it together, or none (unexplained). */
    static List<DifferenceCause> causes(String difference) {
        String[] lines = difference.split("\n");
        if (lines.length < 3) return List.of();
        String a = lines[1].replaceFirst("^\\s*opis:\\s*", "");
        String b = lines[2].replaceFirst("^\\s*citeproc-js:\\s*", "");
        if (a.equals("(no entry)") || b.equals("(no entry)") || a.isEmpty() || b.isEmpty()) return List.of(MISSING);
        String ta = DifferenceKind.text(a);
        String tb = DifferenceKind.text(b);
        if (tb.contains("[CSL STYLE ERROR") || ta.contains("[CSL STYLE ERROR")) return List.of(STYLE_ERROR);
        List<DifferenceCause> rewrites = new ArrayList<>();
        for (DifferenceCause c : values()) if (c.rewrite != null) rewrites.add(c);
        for (DifferenceCause c : rewrites) if (same(ta, tb, EnumSet.of(c))) return List.of(c);
        Set<DifferenceCause> set = EnumSet.copyOf(rewrites);
        if (!same(ta, tb, set)) return List.of();
        for (DifferenceCause c : rewrites) {
            set.remove(c);
            if (!same(ta, tb, set)) set.add(c);
        }
        return new ArrayList<>(set);
    }

    private static boolean same(String a, String b, Set<DifferenceCause> use) {
        String x = a;
        String y = b;
        for (DifferenceCause c : use) {
            x = c.rewrite.apply(x).replaceAll("\\s+", " ").strip();
            y = c.rewrite.apply(y).replaceAll("\\s+", " ").strip();
        }
        if (use.contains(EXTRA_OPIS)) x = withoutExtra(x, y);
        if (use.contains(EXTRA_CITEPROC_JS)) y = withoutExtra(y, x);
        return x.equals(y);
    }

    /**
     * {@code longer} with, in each cite (the stretches between {@code ;}), one contiguous stretch of words
     * left out where that makes the cite the other side's cite; the cites left as they are otherwise.
     */
    private static String withoutExtra(String longer, String other) {
        String[] l = longer.split("; ", -1);
        String[] o = other.split("; ", -1);
        if (l.length != o.length) return longer;
        for (int i = 0; i < l.length; i++) {
            if (l[i].length() <= o[i].length()) continue;
            int p = 0;
            while (p < o[i].length() && l[i].charAt(p) == o[i].charAt(p)) p++;
            int s = 0;
            while (s < o[i].length() - p && l[i].charAt(l[i].length() - 1 - s) == o[i].charAt(o[i].length() - 1 - s)) s++;
            if (p + s == o[i].length()) l[i] = o[i];
        }
        return String.join("; ", l);
    }

    /** Spaces collapsed, none before a comma, semicolon or closing bracket, none after an opening one, no doubled delimiter. */
    private static String tidy(String s) {
        return s.replaceAll("\\s+", " ").replaceAll(" (?=[,;.)\\]])", "").replaceAll("(?<=[(\\[]) ", "")
                .replaceAll("([,;])\\s*(?=[,;)\\]])", "").replaceAll("(?<=[(\\[])[,;]\\s*", "").strip();
    }

    /** The cites of a citation in sorted order (outer parentheses or brackets set aside). */
    private static String sortedCites(String s) {
        String inner = s.replaceAll("^[(\\[]|[)\\].]$", "");
        String[] parts = inner.split(";\\s*");
        Arrays.sort(parts);
        return String.join("; ", parts);
    }

    /** The words of each stretch between commas, semicolons and brackets, in sorted order. */
    private static String wordsSortedPerSegment(String s) {
        StringBuilder out = new StringBuilder();
        for (String seg : s.split("(?<=[,;()\\[\\]])|(?=[,;()\\[\\]])")) {
            String[] w = seg.strip().split("\\s+");
            Arrays.sort(w);
            out.append(String.join(" ", w)).append(' ');
        }
        return out.toString();
    }
}
