package org.opis.archival;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The hand-written, linear-time scanner for one archival citation: splits it into the archive part
 * and elements (label + value + separator), recording every fact the rules judge (separators, spaces,
 * typos, dashes, fractions, stray characters). It never throws on bad input.
 */
final class Scan {

    /** One range or single leaf as written. */
    static final class Item {
        String from = "", to = "";
        int fromAt = -1, fromEnd = -1, toAt = -1, toEnd = -1, dashAt = -1;
        int dash = 0;
        boolean fromVerso, toVerso;
        boolean ranged() {
            return toAt >= 0;
        }
    }

    /** One element: label (or none), value, separator before it. */
    /** The levels a semicolon after a fond may lead to within one citation. */
    private static final java.util.Set<String> UNDER_FOND = java.util.Set.of("opis", "delo", "unit");
    /** The levels under an opis that a semicolon may separate from it ("Ф. 1Б; оп. 6; а.е. 307"). */
    private static final java.util.Set<String> UNDER_OPIS = java.util.Set.of("delo", "unit");

    static final class Element {
        int start = -1, end = -1;
        String labelText = "";
        int labelStart = -1, labelEnd = -1;
        LabelTable.Label label;        // null when bare
        boolean labelPeriod;
        boolean labelAfter;            // "1898 g."
        int valueStart = -1, valueEnd = -1;
        String valueRaw = "";
        boolean spaceBeforeValue;
        String level = "?";
        int sepBefore = 0;             // ',', '.', ';', ':', '-' or 0 (none)
        int sepBeforeAt = -1;
        boolean spaceAfterSep = true;
        boolean sepVirtual;            // the separator is the period of an abbreviation ("1894 г. Д.")
        final List<Item> items = new ArrayList<>();   // leaves / pages
        final List<String> extraValues = new ArrayList<>(); // "Д. 175, 194"
        String note = "";
        boolean empty;
        boolean unknownLabel;
        boolean guessed;               // a bare number whose level was guessed (missing label)
        boolean fromReference;         // read by a scheme's catalogue reference: its level is final
        boolean verbatim;              // an identifier kept as written (no en dash for a hyphen)
        String shorthandFix;           // "558/11/97" written for "f. 558, op. 11, d. 97"
        int shorthandEnd = -1;
        boolean leafLike() {
            return level.equals("list") || level.equals("page");
        }
    }

    final String text;
    /** Leaves written as ordinals with their periods, and the verso marks after them (Latvian "76. o.p."). */
    private boolean ordinalLeaves;
    private List<String> versoMarks = List.of();
    final int begin;                  // the scanned range (outer parentheses left out)
    int finish;                       // (a closing parenthesis after "AVP RF (f. …" is left out too)
    int archiveStart = -1, archiveEnd = -1;
    String archiveText = "";
    int archiveSep = 0, archiveSepAt = -1;
    int leadingStart = -1, leadingEnd = -1;   // "See " before the archive
    int detailStart = -1, detailEnd = -1;     // ", Comintern collection" after the archive's name
    boolean archiveSepSpace = true;
    final List<Element> elements = new ArrayList<>();
    final List<Element> stutters = new ArrayList<>();   // an empty label directly followed by another label
    final List<int[]> strays = new ArrayList<>();       // {offset, length, kind}: kind 0 stray, 1 trailing text, 2 hyphen-for-period
    final List<int[]> fractions = new ArrayList<>();    // {offset}
    int terminalAt = -1;
    boolean ibid;

    private final List<LabelTable> tables;
    /** Whether a label table has fond marks written after a fond's name (computed once; null before). */
    private Boolean fondMarks;
    /** Whether a slash has separated the levels of this citation (the compact form "F14/ L14/ D7/ Viti 1962"). */
    private boolean slashSeparates;

    /** The scanned range of a text: surrounding spaces and one pair of enclosing parentheses left out. */
    static int[] bounds(String text) {
        Scan s = new Scan(text, List.of());
        return new int[]{s.begin, s.finish};
    }

    private Scan(String text, List<LabelTable> tables) {
        this.text = text;
        this.tables = tables;
        int b = 0, f = text.length();
        while (b < f && isSpace(text.charAt(b))) b++;
        while (f > b && isSpace(text.charAt(f - 1))) f--;
        // a citation enclosed whole in parentheses, or in square brackets as editions print a document's source line
        // ("[NAA: A1838, 3107/38/18, vii]")
        if (f - b >= 2 && ((text.charAt(b) == '(' && text.charAt(f - 1) == ')' && balanced(text, b + 1, f - 1, '(', ')'))
                || (text.charAt(b) == '[' && text.charAt(f - 1) == ']' && balanced(text, b + 1, f - 1, '[', ']')))) {
            b++;
            f--;
        }
        this.begin = b;
        this.finish = f;
    }

