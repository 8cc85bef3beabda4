package org.opis.reflist.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the segmenter sees of one line: the shape of its start (list marker, indentation, a family
 * name followed by a comma, initials, a ditto dash), of its end (full stop, comma, hyphen), its
 * length against the longest line near it (a hard-wrapped line runs to the margin), its content
 * (years, page ranges, italics, quotes, links, prose), and the same for the lines before and after.
 * Names only shapes and classes of characters, never words of a particular list.
 */
final class LineFeatures {

    /** A list marker at the start of a line: a bullet, {@code 1.}, {@code 1)}, {@code [1]} or Markdown's escaped {@code 1\\.}. */
    static final Pattern MARKER = Pattern.compile("^\\s{0,6}(?:" + org.opis.text.ListMarkers.BULLET + "\\s+|\\d{1,3}[.)]\\s+|\\[\\d{1,4}\\]\\s*|\\d{1,3}\\\\\\.\\s+)");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:1[5-9]\\d\\d|20[0-4]\\d)(?!\\d)");
    private static final Pattern PAGES = Pattern.compile("\\d+\\s*[-–—]\\s*\\d+|\\b(?:pp?|S|С|с|стр)\\.\\s*\\d");
    private static final Pattern SURNAME_COMMA = Pattern.compile("^\\p{Lu}[\\p{L}'’\\-]+(?:\\s\\p{Lu}[\\p{L}'’\\-]+)?,\\s*\\p{Lu}");
    private static final Pattern SURNAME_INITIALS = Pattern.compile("^\\p{Lu}[\\p{L}'’\\-]+,?\\s\\p{Lu}\\.\\s?(?:\\p{Lu}\\.)?");
    private static final Pattern GIVEN_FIRST = Pattern.compile("^\\p{Lu}[\\p{Ll}'’\\-]+\\s(?:\\p{Lu}\\.\\s)?\\p{Lu}[\\p{Ll}'’\\-]+[,.]");
    private static final Pattern INITIAL_FIRST = Pattern.compile("^\\p{Lu}\\.\\s?(?:\\p{Lu}\\.\\s?)?\\p{Lu}[\\p{Ll}]");
    private static final Pattern DITTO = Pattern.compile("^(?:[—–―-]{2,}|_{3,}|[—―]\\s)");
    private static final Pattern DATE_START = Pattern.compile("^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Week|Day|Session|Lecture|Part|Unit)\\w*\\.?\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_EARLY = Pattern.compile("^.{0,80}?(?<!\\d)(?:1[5-9]\\d\\d|20[0-4]\\d)[a-z]?(?!\\d)");
    private static final Pattern FOOTNOTE = Pattern.compile("^\\s{0,3}\\[\\^[^\\]]+\\]:");
    /** A line that is an imprint alone, as a wrapped entry's last line: {@code Cambridge, MA: MIT Press, 1963.} */
    private static final Pattern IMPRINT = Pattern.compile("^(?:\\p{Lu}[\\p{L}'’.\\-]*[ ,]{0,2}){1,4}:\\s?[^.:]{2,60}?,?\\s(?:1[5-9]|20)\\d\\d[a-z]?\\.?$");
    private static final Pattern ROLE = Pattern.compile("\\b(?:eds?\\.|trans\\.|ed\\. by|edited|hrsg\\.|Hg\\.|под ред\\.|пер\\.)", Pattern.CASE_INSENSITIVE);

    private LineFeatures() {
    }

    /** The features of line {@code i} of {@code lines}, each a short string. */
    static List<String> of(Lines lines, int i, int[] widths, String[] sections, int[][] blocks) {
        LineFeatureSink.Strings f = new LineFeatureSink.Strings();
        of(f, lines, i, widths, sections, blocks);
        return f.features;
    }

    /**
     * The same features, in the same order, handed to {@code f} as their parts (the feature is the
     * parts joined): a model scores them without the strings being made ({@link LineFeatureSink}).
     */
    static void of(LineFeatureSink f, Lines lines, int i, int[] widths, String[] sections, int[][] blocks) {
        f.add("bias");
        String layout = lines.layout();
        f.add("layout=", layout);
        f.add("layout*blankBefore=", layout, "*", bool(lines.get(i).blankBefore()));
        Lines.Line l = lines.get(i);
        String mk = marker(l.text()); // once a line: the marker and the start are asked for several times
        f.add("layout*marker=", layout, "*", mk);
        f.add("section=", sections[i]);
        String hk = headingKind(l.text());
        f.add("headingKind=", String.valueOf(hk));
        String start = startClass(l.text());
        own(f, "", l, widths[i], mk, start);
        if (i > 0) context(f, "p:", lines.get(i - 1), widths[i - 1]);
        else f.add("p:none");
        if (i + 1 < lines.size()) context(f, "n:", lines.get(i + 1), widths[i + 1]);
        else f.add("n:none");
        block(f, lines, i, blocks);
        if (i > 0) {
            int d = indent(l.text()) - indent(lines.get(i - 1).text());
            f.add("indentVsPrev=", d > 0 ? "more" : d < 0 ? "less" : "same");
            String pe = endClass(lines.get(i - 1).text());
            f.add("prevEnd*start=", pe, "*", start);
            f.add("prevFull*start=", full(lines.get(i - 1), widths[i - 1]), "*", start, "*", bool(l.blankBefore()));
        }
    }

    /** {@code "true"} or {@code "false"}, as a boolean is written into a string. */
    private static String bool(boolean b) {
        return b ? "true" : "false";
    }

    /** "0" … "4", the small counts the features write. */
    private static final String[] SMALL = {"0", "1", "2", "3", "4"};

    /** Compiled once (String.split compiled it for every line); the same split. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static void own(LineFeatureSink f, String p, Lines.Line l, int width, String marker, String start) {
        String t = l.text();
        String s = t.strip();
        f.add(p, "blankBefore=", bool(l.blankBefore()));
        f.add(p, "blankAfter=", bool(l.blankAfter()));
        f.add(p, "cut=", l.cut());
        f.add(p, "cut*marker=", l.cut(), "*", marker);
        f.add(p, "marker=", marker);
        int ind = indent(t);
        f.add(p, "indent=", ind == 0 ? "0" : ind < 4 ? "1-3" : "4+");
        f.add(p, "start=", start);
        f.add(p, "end=", endClass(t));
        f.add(p, "full=", full(l, width));
        String body = stripMarker(s);
        f.add(p, "surnameComma=", bool(SURNAME_COMMA.matcher(body).find()));
        f.add(p, "surnameInitials=", bool(SURNAME_INITIALS.matcher(body).find()));
        f.add(p, "givenFirst=", bool(GIVEN_FIRST.matcher(body).find()));
        f.add(p, "initialFirst=", bool(INITIAL_FIRST.matcher(body).find()));
        f.add(p, "ditto=", bool(DITTO.matcher(body).find() || DITTO.matcher(markerless(s)).find()));
        f.add(p, "imprint=", bool(body.indexOf(':') >= 0 && IMPRINT.matcher(body).find())); // the pattern needs its colon
        f.add(p, "dateStart=", bool(DATE_START.matcher(body).find()));
        f.add(p, "year=", bool(YEAR.matcher(s).find()));
        f.add(p, "yearEarly=", bool(YEAR_EARLY.matcher(body).find()));
        f.add(p, "footnote=", bool(FOOTNOTE.matcher(t).find()));
        String w0 = firstWord(body);
        if (w0 != null) f.add(p, "w0=", w0);
        f.add(p, "pages=", bool(PAGES.matcher(s).find()));
        f.add(p, "role=", bool(ROLE.matcher(s).find()));
        f.add(p, "italic=", bool(s.indexOf('_') >= 0 || s.indexOf('*') >= 0 && !s.startsWith("* ")));
        f.add(p, "quote=", bool(s.indexOf('"') >= 0 || s.indexOf('“') >= 0 || s.indexOf('«') >= 0));
        f.add(p, "url=", bool(s.contains("http") || s.contains("www.")));
        f.add(p, "heading=", bool(s.startsWith("#") || s.startsWith("**") && s.endsWith("**") || s.endsWith(":") && s.length() < 60));
        String[] split = SPACES.split(s); // once: the word count, the prose share and the lower-case run read it
        int words = s.isEmpty() ? 0 : split.length;
        f.add(p, "words=", words <= 3 ? "1-3" : words <= 8 ? "4-8" : words <= 20 ? "9-20" : "21+");
        f.add(p, "prose=", proseBucket(split));
        int len = s.length();
        f.add(p, "len=", len < 80 ? "<80" : len < 200 ? "<200" : len < 400 ? "<400" : "400+");
        int run = lowerRun(split);
        f.add(p, "lowerRun=", run <= 2 ? "0-2" : run <= 5 ? "3-5" : run <= 9 ? "6-9" : "10+");
        f.add(p, "commas=", SMALL[Math.min(4, count(s, ',') + count(s, ';'))]);
        f.add(p, "periodsInside=", SMALL[Math.min(3, countInnerPeriods(s))]);
    }

    /** The lighter description of a neighbouring line. */
    private static void context(LineFeatureSink f, String p, Lines.Line l, int width) {
        String t = l.text();
        String body = stripMarker(t.strip());
        f.add(p, "marker=", marker(t));
        f.add(p, "cut=", l.cut());
        f.add(p, "start=", startClass(t));
        f.add(p, "end=", endClass(t));
        f.add(p, "full=", full(l, width));
        f.add(p, "surnameComma=", bool(SURNAME_COMMA.matcher(body).find()));
        f.add(p, "year=", bool(YEAR.matcher(t).find()));
        f.add(p, "imprint=", bool(IMPRINT.matcher(body).find()));
        f.add(p, "blankBefore=", bool(l.blankBefore()));
        f.add(p, "prose=", proseBucket(SPACES.split(t.strip())));
    }

    /** The first word in lower case when it is short (a label such as "read", "week", "see"), else null. */
    private static String firstWord(String body) {
        int i = 0;
        while (i < body.length() && Character.isLetter(body.charAt(i))) i++;
        if (i == 0 || i > 12) return null;
        return body.substring(0, i).toLowerCase(java.util.Locale.ROOT);
    }

    private static final java.util.regex.Pattern HASHES = java.util.regex.Pattern.compile("^#+\\s*");
    private static final java.util.regex.Pattern EMPHASIS_ENDS = java.util.regex.Pattern.compile("^[_*]+|[_*]+$");

    /** Whether a line reads as a heading, and then whether it names a reference section ("References", "Литература"). */
    static String headingKind(String t) {
        String s = t.strip();
        boolean md = s.startsWith("#");
        String h = EMPHASIS_ENDS.matcher(HASHES.matcher(s).replaceAll("").replace("**", "").replace("__", "")).replaceAll("").strip();
        while (h.endsWith(":") || h.endsWith(".")) h = h.substring(0, h.length() - 1).strip();
        String lower = h.toLowerCase(java.util.Locale.ROOT);
        boolean ref = !lower.isEmpty() && org.opis.lexicon.SectionHeadings.endsInReferencesPhrase(lower);
        boolean heading = md || s.startsWith("**") && s.endsWith("**") || h.length() < 60 && s.endsWith(":") && !YEAR.matcher(s).find();
        if (ref && (heading || h.length() < 40)) return "ref";
        return heading ? "other" : null;
    }

    /** For each line, the kind of the nearest heading above it: "ref", "other" or "none". */
    static String[] sections(Lines lines) {
        String[] out = new String[lines.size()];
        String cur = "none";
        for (int i = 0; i < lines.size(); i++) {
            out[i] = cur;
            String k = headingKind(lines.get(i).text());
            if (k != null) cur = k;
        }
        return out;
    }

    /**
     * The paragraph a line stands in (the lines between blank lines): its size, the line's place in
     * it, how many of its lines carry a year, and whether the line before in it had one. An entry
     * wrapped over a paragraph has one year, on its last lines; a paragraph of entries has a year on
     * most lines.
     */
    private static void block(LineFeatureSink f, Lines lines, int i, int[][] blocks) {
        int size = blocks[0][i];
        int pos = blocks[1][i];
        int years = blocks[2][i];
        String sz = size == 1 ? "1" : size == 2 ? "2" : size <= 4 ? "3-4" : "5+";
        String at = size == 1 ? "only" : pos == 0 ? "first" : pos == size - 1 ? "last" : "mid";
        String ys = years == 0 ? "0" : years == 1 ? "1" : years * 2 <= size ? "some" : "most";
        f.add("block=", sz);
        f.add("block*at=", sz, "*", at);
        f.add("blockYears*at=", ys, "*", at);
        f.add("layout*block=", lines.layout(), "*", sz, "*", at);
        boolean year = YEAR.matcher(lines.get(i).text()).find();
        if (pos > 0) {
            boolean prevYear = YEAR.matcher(lines.get(i - 1).text()).find();
            f.add("prevYear*year*inBlock=", bool(prevYear), "*", bool(year));
            f.add("prevYear*blockYears=", bool(prevYear), "*", ys);
        }
    }

    /** For each line: the size of its paragraph, its index in it, and the lines of the paragraph with a year. */
    static int[][] blocks(Lines lines) {
        int n = lines.size();
        int[][] b = new int[3][n];
        int from = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || i > from && lines.get(i).blankBefore()) {
                int years = 0;
                for (int k = from; k < i; k++) if (YEAR.matcher(lines.get(k).text()).find()) years++;
                for (int k = from; k < i; k++) {
                    b[0][k] = i - from;
                    b[1][k] = k - from;
                    b[2][k] = years;
                }
                from = i;
            }
        }
        return b;
    }

    /** The longest run of consecutive words that start in lower case (prose has long runs, entries short ones). */
    private static int lowerRun(String[] split) {
        int best = 0;
        int cur = 0;
        for (String w : split) {
            if (w.isEmpty()) continue;
            if (Character.isLowerCase(w.codePointAt(0))) {
                cur++;
                best = Math.max(best, cur);
            } else {
                cur = 0;
            }
        }
        return best;
    }

    /**
     * The layout of a run of lines, as the rules decide it: most lines marked ("markers"),
     * paragraphs of several lines each ("paragraphs": a blank line then separates entries), or one
     * line after another ("lines").
     */
    static String layout(List<Lines.Line> lines) {
        int marked = 0;
        int paragraphs = 0;
        for (Lines.Line l : lines) {
            if (!marker(l.text()).equals("none")) marked++;
            if (l.blankBefore()) paragraphs++;
        }
        int n = lines.size();
        if (n == 0) return "lines";
        if (marked * 2 >= n) return "markers";
        if (paragraphs > 1 && n > paragraphs * 1.3) return "paragraphs";
        return "lines";
    }

    /** Share of lower-case words among the words: prose is mostly lower case, entries are not. */
    private static String proseBucket(String[] split) {
        int words = 0;
        int lower = 0;
        for (String w : split) {
            if (w.isEmpty()) continue;
            words++;
            if (Character.isLowerCase(w.codePointAt(0))) lower++;
        }
        if (words < 6) return "short";
        double r = lower / (double) words;
        return r < 0.3 ? "low" : r < 0.6 ? "mid" : "high";
    }

    static String marker(String t) {
        var m = MARKER.matcher(t);
        if (!m.find()) return "none";
        String g = m.group().strip();
        if (g.startsWith("[")) return "bracket";
        if (Character.isDigit(g.charAt(0))) return "number";
        return "bullet";
    }

    /** The text after a list marker, emphasis kept (a ditto {@code ______.} is underscores). */
    private static String markerless(String s) {
        var m = MARKER.matcher(s);
        return m.find() ? s.substring(m.end()) : s;
    }

    static String stripMarker(String s) {
        var m = MARKER.matcher(s);
        String b = m.find() ? s.substring(m.end()) : s;
        while (b.startsWith("*") || b.startsWith("_") || b.startsWith("^") || b.startsWith(" ")) b = b.substring(1);
        return b;
    }

    private static String startClass(String t) {
        String s = stripMarker(t.strip());
        if (s.isEmpty()) return "empty";
        int c = s.codePointAt(0);
        if (Character.isUpperCase(c)) return Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC ? "upperCyr" : "upper";
        if (Character.isLowerCase(c)) return "lower";
        if (Character.isDigit(c)) return "digit";
        if ("\"“«‘'".indexOf(c) >= 0) return "quote";
        if ("([{".indexOf(c) >= 0) return "open";
        return "punct";
    }

    private static String endClass(String t) {
        String s = t.strip();
        while (s.endsWith("\\") || s.endsWith("*") || s.endsWith("_")) s = s.substring(0, s.length() - 1).strip();
        if (s.isEmpty()) return "empty";
        char c = s.charAt(s.length() - 1);
        if (c == '.') return "period";
        if (c == ',') return "comma";
        if (c == ':' || c == ';') return "colon";
        if (c == '-' || c == '‐') return "hyphen";
        if (c == ')' || c == ']') return "close";
        if (Character.isDigit(c)) return "digit";
        if (Character.isLetter(c)) return Character.isLowerCase(c) ? "lower" : "upper";
        return "punct";
    }

    /** Whether the line runs to within a few characters of the longest lines around it (hard wrap). */
    private static String full(Lines.Line l, int width) {
        int len = l.text().stripTrailing().length();
        if (width < 40) return "narrow";
        double r = len / (double) width;
        return r >= 0.85 ? "full" : r >= 0.6 ? "most" : "short";
    }

    static int indent(String t) {
        int i = 0;
        int w = 0;
        while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
            w += t.charAt(i) == '\t' ? 4 : 1;
            i++;
        }
        return w;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }

    private static int countInnerPeriods(String s) {
        int n = 0;
        for (int i = 1; i + 2 < s.length(); i++) {
            if (s.charAt(i) == '.' && s.charAt(i + 1) == ' ' && Character.isLowerCase(s.charAt(i + 2))) n++;
        }
        return n;
    }

    /**
     * For each line, the width of the text around it: the 90th-percentile length of the lines
     * within 15 lines (a hard-wrapped block has a margin; a list of one entry a line does not), or 0
     * when fewer than three of those lines come near it (no margin: each line is then "narrow").
     */
    static int[] widths(Lines lines) {
        int n = lines.size();
        int[] w = new int[n];
        for (int i = 0; i < n; i++) {
            int from = Math.max(0, i - 15);
            int to = Math.min(n, i + 16);
            int[] lens = new int[to - from];
            for (int k = from; k < to; k++) lens[k - from] = lines.get(k).text().stripTrailing().length();
            java.util.Arrays.sort(lens);
            w[i] = lens[Math.min(lens.length - 1, (int) Math.floor(lens.length * 0.9))];
            // a margin is where several lines end: with fewer than three lines near the width there is none
            int near = 0;
            for (int len : lens) if (len >= w[i] * 0.85) near++;
            if (near < 3) w[i] = 0;
        }
        return w;
    }
}
