package org.opis.reflist.tagger;

import java.util.ArrayList;
import java.util.List;
import org.opis.text.Regexes;

/**
 * Splits one entry into tokens: words (letters and digits, with apostrophes inside a word), URLs
 * and DOIs whole, and every other character alone ({@code //} and {@code ...} kept together).
 * Markdown emphasis markers ({@code *}, {@code _}) and HTML {@code <i>}/{@code <em>} tags are not
 * tokens: they set the italic flag of the tokens they enclose. Quotes set the quoted flag; they stay
 * tokens themselves. A Markdown link {@code [words](url)} is its words, flagged as linked and
 * not bracketed, and its address as one URL token: its brackets and parentheses are no tokens, so
 * a field read over the words holds them without the link's syntax. Never throws.
 */
public final class Tokenizer {
    private Tokenizer() {
    }

    /** The characters pandoc's Markdown writer escapes with a backslash. */
    private static final String MARKDOWN_ESCAPED = ".#*_[](){}<>!|`~^$@&\\-+";

    public static List<Token> tokens(String given) {
        String s = org.opis.text.InlineHtml.plain(given); // entities and tags read in place: offsets still point into the given text
        List<Token> out = new ArrayList<>();
        int[] wrap = org.opis.text.WrappingItalics.find(s);
        if (wrap != null) {
            // a whole entry set in italics around its own italic title: the outer pair marks no field
            char[] plain = s.toCharArray();
            plain[wrap[0]] = ' ';
            plain[wrap[1]] = ' ';
            s = new String(plain);
        }
        boolean italic = false;
        boolean quoted = false;
        int paren = 0;
        int bracket = 0;
        boolean space = false;
        int n = s.length();
        int i = 0;
        int[] bold = org.opis.text.Markup.leadingBold(s);
        int[] link = null; // the open link: its text's end (the ']'), its address's start and end
        while (i < n) {
            char c = s.charAt(i);
            if (link == null && c == '[' && (link = link(s, i)) != null) {
                i++;
                continue;
            }
            if (link != null && i == link[0]) {
                out.add(new Token(s.substring(link[1], link[2]), link[1], link[2], italic, quoted, paren > 0, bracket > 0, true));
                i = link[2] + 1;
                link = null;
                space = false;
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = true;
                i++;
                continue;
            }
            if (c == '\\' && i + 1 < n && MARKDOWN_ESCAPED.indexOf(s.charAt(i + 1)) >= 0) {
                // pandoc's Markdown escape ("2014\.", "\#", "\*"): the backslash is no token, the character after it is
                // read as itself (an escaped '*' or '_' is a character, not an italic mark)
                i++;
                char e = s.charAt(i);
                if (e == '*' || e == '_') {
                    out.add(new Token(String.valueOf(e), i, i + 1, italic, quoted, paren > 0, bracket > 0, space, link != null));
                    space = false;
                    i++;
                    continue;
                }
                c = e;
            }
            if (bold != null && (i == bold[0] || i == bold[1])) {
                // a whole entry or its lead set in bold: no field is marked by it (never the title's italics)
                i += 2;
                continue;
            }
            if (c == '*' || (c == '_' && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)) || i + 1 >= n || !Character.isLetterOrDigit(s.charAt(i + 1))))) {
                int j = i;
                while (j < n && s.charAt(j) == c) j++;
                italic = !italic;
                i = j;
                continue;
            }
            if (c == '<') {
                int tag = htmlTag(s, i);
                if (tag > 0) {
                    String t = s.substring(i, tag).toLowerCase(java.util.Locale.ROOT);
                    if (t.startsWith("<i") || t.startsWith("<em")) italic = true;
                    else if (t.startsWith("</i") || t.startsWith("</em")) italic = false;
                    i = tag;
                    continue;
                }
            }
            int end;
            if (s.startsWith("http://", i) || s.startsWith("https://", i) || s.startsWith("www.", i)
                    || (c == '1' && s.startsWith("10.", i) && i + 7 < n && doiStart(s, i))) {
                end = i;
                int stop = link != null ? link[0] : n; // an address shown as a link's text ends at its ']'
                while (end < stop && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '>' && s.charAt(end) != '*') end++;
                while (end > i + 1 && ".,;:)]".indexOf(s.charAt(end - 1)) >= 0) end--;
            } else if (isWordChar(c)) {
                end = i + 1;
                while (end < n) {
                    char d = s.charAt(end);
                    if (isWordChar(d)) end++;
                    else if (isApostrophe(d) && end + 1 < n && Character.isLetter(s.charAt(end + 1)) && Character.isLetter(s.charAt(end - 1))) end++;
                    else break;
                }
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                end = i + 2;
            } else if (c == '.' && s.startsWith("...", i)) {
                end = i + 3;
            } else {
                end = i + 1;
                if (Character.isHighSurrogate(c) && end < n) end++;
            }
            String text = s.substring(i, end);
            boolean closeQuote = quoted && isCloseQuote(c, s, i);
            boolean openQuote = !quoted && isOpenQuote(c, s, i);
            if (c == ')' && paren > 0) paren--;
            if (c == ']' && bracket > 0) bracket--;
            out.add(new Token(text, i, end, italic, quoted && !closeQuote, paren > 0, bracket > 0, space, link != null));
            if (c == '(') paren++;
            if (c == '[') bracket++;
            if (openQuote) quoted = true;
            else if (closeQuote) quoted = false;
            space = false;
            i = end;
        }
        return out;
    }

    /**
     * The Markdown link opening at {@code s[i] == '['}: the index of its {@code ]}, and the start and end
     * of the address in the parentheses right after it (a web address, parentheses inside it balanced);
     * null when the bracket opens no such link (a bracket of the entry's own: {@code [Ithaca, NY: 1998]}).
     */
    static int[] link(String s, int i) {
        int n = s.length();
        int close = -1;
        for (int j = i + 1; j < n; j++) {
            char d = s.charAt(j);
            if (d == '[' || d == '\n') return null;
            if (d == ']') {
                close = j;
                break;
            }
        }
        if (close < 0 || close == i + 1 || close + 1 >= n || s.charAt(close + 1) != '(') return null;
        int a = close + 2;
        if (!(s.startsWith("http://", a) || s.startsWith("https://", a) || s.startsWith("www.", a))) return null;
        int depth = 0;
        for (int j = a; j < n; j++) {
            char d = s.charAt(j);
            if (Character.isWhitespace(d)) return null;
            if (d == '(') depth++;
            else if (d == ')') {
                if (depth == 0) return j > a ? new int[]{close, a, j} : null;
                depth--;
            }
        }
        return null;
    }

    private static int htmlTag(String s, int i) {
        int close = s.indexOf('>', i);
        if (close < 0 || close - i > 8) return -1;
        String t = s.substring(i + 1, close).toLowerCase(java.util.Locale.ROOT);
        if (Regexes.matches(t, "/?(i|em|b|strong|span|sup|sub)")) return close + 1;
        return -1;
    }

    private static boolean doiStart(String s, int i) {
        int j = i + 3;
        int d = 0;
        while (j < s.length() && Character.isDigit(s.charAt(j))) {
            j++;
            d++;
        }
        return d >= 4 && j < s.length() && s.charAt(j) == '/';
    }

    static boolean isWordChar(char c) {
        if (Character.isLetterOrDigit(c)) return true;
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || Character.isSurrogate(c);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u02B9';
    }

    private static boolean isOpenQuote(char c, String s, int i) {
        if (c == '\u201C' || c == '\u201E' || c == '\u00AB' || c == '\u2018' || c == '\u201A') return true;
        if (c == '"' || c == '\'') return i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1)) && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)));
        return false;
    }

    private static boolean isCloseQuote(char c, String s, int i) {
        return c == '\u201D' || c == '\u00BB' || c == '\u2019' || c == '"' || c == '\u201C' || (c == '\'' && (i + 1 >= s.length() || !Character.isLetter(s.charAt(i + 1))));
    }
}