    private static boolean balanced(String s, int from, int to, char open, char close) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == open) depth++;
            else if (c == close && --depth < 0) return false;
        }
        return depth == 0;
    }

    /** Scans with the given label tables (the first that knows a label wins). */
    static Scan of(String text, List<LabelTable> tables) {
        Scan s = new Scan(text, tables);
        s.run();
        return s;
    }

    // ---------------------------------------------------------------- character classes

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007' || c == '\n' || c == '\r';
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ' || c == 'ʹ';
    }

    private boolean letterAt(int i) {
        return i < finish && Character.isLetter(text.charAt(i));
    }

    private boolean digitAt(int i) {
        return i < finish && Character.isDigit(text.charAt(i));
    }

    private boolean fractionAt(int i) {
        return i < finish && Values.fraction(text.charAt(i)) != null;
    }

    private int skipSpaces(int i) {
        while (i < finish && isSpace(text.charAt(i))) i++;
        return i;
    }

    private int wordEnd(int i) {
        int j = i;
        while (j < finish) {
            char c = text.charAt(j);
            if (Character.isLetter(c) || (j > i && isApostrophe(c))) j++;
            else break;
        }
        return j;
    }

    private boolean boundary(int i) {
        if (i <= begin) return true;
        char p = text.charAt(i - 1);
        return !Character.isLetterOrDigit(p);
    }

    // ---------------------------------------------------------------- labels

    /** A label found at a position. */
    record LabelHit(int start, int end, String written, LabelTable.Label label, boolean period) {
    }

    Optional<LabelHit> labelAt(int i) {
        if (!letterAt(i) || !boundary(i)) return Optional.empty();
        int w1 = wordEnd(i);
        if (w1 - i > 12) return Optional.empty();
        // two-word labels: "ed. khr.", "Ед. хр."
        if (w1 < finish && text.charAt(w1) == '.') {
            int k = skipSpaces(w1 + 1);
            if (letterAt(k)) {
                int w2 = wordEnd(k);
                if (w2 - k <= 6) {
                    boolean p2 = w2 < finish && text.charAt(w2) == '.';
                    String two = text.substring(i, p2 ? w2 + 1 : w2);
                    Optional<LabelHit> h = find(two, i, p2 ? w2 + 1 : w2, true);
                    if (h.isPresent() && h.get().label().level().equals("unit")) return h;
                }
            }
        }
        if (w1 < finish && text.charAt(w1) == '.') {
            Optional<LabelHit> h = find(text.substring(i, w1 + 1), i, w1 + 1, true);
            if (h.isPresent()) return h;
        }
        return find(text.substring(i, w1), i, w1, false);
    }

    private Optional<LabelHit> find(String written, int start, int end, boolean period) {
        for (LabelTable t : tables) {
            Optional<LabelTable.Label> l = t.find(written);
            if (l.isPresent()) return Optional.of(new LabelHit(start, end, written, l.get(), period));
        }
        return Optional.empty();
    }

    /** True when a value (number, R-/П- prefixed number, fraction, Roman numeral) starts at i. */
    boolean valueStartsAt(int i) {
        if (i >= finish) return false;
        if (digitAt(i) || fractionAt(i)) return true;
        if (romanEnd(i) > i) return labelAt(i).isEmpty(); // "L." in "D. L. L. 47" is a label, not 50
        if (letterAt(i) && Character.isUpperCase(text.charAt(i))) {
            int j = i + 1;
            if (j < finish && text.charAt(j) == '-') j++;
            return digitAt(j);
        }
        // a fond's prefix letter written in lower case before its hyphen ("ф. р-4808", "ф.р-4808": the Р- of
        // post-1917 fonds): only the prefix letters, only with the hyphen, so that a word in a name is no value
        if (LOWER_PREFIXES.indexOf(text.charAt(i)) >= 0 && boundary(i) && i + 1 < finish && text.charAt(i + 1) == '-') {
            return digitAt(i + 2);
        }
        return false;
    }

    /** Prefix letters of fond numbers that are also written in lower case: Cyrillic р, п and their Latin transliterations. */
    private static final String LOWER_PREFIXES = "рпrp";

    /**
     * A number sign before a value ("Д. № 12", "Д. N 6530"): the position of the number after it, or i
     * when there is none.
     */
    int numberSignAt(int i) {
        if (i >= finish) return i;
        char c = text.charAt(i);
        // "No." / "Nr." written for the number sign after a label ("Ed. hr. No. 232", "d. Nr. 5")
        int sign = 1;
        if (i + 3 <= finish && boundary(i) && (c == 'N' || c == 'n') && "oOrR".indexOf(text.charAt(i + 1)) >= 0 && text.charAt(i + 2) == '.') sign = 3;
        else if (c != '№' && !(c == 'N' && !letterAt(i + 1) && boundary(i))) return i;
        int k = skipSpaces(i + sign);
        return k < finish && Character.isDigit(text.charAt(k)) ? k : i;
    }

    /** Skips "(f.)" after a written-out label ("fond (f.) 1286"); returns the position after it, or i. */
    private int skipLabelGloss(int i) {
        int k = skipSpaces(i);
        if (k < finish && text.charAt(k) == '(') {
            int close = indexWithin(')', k, 15);
            if (close > 0) {
                String inner = text.substring(k + 1, close).strip();
                for (LabelTable t : tables) if (t.find(inner).isPresent()) return close + 1;
            }
        }
        return i;
    }

    /**
     * After a colon that joins a label written out in full to its value ("Фонд: Р-4033. Опись: 7.", the form of an
     * archive database's fields); {@code k} when there is none. An abbreviation's period already ends it.
     */
    private int afterLabelColon(LabelHit h, int k) {
        return !h.period() && k == h.end() && k < finish && text.charAt(k) == ':' ? k + 1 : k;
    }

    /** Does an element (label + value, or label + nothing before a comma) start at i? */
    private boolean elementStartsAt(int i) {
        return elementStartsAt(i, 0);
    }

    /**
     * Where a leaf label opens more leaves after a note on the leaves before it, sentences ending in a full stop
     * ("Copy (2nd). Typewritten text. L. 20-21. …"), within 200 characters of {@code from}; -1 when none does.
     */
    private int leavesAfterNote(int from) {
        for (int q = from + 1; q < finish && q - from <= 200; q++) {
            if (!isSpace(text.charAt(q - 1))) continue;
            int d = q - 1;
            while (d > from && isSpace(text.charAt(d))) d--;
            if (text.charAt(d) != '.' || isSpace(text.charAt(q))) continue;
            Optional<LabelHit> h = labelAt(q);
            if (h.isPresent() && h.get().label().level().equals("list") && elementStartsAt(q)) return q;
        }
        return -1;
    }

    private boolean elementStartsAt(int i, int depth) {
        // a bare Roman numeral is not read as an unlabelled level ("Boris I. Nicolaevsky"); after a label it is a value
        if (valueStartsAt(i) && boundary(i) && !(romanEnd(i) > i)) return true;
        Optional<LabelHit> h = labelAt(i);
        if (h.isEmpty()) return namedFond(i) != null;
        // a fond's name that opens with an initial like a label ("Գ. Լևոնյանի ֆ": "Գ." is also the file label)
        if (!valueStartsAt(skipSpaces(h.get().end())) && namedFond(i) != null) return true;
        String lv = h.get().label().level();
        if (lv.equals("verso")) return false;
        int k = skipSpaces(afterLabelColon(h.get(), skipLabelGloss(h.get().end())));
        if (valueStartsAt(k) || numberSignAt(k) > k) return true;
        // a fond given by name after the archive: "РГАДА. Ф. Сената."
        if (h.get().period() && lv.startsWith("fond") && letterAt(k) && Character.isUpperCase(text.charAt(k))) {
            int b = i - 1;
            while (b >= begin && isSpace(text.charAt(b))) b--;
            if (b > begin && (text.charAt(b) == '.' || text.charAt(b) == ',') && b < i - 1) return true;
        }
        // an abbreviation with a period and no value before a comma: "F.  , D. 191"
        if (h.get().period() && !h.get().label().kind().equals("full") && k < finish && text.charAt(k) == ',') return true;
        // a doubled label: "L. L. 88", "D. L. L. 47" (bounded look-ahead keeps the scan linear)
        return depth < 2 && h.get().period() && !h.get().label().kind().equals("full") && labelAt(k).isPresent()
                && labelAt(k).get().period() && elementStartsAt(k, depth + 1);
    }

    // ---------------------------------------------------------------- the scan

    private void run() {
        int i = begin;
        // ibid. at the start
        int w = wordEnd(i);
        String first = text.substring(i, w).toLowerCase(java.util.Locale.ROOT);
        if (first.equals("ibid") || first.equals("там") || ibidWordAt(i)) {
            ibid = true;
        }
        // "Записка № 3561/б // РГАСПИ. Ф. 17. …": a document description before "//" (GOST R 7.0.5 §11.8)
        int d = descriptionEnd(i);
        if (d > i) {
            leadingStart = i;
            leadingEnd = d;
            i = d;
        }
        // archive part: up to the first element
        int a = i;
        int paren = 0;
        while (i < finish && !elementStartsAt(i)) {
            char ch = text.charAt(i);
            if (ch == '(') paren++;
            else if (ch == ')' && paren > 0) paren--;
            // a ';' inside a gloss of the archive ("… (Archive of the President …; APRF), fond (f.) 45") does not end it
            else if (ch == ';' && paren == 0) {
                // "Объединенный государственный архив Челябинской обл.; Фонд Р-467, …": a semicolon between the
                // archive's name and a labelled level separates them
                int nx = skipSpaces(i + 1);
                if (i > a && nx < finish && labelAt(nx).isPresent() && elementStartsAt(nx)) i = nx;
                break;
            }
            i++;
        }
        if (i >= finish || text.charAt(i) == ';') {
            // no element at all: everything is the archive part (or garbage)
            archiveStart = a;
            archiveEnd = i;
            archiveText = text.substring(a, i).strip();
            if (i < finish) strays.add(new int[]{i, finish - i, 1});
            return;
        }
        // trailing separators and spaces belong between archive and first element
        int e = i;
        while (e > a && isSpace(text.charAt(e - 1))) e--;
        if (e > a && text.charAt(e - 1) == '(' && text.charAt(finish - 1) == ')' && balanced(text, e, finish - 1, '(', ')')) {
            // "AVP RF (f. 0129, op. 47a, …, l. 65-66)": the location in parentheses after the archive
            archiveSep = '(';
            archiveSepAt = e - 1;
            archiveSepSpace = true;
            finish--;
            e--;
            while (e > a && isSpace(text.charAt(e - 1))) e--;
        } else if (e - 2 > a && Values.isDash(text.charAt(e - 1)) && isSpace(text.charAt(e - 2)) && areaPeriodBefore(a, e - 2) > a) {
            // "ГААРК. — Ф. р-4808, …": the period and dash that separate the areas of a description (GOST 7.0.5);
            // a separator of its own kind, neither the period nor the comma style of the levels after it
            archiveSep = '—';
            archiveSepAt = areaPeriodBefore(a, e - 2);
            archiveSepSpace = true;
            e = archiveSepAt;
            while (e > a && isSpace(text.charAt(e - 1))) e--;
        } else if (e > a && abbreviationPeriod(a, e - 1, i)) {
            // "Госархив Черниговской обл. ф. Р-4609, …": the period ends "обл.", no separator follows
        } else if (e > a) {
            char c = text.charAt(e - 1);
            if (c == ',' || c == '.' || c == ':' || c == ';') {
                // a period that ends an acronym with internal periods ("A.Q.SH.") is still a separator here
                archiveSep = c;
                archiveSepAt = e - 1;
                archiveSepSpace = archiveSepAt + 1 < i;
                e--;
                while (e > a && isSpace(text.charAt(e - 1))) e--;
            }
        }
        archiveStart = a;
        archiveEnd = e;
        archiveText = text.substring(a, e);
        if (ibid) {
            archiveText = "";
        }
        elementsFrom(i);
    }

    /** The position of a period right before the spaces ending at {@code at} ("ГААРК. —"), or -1. */
    private int areaPeriodBefore(int a, int at) {
        int d = at;
        while (d > a && isSpace(text.charAt(d - 1))) d--;
        return d - 1 > a && text.charAt(d - 1) == '.' ? d - 1 : -1;
    }

    /**
     * The end of a document description before " // " that is followed by a labelled fond (the search data
     * of GOST R 7.0.5-2008 §11.8), or {@code from} when there is none. Bounded: looks at most 300 characters ahead.
     */
    private int descriptionEnd(int from) {
        int limit = Math.min(finish - 1, from + 300);
        for (int j = from; j < limit; j++) {
            if (text.charAt(j) != '/' || text.charAt(j + 1) != '/') continue;
            int k = skipSpaces(j + 2);
            int stop = Math.min(finish, k + 120);
            for (int m = k; m < stop; m++) {
                if (text.charAt(m) == ';') break;
                if (!elementStartsAt(m)) continue;
                Optional<LabelHit> h = labelAt(m);
                return h.isPresent() && h.get().label().level().startsWith("fond") && m > k ? k : from;
            }
            return from;
        }
        return from;
    }

    /**
     * Is the period at {@code at} the end of a short lower-case abbreviation inside a multi-word archive name
     * ("… обл."), with lower-case (comma-style) labels after it? Then it is not a separator.
     */
    private boolean abbreviationPeriod(int a, int at, int firstElement) {
        if (text.charAt(at) != '.' || at - 1 < a || !Character.isLowerCase(text.charAt(at - 1))) return false;
        int w = at;
        while (w > a && Character.isLetter(text.charAt(w - 1))) w--;
        if (at - w > 4 || w == a || !isSpace(text.charAt(w - 1))) return false;
        Optional<LabelHit> h = labelAt(firstElement);
        return h.isPresent() && Character.isLowerCase(text.charAt(firstElement));
    }

    /**
     * Scans with the archive part already known (a scheme found it, e.g. "TNA, FO 371/135812" where the
     * catalogue reference follows the archive): elements are read from {@code from}.
     */
    static Scan withArchive(String text, List<LabelTable> tables, int archiveStart, int archiveEnd, int sep, int sepAt, int from) {
        Scan s = new Scan(text, tables);
        s.archiveStart = archiveStart;
        s.archiveEnd = archiveEnd;
        s.archiveText = text.substring(archiveStart, archiveEnd);
        s.archiveSep = sep;
        s.archiveSepAt = sepAt;
        s.archiveSepSpace = sepAt < 0 || (sepAt + 1 < text.length() && isSpace(text.charAt(sepAt + 1)));
        s.elementsFrom(Math.min(from, s.finish));
        return s;
    }

    /** Where leaves written from {@code from} end ("5, 7–9" in "Bl. 5, 7–9."), reading no further than {@code to}. */
    static int leafEnd(String text, int from, int to) {
        Scan s = new Scan(text, List.of());
        s.finish = Math.min(to, text.length());
        if (from >= s.finish) return from;
        return s.readLeaves(from, new Element());
    }

    /** Reads the leaves of {@code el} ("403-410", "5, 7–9") from [from, to): its items, value and fractions. */
    static void fillLeaves(String text, Element el, int from, int to) {
        fill(new Scan(text, List.of()), text, el, from, to);
    }

    /**
     * Leaves written as ordinals, each number with its period ("1.-4.", "4., 5.", "3.,4."), and the verso marks of the
     * scheme after a leaf ("76. o.p."): the Latvian style of labels after their numbers.
     */
    static void fillOrdinalLeaves(String text, Element el, int from, int to, List<String> versoMarks) {
        Scan s = new Scan(text, List.of());
        s.ordinalLeaves = true;
        s.versoMarks = versoMarks;
        fill(s, text, el, from, to);
    }

    private static void fill(Scan s, String text, Element el, int from, int to) {
        s.finish = Math.min(to, text.length());
        if (from >= s.finish) return;
        int end = s.readLeaves(from, el);
        el.valueStart = from;
        el.valueEnd = Math.max(end, from);
        el.valueRaw = text.substring(from, el.valueEnd);
    }

    private void elementsFrom(int i) {
        int sep = 0, sepAt = -1;
        boolean spaceAfterSep = true, virtual = false;
        while (i < finish) {
            i = skipSpaces(i);
            if (i >= finish) break;
            Element el = new Element();
            el.sepBefore = sep;
            el.sepBeforeAt = sepAt;
            el.spaceAfterSep = spaceAfterSep;
            el.sepVirtual = virtual;
            if (elements.isEmpty()) {
                el.sepBefore = archiveSep;
                el.sepBeforeAt = archiveSepAt;
                el.spaceAfterSep = archiveSepSpace;
            }
            int next = readElement(i, el);
            if (next <= i && Character.isLetter(text.charAt(i)) && !elements.isEmpty()
                    && (last().level.equals("fond") || last().level.equals("fond-or-folio") || last().level.equals("year"))) {
                next = readSection(i, el);
            }
            if (next <= i) {
                if (!elements.isEmpty() && (sep == '.' || el.sepBefore == '.' || last().leafLike() || last().level.equals("extent"))
                        && Character.isLetter(text.charAt(i))) {
                    // a sentence after the citation ("… ll. 193-194. Translated by …"); a note on the leaves before more
                    // leaves of the same file ("L. 19 Copy (2nd). Typewritten text. L. 20-21. Original.") is read on
                    int q = last().leafLike() ? leavesAfterNote(i) : -1;
                    if (q < 0) {
                        strays.add(new int[]{i, finish - i, 1});
                        break;
                    }
                    strays.add(new int[]{i, q - i, 1});
                    sep = '.';
                    sepAt = q - 1;
                    while (sepAt > i && text.charAt(sepAt) != '.') sepAt--;
                    spaceAfterSep = true;
                    i = q;
                    continue;
                }
                char ch = text.charAt(i);
                if ((ch == ',' || ch == '.' || ch == ':') && sep == 0 && !elements.isEmpty() && !strays.isEmpty()) {
                    // the separator after a stray character ("Ф.643/2 *. Оп.1") still separates the levels
                    sep = ch;
                    sepAt = i;
                    spaceAfterSep = i + 1 < finish && isSpace(text.charAt(i + 1));
                    if (ch == '.' && skipSpaces(i + 1) >= finish) {
                        terminalAt = i;
                        sep = 0;
                    }
                    i++;
                    continue;
                }
                // nothing readable: a stray character or word
                int j = i + Character.charCount(text.codePointAt(i));
                if (Character.isLetter(text.charAt(i))) j = Math.max(j, wordEnd(i));
                stray(i, j - i);
                i = j;
                continue;
            }
            if (el.empty) {
                int k = skipSpaces(next);
                if (k < finish && k > next && elementStartsAt(k)) {
                    // a doubled label ("L. L. 88", "D. L. 47"): the empty one is reported, the separator
                    // before it serves the label that follows
                    stutters.add(el);
                    sep = el.sepBefore;
                    sepAt = el.sepBeforeAt;
                    spaceAfterSep = el.spaceAfterSep;
                    virtual = el.sepVirtual;
                    i = k;
                    continue;
                }
            }
            elements.add(el);
            i = next;
            // descriptive title in parentheses or brackets after the value
            i = skipNote(i, el);
            // separator
            int k = skipSpaces(i);
            sep = 0;
            sepAt = -1;
            spaceAfterSep = true;
            virtual = false;
            if (k < finish && k > i && text.charAt(i - 1) == '.' && elementStartsAt(k)) {
                // the period closing "1894 г." or "5 об." also separates: "1894 г. Д. 150"
                sep = '.';
                sepAt = i - 1;
                spaceAfterSep = true;
                virtual = true;
            } else if (k < finish && k == i && text.charAt(k) == '/' && (slashSeparates || el.labelStart >= 0 && el.labelEnd == el.valueStart && !el.labelPeriod) && k + 1 < finish && isSpace(text.charAt(k + 1))
                    && elementStartsAt(skipSpaces(k + 1))) {
                // a slash after a label fused to its number, before the next level ("F14/ L14/ D7", the Albanian
                // archives' compact signature): a separator; whether the fused label is right is the scheme's rule
                sep = ',';
                sepAt = k;
                k++;
                i = k;
                slashSeparates = true;
            } else if (k < finish) {
                char c = text.charAt(k);
                if (c == ',' || c == '.' || c == ':' ) {
                    sep = c;
                    sepAt = k;
                    k++;
                    // doubled separators ("., ", ",,")
                    int m = skipSpaces(k);
                    while (m < finish && (text.charAt(m) == ',' || text.charAt(m) == '.') ) {
                        stray(m, 1);
                        k = m + 1;
                        m = skipSpaces(k);
                    }
                    spaceAfterSep = k < finish && isSpace(text.charAt(k));
                    if (sep == '.' && skipSpaces(k) >= finish) {
                        terminalAt = sepAt;
                        sep = 0;
                    } else if (sep == '.' && !elementStartsAt(skipSpaces(k))) {
                        // a sentence after the final period ("… ll. 193-194. Translated by Gary Goldberg."); a note on the
                        // leaves before more leaves of the same file ("L. 139, 145. Original. Typewritten text. L. 140-144.")
                        int r = skipSpaces(k);
                        int q = el.leafLike() ? leavesAfterNote(r) : -1;
                        if (q < 0) {
                            strays.add(new int[]{r, finish - r, 1});
                            terminalAt = sepAt;
                            break;
                        }
                        strays.add(new int[]{r, q - r, 1});
                        sepAt = q - 1;
                        while (sepAt > r && text.charAt(sepAt) != '.') sepAt--;
                        k = q;
                    }
                } else if (c == ';') {
                    int rest = skipSpaces(k + 1);
                    // "Fond 2353; Opis 1 …": a semicolon after the fond before a level under it separates the
                    // levels of one citation; before another fond, an archive or text it ends the citation
                    Optional<LabelHit> nx = rest < finish ? labelAt(rest) : Optional.empty();
                    if (nx.isPresent() && elementStartsAt(rest) && ((el.level.equals("fond") || el.level.equals("fond-or-folio")) && UNDER_FOND.contains(nx.get().label().level())
                            || el.level.equals("opis") && UNDER_OPIS.contains(nx.get().label().level()))) {
                        sep = ',';
                        sepAt = k;
                        k++;
                        spaceAfterSep = k < finish && isSpace(text.charAt(k));
                    } else {
                        if (rest < finish) strays.add(new int[]{k, finish - k, 1});
                        break;
                    }
                } else if (Values.isDash(c) && k + 1 < finish && isSpace(text.charAt(k + 1))) {
                    // "Оп. 163- Д. 895-": a hyphen where a period belongs
                    strays.add(new int[]{k, 1, 2});
                    sep = '.';
                    sepAt = k;
                    k++;
                } else if (Values.isDash(c) && k + 1 >= finish) {
                    strays.add(new int[]{k, 1, 2});
                    k++;
                }
            }
            i = k;
        }
    }

    /** The index of c in [from, from + max) within the scanned range, or -1 (bounded: keeps the scan linear). */
    private int indexWithin(char c, int from, int max) {
        int end = Math.min(finish, from + max);
        for (int j = from; j < end; j++) if (text.charAt(j) == c) return j;
        return -1;
    }

    private void stray(int at, int len) {
        if (!strays.isEmpty()) {
            int[] prev = strays.get(strays.size() - 1);
            if (prev[2] == 0) {
                int gap = prev[0] + prev[1];
                while (gap < at && isSpace(text.charAt(gap))) gap++;
                if (gap == at) {
                    prev[1] = at + len - prev[0];
                    return;
                }
            }
        }
        strays.add(new int[]{at, len, 0});
    }

    private Element last() {
        return elements.get(elements.size() - 1);
    }

    /** A named subdivision of a fond ("Departament politsii Osobyi otdel (DPOO)"), up to the next comma. */
    private int readSection(int i, Element el) {
        int depth = 0, j = i;
        while (j < finish) {
            char c = text.charAt(j);
            if (c == '(' || c == '[') depth++;
            else if ((c == ')' || c == ']') && depth > 0) depth--;
            else if (depth == 0 && (c == ',' || c == ';')) break;
            j++;
        }
        int e = j;
        while (e > i && isSpace(text.charAt(e - 1))) e--;
        // "DPOO 1898": a year after the section's name is the year level, read next
        if (e - i > 5 && isSpace(text.charAt(e - 5)) && digitAt(e - 4) && digitAt(e - 3) && digitAt(e - 2) && digitAt(e - 1)
                && (e - 4 == i || !digitAt(e - 5))) {
            int y = Integer.parseInt(text.substring(e - 4, e));
            if (y >= 1500 && y <= 2099) {
                e -= 5;
                while (e > i && isSpace(text.charAt(e - 1))) e--;
            }
        }
        el.level = "section";
        el.valueStart = i;
        el.valueEnd = e;
        el.valueRaw = text.substring(i, e);
        el.spaceBeforeValue = true;
        el.end = e;
        return e;
    }

    private int skipNote(int i, Element el) {
        int k = skipSpaces(i);
        // a note in brackets, or a title in quotation marks (a fond's name: "фонд № 233 «Алтайская … управа»")
        int q = k < finish ? "([«“„".indexOf(text.charAt(k)) : -1;
        if (q >= 0) {
            char open = text.charAt(k), close = ")]»”“".charAt(q);
            if (open == '„') close = text.indexOf('“', k) > 0 ? '“' : '”';
            int depth = 0;
            int limit = Math.min(finish, k + 400);
            for (int j = k; j < limit; j++) {
                char c = text.charAt(j);
                if (c == open && open != close) depth++;
                else if (c == close && (open == close || --depth == 0)) {
                    el.note = text.substring(k + 1, j);
                    el.end = j + 1;
                    return j + 1;
                }
            }
        }
        return i;
    }

    /** Reads one element at i; returns the position after it (i when nothing could be read). */
    private int readElement(int i, Element el) {
        el.start = i;
        Optional<LabelHit> hit = labelAt(i);
        int[] named = hit.isEmpty() || !valueStartsAt(skipSpaces(hit.get().end())) ? namedFond(i) : null;
        if (named != null) {
            // a fond named by its creator with the fond label after the name ("Սայաթ-Նովայի ֆ") or fused to the creator's
            // initials ("Թֆ", "ՓՎֆ"): the name is the fond's value, the mark its label
            el.level = "fond";
            el.valueStart = i;
            el.valueEnd = named[0];
            el.valueRaw = text.substring(i, named[0]);
            el.labelText = text.substring(named[1], named[2]);
            el.labelStart = named[1];
            el.labelEnd = named[2];
            el.labelAfter = true;
            el.spaceBeforeValue = true;
            for (LabelTable t : tables) {
                Optional<LabelTable.Label> l = t.find(el.labelText + ".");
                if (l.isPresent()) {
                    el.label = l.get();
                    break;
                }
            }
            el.end = named[2];
            return named[2];
        }
        if (hit.isPresent() && !hit.get().label().level().equals("verso")
                && !(hit.get().label().level().equals("year") && !valueStartsAt(skipSpaces(hit.get().end())))) {
            LabelHit h = hit.get();
            el.label = h.label();
            el.labelText = h.written();
            el.labelStart = h.start();
            el.labelEnd = h.end();
            el.labelPeriod = h.period();
            el.level = h.label().level();
            int k = afterLabelColon(h, skipLabelGloss(h.end()));
            int v = skipSpaces(k);
            el.spaceBeforeValue = v > k;
            if (numberSignAt(v) > v) v = numberSignAt(v);
            if (v < finish && !valueStartsAt(v) && "'’\"*".indexOf(text.charAt(v)) >= 0 && valueStartsAt(skipSpaces(v + 1))) {
                // a stray mark between the label and its value: "op.' 8"
                stray(v, 1);
                v = skipSpaces(v + 1);
            }
            if (!valueStartsAt(v)) {
                // a named fond ("Ф. Сената") or an empty value
                if (h.period() && letterAt(v) && Character.isUpperCase(text.charAt(v)) && (el.level.startsWith("fond") || el.level.equals("opis"))) {
                    int we = wordEnd(v);
                    el.valueStart = v;
                    el.valueEnd = we;
                    el.valueRaw = text.substring(v, we);
                    el.end = we;
                    return we;
                }
                el.empty = true;
                el.end = h.end();
                return h.end();
            }
            return readValue(v, el);
        }
        if (valueStartsAt(i)) {
            el.level = "?";
            el.spaceBeforeValue = true;
            return readValue(i, el);
        }
        // a number sign alone right after a fond (no opis) numbers a storage unit, as manuscript departments cite their items
        // ("ИРЛИ, ф. 466, № 34", "ОР РНБ. Ф. 731 (…). № 83")
        int ns = numberSignAt(i);
        if (ns > i && text.charAt(i) == '№' && !elements.isEmpty() && last().level.startsWith("fond")) {
            el.level = "unit";
            el.spaceBeforeValue = true;
            return readValue(ns, el);
        }
        // an unknown abbreviation followed by a number: "kor. 5"
        if (letterAt(i) && boundary(i)) {
            int we = wordEnd(i);
            if (we < finish && text.charAt(we) == '.' && we - i <= 5) {
                int v = skipSpaces(we + 1);
                if (valueStartsAt(v)) {
                    el.labelText = text.substring(i, we + 1);
                    el.labelStart = i;
                    el.labelEnd = we + 1;
                    el.labelPeriod = true;
                    el.unknownLabel = true;
                    el.level = "?";
                    el.spaceBeforeValue = v > we + 1;
                    return readValue(v, el);
                }
            }
        }
        return i;
    }

    /**
     * The end of a letter suffix written after a number and a space ("д. 17761 пф", "опис 12 ос"): part of the value
     * when the scheme names it ({@code valueSuffixes} in labels.json) and a boundary follows; else {@code end}.
     */
    private int valueSuffixEnd(int end) {
        int k = skipSpaces(end);
        if (k == end || k >= finish || !letterAt(k)) return end;
        int we = k;
        while (we < finish && letterAt(we)) we++;
        if (we < finish && ",.;)".indexOf(text.charAt(we)) < 0 && !isSpace(text.charAt(we))) return end;
        String word = text.substring(k, we).toLowerCase(java.util.Locale.ROOT);
        for (LabelTable t : tables) if (t.valueSuffix(word)) return we;
        return end;
    }

    private boolean leafLevel(String level) {
        return level.equals("list") || level.equals("page") || level.equals("fond-or-folio") || level.equals("papka-or-page");
    }

    private int readValue(int v, Element el) {
        el.valueStart = v;
        int end;
        if (leafLevel(el.level) && !el.level.equals("fond-or-folio") && !el.level.equals("papka-or-page")) {
            end = readLeaves(v, el);
        } else if (el.level.equals("papka-or-page") && digitAt(v)) {
            end = readLeaves(v, el);
        } else if (el.level.equals("fond-or-folio") && digitAt(v) && fondAndDeloGiven()) {
            end = readLeaves(v, el);
        } else {
            end = valueSuffixEnd(readNumber(v));
            // a range of dela/opisi ("d. 16–17") stays one value
            el.valueEnd = end;
            el.valueRaw = text.substring(v, end);
            // several values after a comma ("Д. 175, 194") are decided later; a year with a label after it
            if (el.level.equals("?")) end = readTrailingLabel(end, el);
        }
        if (el.valueEnd < 0) el.valueEnd = end;
        el.valueRaw = text.substring(v, el.valueEnd);
        el.end = end;
        for (int j = v; j < el.valueEnd; j++) if (Values.fraction(text.charAt(j)) != null) fractions.add(new int[]{j});
        return end;
    }

    private boolean fondAndDeloGiven() {
        boolean fond = false, delo = false;
        for (Element e : elements) {
            if (e.level.equals("fond") || e.level.equals("fond-or-folio")) fond = true;
            if (e.level.equals("delo") || e.level.equals("unit")) delo = true;
        }
        return fond && delo;
    }

    /** "1898 g.", "1806 god (g.)", "214 л.": a label written after a bare number. */
    private int readTrailingLabel(int end, Element el) {
        int k = skipSpaces(end);
        Optional<LabelHit> h = labelAt(k);
        if (h.isPresent()) {
            String lv = h.get().label().level();
            if (lv.equals("year")) {
                el.label = h.get().label();
                el.labelText = h.get().written();
                el.labelStart = h.get().start();
                el.labelEnd = h.get().end();
                el.labelPeriod = h.get().period();
                el.labelAfter = true;
                el.level = "year";
                return skipLabelGloss(h.get().end());
            }
            if (lv.equals("list") && h.get().period()) {
                int after = skipSpaces(h.get().end());
                if (after >= finish || text.charAt(after) == ',' || text.charAt(after) == ';') {
                    el.label = h.get().label();
                    el.labelText = h.get().written();
                    el.labelStart = h.get().start();
                    el.labelEnd = h.get().end();
                    el.labelPeriod = true;
                    el.labelAfter = true;
                    el.level = "extent";
                    return h.get().end();
                }
            }
        }
        return end;
    }

    /** The end of a Roman numeral (I–XXXIX style, capitals) standing alone at i, or i. */
    private int romanEnd(int i) {
        int j = i;
        while (j < finish && j - i < 8 && "IVXLC".indexOf(text.charAt(j)) >= 0) j++;
        if (j == i || letterAt(j) || digitAt(j)) return i;
        // one capital before a hyphen and digits is a fond's prefix letter, not a numeral ("F. I-77": the Lithuanian
        // archives' fonds of the period before 1940, as R- and K- are prefixes; real-citations-r28.tsv r28-33)
        if (j - i == 1 && j + 1 < finish && text.charAt(j) == '-' && digitAt(j + 1)) return i;
        return boundary(i) ? j : i;
    }

    /** A fond/opis/delo number: [prefix letter][-]digits, letters, slashes, fractions, an inner range. */
    private int readNumber(int v) {
        int r = romanEnd(v);
        if (r > v) return r;
        int j = readNumberCore(v);
        // a letter series in guillemets after the number: "Оп.6 «Д»"
        int k = skipSpaces(j);
        if (k < finish && text.charAt(k) == '«') {
            int close = indexWithin('»', k, 8);
            if (close > k) return close + 1;
        }
        return j;
    }

    private int readNumberCore(int v) {
        int j = v;
        if (letterAt(j) && !digitAt(j)) {
            j++;
            if (j < finish && text.charAt(j) == '-') j++;
        }
        while (j < finish) {
            char c = text.charAt(j);
            if (Character.isDigit(c) || Values.fraction(c) != null) {
                j++;
            } else if (Character.isLetter(c) && j > v && (Character.isDigit(text.charAt(j - 1)) || text.charAt(j - 1) == '/' || Character.isLetter(text.charAt(j - 1))) && j - v < 40) {
                // letter suffix (23а, 14/AP) but not a following word ("5ob." is handled by leaves)
                int we = wordEnd(j);
                if (we - j > 3) break;
                j = we;
            } else if (c == '/' && j + 1 < finish && Character.isLetterOrDigit(text.charAt(j + 1))) {
                j++;
            } else if (Values.isDash(c) && j + 1 < finish && Character.isDigit(text.charAt(j + 1)) && j > v) {
                j++;
            } else if (c == '-' && j > v && Character.isDigit(text.charAt(j - 1)) && letterAt(j + 1)) {
                // a letter suffix after a hyphen: "5-os", "19-а", "20722-пф" (not a following word)
                int we = wordEnd(j + 1);
                if (we - (j + 1) > 3) break;
                j = we;
            } else {
                break;
            }
        }
        return j;
    }

    /**
     * A fond named by its creator and a scheme's fond mark after the name ("Սայաթ-Նովայի ֆ", "Գ. Լևոնյանի ֆ") or fused to
     * the creator's initials in capitals ("Թֆ", "ՓՎֆ", "ԴԱֆ"), ending before a comma, a number sign or the end, at a word's
     * start {@code i}: {valueEnd, markStart, markEnd}, or null. Bounded: at most 60 characters are looked at.
     */
    private int[] namedFond(int i) {
        if (fondMarks == null) {
            boolean any = false;
            for (LabelTable t : tables) any |= !t.fondMarks().isEmpty();
            fondMarks = any;
        }
        if (!fondMarks || i >= finish || !letterAt(i) || !boundary(i)) return null;
        int limit = Math.min(finish, i + 60);
        int e = i;
        while (e < limit && text.charAt(e) != ',' && text.charAt(e) != '№' && text.charAt(e) != ';') e++;
        if (e == limit && limit < finish) return null;
        int end = e;
        while (end > i && isSpace(text.charAt(end - 1))) end--;
        for (LabelTable t : tables) {
            for (String m : t.fondMarks()) {
                int ms = end - m.length();
                if (ms <= i || !text.startsWith(m, ms)) continue;
                if (isSpace(text.charAt(ms - 1))) {
                    // the mark after the name, a space between: the name must hold a letter
                    int ve = ms;
                    while (ve > i && isSpace(text.charAt(ve - 1))) ve--;
                    boolean letters = false;
                    for (int q = i; q < ve; q++) letters |= Character.isLetter(text.charAt(q));
                    if (letters && Character.isUpperCase(text.charAt(i))) return new int[]{ve, ms, end};
                } else {
                    // the mark fused to one to four capitals (the creator's initials)
                    boolean caps = ms - i <= 4;
                    for (int q = i; q < ms && caps; q++) caps = Character.isUpperCase(text.charAt(q));
                    if (caps) return new int[]{end, ms, end};
                }
            }
        }
        return null;
    }

    /** Whether a scheme's own ibid. words open the text at {@code i} ("նույն տեղում", labels.json "ibid"). */
    private boolean ibidWordAt(int i) {
        for (LabelTable t : tables) {
            for (String w : t.ibidWords()) {
                int e = i + w.length();
                if (e <= finish && text.regionMatches(true, i, w, 0, w.length()) && !letterAt(e)) return true;
            }
        }
        return false;
    }

    /** The length of a scheme's verso mark written at {@code k} and ending there as a word, or 0. */
    private int versoMarkAt(int k) {
        return sideMarkAt(k, true);
    }

    /** The length of a recto or verso mark of the label tables at {@code k} that no letter follows, or 0. */
    private int sideMarkAt(int k, boolean verso) {
        if (k >= finish) return 0;
        for (LabelTable t : tables) {
            for (String m : verso ? t.versoMarks() : t.rectoMarks()) {
                int e = k + m.length();
                if (e <= finish && text.regionMatches(true, k, m, 0, m.length()) && !letterAt(e)) {
                    return e < finish && text.charAt(e) == '.' ? m.length() + 1 : m.length();
                }
            }
        }
        return 0;
    }

    /** Leaves: items separated by commas, each a leaf or a range, with verso marks. */
    private int readLeaves(int v, Element el) {
        int j = v;
        int lastEnd = v;
        while (true) {
            Item it = new Item();
            int e = readLeaf(j, it, true);
            if (e <= j) break;
            int k = skipSpaces(e);
            if (k < finish && Values.isDash(text.charAt(k))) {
                int d = k;
                int m = skipSpaces(k + 1);
                int side = digitAt(m) ? 0 : versoMarkAt(m);
                if (digitAt(m)) {
                    it.dashAt = d;
                    it.dash = text.charAt(d);
                    e = readLeaf(m, it, false);
                } else if (side > 0 && !it.fromVerso) {
                    // the same leaf from its recto to its verso, written with the verso mark alone ("22ա-բ": 22r–22v)
                    it.dashAt = d;
                    it.dash = text.charAt(d);
                    it.to = it.from;
                    it.toAt = m;
                    it.toEnd = m + side;
                    it.toVerso = true;
                    e = m + side;
                }
            }
            el.items.add(it);
            lastEnd = e;
            // copy marker "(А)"
            int p = skipSpaces(e);
            if (p < finish && text.charAt(p) == '(' && p + 2 < finish) {
                int close = indexWithin(')', p, 5);
                if (close > p) {
                    lastEnd = close + 1;
                    e = close + 1;
                }
            }
            // another leaf after a comma?
            int c = skipSpaces(e);
            if (c < finish && text.charAt(c) == ',') {
                int n = skipSpaces(c + 1);
                if (digitAt(n) && !looksLikeOtherElement(n)) {
                    j = n;
                    continue;
                }
            }
            break;
        }
        el.valueEnd = lastEnd;
        return lastEnd;
    }

    /** After "ll. 5, " a number followed by a label-like word is not a leaf ("1946 g."). */
    private boolean looksLikeOtherElement(int n) {
        int e = n;
        while (digitAt(e)) e++;
        int k = skipSpaces(e);
        Optional<LabelHit> h = labelAt(k);
        return h.isPresent() && h.get().label().level().equals("year");
    }

    private int readLeaf(int j, Item it, boolean first) {
        if (!digitAt(j) && !fractionAt(j)) return j;
        int s = j;
        while (digitAt(j) || fractionAt(j)) j++;
        // a scheme's recto or verso letter written after the number ("29ա", "20բ"): not part of the leaf's number
        int recto = sideMarkAt(j, false), verso = recto > 0 ? 0 : sideMarkAt(j, true);
        // a one-letter suffix (17a, 176r) but not the start of "ob"/"об"
        if (recto == 0 && verso == 0 && letterAt(j) && !letterAt(j + 1)) {
            j++;
        }
        String num = text.substring(s, j);
        if (recto > 0 || verso > 0) {
            if (verso > 0) {
                if (first) it.fromVerso = true; else it.toVerso = true;
            }
            j += recto + verso;
        }
        if (ordinalLeaves && j < finish && text.charAt(j) == '.') j++; // "1.-4.": the ordinal's period
        int e = j;
        // verso: "5ob.", "17 об.", "5 ob"
        int k = skipSpaces(j);
        int own = (first ? it.fromVerso : it.toVerso) ? 0 : versoMarkAt(k);
        if (own > 0) {
            // a scheme's verso mark after the number ("29 բ", "3arxa")
            if (first) it.fromVerso = true; else it.toVerso = true;
            e = k + own;
            k = finish;
        }
        for (String mark : versoMarks) {
            if (text.startsWith(mark, k) && k + mark.length() <= finish) {
                if (first) it.fromVerso = true; else it.toVerso = true;
                e = k + mark.length();
                k = finish; // no other mark
                break;
            }
        }
        if (letterAt(k)) {
            int we = wordEnd(k);
            String w = text.substring(k, we).toLowerCase(java.util.Locale.ROOT);
            if (w.equals("ob") || w.equals("об") || w.equals("oб") || w.equals("оb") || w.equals("зв") || w.equals("zv")) {
                e = we < finish && text.charAt(we) == '.' ? we + 1 : we;
                if (first) it.fromVerso = true; else it.toVerso = true;
            }
        }
        if (first) {
            it.from = num;
            it.fromAt = s;
            it.fromEnd = e;
            it.to = num;
        } else {
            it.to = num;
            it.toAt = s;
            it.toEnd = e;
        }
        return e;
    }
}
