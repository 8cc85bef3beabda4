package org.opis.text;

/**
 * Cleans the residue that Markdown, HTML and PDF conversion leave in a reference (emphasis
 * stars, {@code <sup>} tags, doubled angle brackets around links, stray spaces), so that a field
 * reads as the historian wrote it. The original text is never changed: these methods return
 * cleaned copies of pieces of it.
 */
public final class Markup {

    private Markup() {
    }

    /**
     * A field value without markup: emphasis stars and underscores-as-emphasis removed, simple HTML
     * tags ({@code <sup>}, {@code <i>}, {@code <em>}, …) removed but their content kept, doubled angle
     * brackets removed, backslash escapes undone, runs of white space collapsed, ends trimmed.
     */
    public static String clean(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < n && "*_[]<>\\()".indexOf(s.charAt(i + 1)) >= 0) {
                char e = s.charAt(++i);
                if ((e == ')' || e == ']') && out.length() > 0 && out.charAt(out.length() - 1) == ' ') out.setLength(out.length() - 1);
                out.append(e);
            } else if ((c == ')' || c == ']') && out.length() > 1 && out.charAt(out.length() - 1) == ' ' && out.charAt(out.length() - 2) != ' ') {
                // " )" left where a backslash escape was blanked: no space before a closing bracket
                out.setLength(out.length() - 1);
                out.append(c);
            } else if (c == '*') {
                // emphasis marker: dropped
            } else if (c == '<' && i + 1 < n && s.charAt(i + 1) == '<') {
                i++;
            } else if (c == '>' && i + 1 < n && s.charAt(i + 1) == '>') {
                i++;
            } else if (c == '<') {
                int end = tagEnd(s, i);
                if (end > 0) i = end; else out.append(c);
            } else if (Character.isWhitespace(c) || c == '\u00A0') {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    /**
     * Where a bold pair opens the text: the offsets of its opening and closing {@code **} (or
     * {@code __}) when the text, after white space, begins with exactly two stars (or underscores)
     * and a later run of exactly two of the same closes them — a whole entry set in bold
     * ({@code **Service, Robert. _Stalin_. London: Macmillan, 2004.**}) or a bold lead
     * ({@code **Smith, J.** Title}). Bold carries no field there (it is not the italics of a title);
     * bold inside an entry ({@code **14** (2)}, a journal volume) is left alone. Null when there is none.
     */
    public static int[] leadingBold(CharSequence s) {
        int n = s.length();
        int i = 0;
        while (i < n && Character.isWhitespace(s.charAt(i))) i++;
        if (i + 2 >= n) return null;
        char m = s.charAt(i);
        if ((m != '*' && m != '_') || s.charAt(i + 1) != m || s.charAt(i + 2) == m || Character.isWhitespace(s.charAt(i + 2))) return null;
        for (int j = i + 3; j + 1 < n; j++) {
            if (s.charAt(j) != m) continue;
            int end = j;
            while (end < n && s.charAt(end) == m) end++;
            if (end - j == 2 && !Character.isWhitespace(s.charAt(j - 1))) return new int[] {i, j};
            j = end;
        }
        return null;
    }

    /** The text with the bold pair that opens it ({@link #leadingBold}) written as spaces, every other character in its place. */
    public static String withoutLeadingBold(String s) {
        int[] bold = leadingBold(s);
        if (bold == null) return s;
        char[] c = s.toCharArray();
        for (int at : bold) {
            c[at] = ' ';
            c[at + 1] = ' ';
        }
        return new String(c);
    }

    /**
     * The text with Markdown written inline made plain for reading, keeping every character at its
     * place (the result has the same length, so positions still point into the original):
     * backslash escapes such as {@code \(1985\)} become {@code  (1985 )}, and {@code _underscore_}
     * emphasis becomes {@code *star*} emphasis. Underscores inside words, in links or in ditto
     * runs ({@code ______}) are left alone.
     */
    public static String normalizeInline(String s) {
        char[] c = withoutLeadingBold(InlineHtml.plain(s)).toCharArray();
        int[] wrap = WrappingItalics.find(java.nio.CharBuffer.wrap(c));
        if (wrap != null) {
            c[wrap[0]] = ' ';
            c[wrap[1]] = ' ';
        }
        for (int[] cut : SplitItalics.find(java.nio.CharBuffer.wrap(c))) {
            c[cut[0]] = ' ';
            c[cut[1]] = ' ';
        }
        unescape(c);
        int open = -1;
        for (int i = 0; i < c.length; i++) {
            if (c[i] != '_') continue;
            char prev = i == 0 ? ' ' : c[i - 1];
            char next = i + 1 == c.length ? ' ' : c[i + 1];
            if (open < 0) {
                boolean opens = !Character.isLetterOrDigit(prev) && prev != '_' && prev != '/' && prev != '\\'
                        && prev != '=' && !Character.isWhitespace(next) && next != '_';
                if (opens) open = i;
            } else if (!Character.isWhitespace(prev) && prev != '_' && !Character.isLetterOrDigit(next) && next != '_') {
                c[open] = '*';
                c[i] = '*';
                open = -1;
            }
        }
        return new String(c);
    }

    /**
     * Markdown's backslash escapes ({@code 2014\\.}, {@code html\\#Herman2005}, {@code \\[1\\]}) read as the characters
     * they escape, in place: the backslash goes, the rest of its word moves left and the freed place becomes a space after
     * the word, so a word (an address, a year with its period) stays whole and the next word keeps its column.
     */
    private static void unescape(char[] c) {
        int w = 0; // where the next character is written
        int pad = 0; // backslashes dropped in the current word
        for (int r = 0; r < c.length; r++) {
            char ch = c[r];
            if (ch == '\\' && r + 1 < c.length && ESCAPABLE.indexOf(c[r + 1]) >= 0) {
                pad++;
                c[w++] = c[++r];
                continue;
            }
            if (Character.isWhitespace(ch) && pad > 0) {
                for (; pad > 0; pad--) c[w++] = ' ';
            }
            c[w++] = ch;
        }
        for (; pad > 0; pad--) c[w++] = ' ';
    }

    private static final String ESCAPABLE = "()[]{}.-#+!|`&<>\"'$~@";

    /** Index of the closing {@code >} of a simple HTML tag starting at {@code i}, or -1 when it is not one. */
    private static int tagEnd(String s, int i) {
        int j = i + 1;
        if (j < s.length() && s.charAt(j) == '/') j++;
        int nameStart = j;
        while (j < s.length() && j - nameStart < 10 && Character.isLetter(s.charAt(j))) j++;
        if (j == nameStart) return -1;
        String name = s.substring(nameStart, j).toLowerCase(java.util.Locale.ROOT);
        if (!java.util.Set.of("sup", "sub", "i", "em", "b", "strong", "span", "small", "br", "u").contains(name)) return -1;
        int limit = Math.min(s.length(), j + 80);
        for (int k = j; k < limit; k++) {
            if (s.charAt(k) == '>') return k;
            if (s.charAt(k) == '<') return -1;
        }
        return -1;
    }

    /** Collapses white space runs to one space and trims. */
    public static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    /**
     * True for the characters used as apostrophes or soft/hard signs in transliterated Russian:
     * the straight {@code '}, the curly {@code ’}, the modifier letters {@code ʼ ʹ ʺ} and the prime.
     */
    public static boolean isApostrophe(int c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u02B9' || c == '\u02BA' || c == '\u2032';
    }

    /** The text with every apostrophe-like character (curly or straight) made a straight {@code '}. */
    public static String straightApostrophes(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> out.appendCodePoint(isApostrophe(c) ? '\'' : c));
        return out.toString();
    }
}
