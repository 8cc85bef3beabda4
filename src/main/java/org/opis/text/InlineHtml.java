package org.opis.text;

import java.util.Locale;

/**
 * HTML written inline in a text entry — what a list copied from a web page, a Zotero export or a Markdown file with
 * HTML keeps: {@code <i>Title</i>}, {@code «&nbsp;Titre&nbsp;»}, {@code Payot &amp; Rivages},
 * {@code <a href="https://…">https://…</a>} — read as the text it shows. Italic tags become Markdown's {@code *}; other
 * known tags go (a line break is a space); a link's address stands before the words it shows unless they are that
 * address; an entity becomes its character. The result keeps the text's length (padded with spaces at its end), so a
 * position found in it is still inside the text. Anything else (an unknown tag, a lone {@code &}, an autolink
 * {@code <https://…>}) is left as it is.
 */
public final class InlineHtml {
    private InlineHtml() {
    }

    /** Tags whose text is italic. */
    private static final java.util.Set<String> ITALIC = java.util.Set.of("i", "em", "cite", "var", "dfn");
    /**
     * Tags read as nothing but their text. Not {@code <sup>}: the readers read {@code Paderborn <sup>5</sup>2011} (a German
     * edition) and {@code 2012<sup>a</sup>} themselves, where the tags keep the two numbers apart.
     */
    private static final java.util.Set<String> PLAIN = java.util.Set.of("b", "strong", "span", "small", "u",
            "br", "font", "abbr", "bdi", "bdo", "mark", "q", "s", "wbr", "p", "div");
    /** True when the text may hold a tag or an entity (a quick test before {@link #plain}). */
    private static boolean mayHold(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '<' || c == '&') return true;
        }
        return false;
    }

    /**
     * The text with its inline HTML read; the text itself when it holds none. What the tags and entities took is closed
     * up and the result padded with spaces at its end to the text's length, so the text's words stay whole and one space
     * apart as a reader expects ({@code *Journal des Savants* 3 (1) : 97}) and a position is still inside the text (a
     * position after a tag or an entity points a few characters further on in the original).
     */
    public static String plain(String s) {
        if (!mayHold(s)) return s;
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int stars = 0; // the text's own asterisks so far: odd inside a Markdown emphasis
        while (i < s.length()) {
            char c = s.charAt(i);
            int next = c == '<' ? tag(s, i, out, stars % 2 == 1) : c == '&' ? entity(s, i, out) : -1;
            if (next < 0) {
                if (c == '*') stars++;
                out.append(c);
                i++;
            } else {
                i = next;
            }
        }
        if (out.length() == s.length()) return s;
        while (out.length() < s.length()) out.append(' ');
        return out.toString();
    }

    /**
     * Reads the tag opening at {@code s[i]} into {@code out}; the index after it, or -1 when no known tag opens there. An
     * italic tag inside the text's own emphasis ({@code *Hoxha's <i>Albania</i>*}) leaves no mark: its words are part of
     * the italic span around them, not a span of their own that would close it.
     */
    private static int tag(String s, int i, StringBuilder out, boolean inEmphasis) {
        int j = i + 1;
        boolean closing = j < s.length() && s.charAt(j) == '/';
        if (closing) j++;
        int nameStart = j;
        while (j < s.length() && j - nameStart < 8 && Character.isLetter(s.charAt(j))) j++;
        if (j == nameStart || j >= s.length()) return -1;
        char after = s.charAt(j);
        if (after != '>' && after != ' ' && after != '/') return -1;
        String name = s.substring(nameStart, j).toLowerCase(Locale.ROOT);
        boolean link = name.equals("a");
        if (!link && !ITALIC.contains(name) && !PLAIN.contains(name)) return -1;
        int end = -1;
        for (int k = j; k < s.length() && k < i + 2000; k++) {
            if (s.charAt(k) == '>') {
                end = k + 1;
                break;
            }
            if (s.charAt(k) == '<') return -1;
        }
        if (end < 0) return -1;
        if (ITALIC.contains(name)) {
            if (!inEmphasis) out.append('*');
        } else if (name.equals("br") || name.equals("p") || name.equals("div")) {
            // a line break is a space between words; any other tag stands inside a word as often as between two
            if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') out.append(' ');
        } else if (link && !closing) {
            String address = href(s.substring(j, end));
            if (address == null) return end;
            int shown = shownAddressEnd(s, end, address);
            if (shown < 0) {
                out.append(address).append(' ');
            } else {
                // the link shows its address, perhaps without its scheme ("www.academia.edu/…"): the whole address
                out.append(address);
                return shown;
            }
        }
        return end;
    }

    /** The web address of an opening tag's {@code href} (its {@code &amp;} read), or null. */
    private static String href(String t) {
        int h = t.toLowerCase(Locale.ROOT).indexOf("href=");
        if (h < 0) return null;
        int s = h + 5;
        if (s >= t.length()) return null;
        char q = t.charAt(s);
        int e;
        if (q == '"' || q == '\'') {
            s++;
            e = t.indexOf(q, s);
        } else {
            e = s;
            while (e < t.length() && t.charAt(e) != ' ' && t.charAt(e) != '>') e++;
        }
        if (e <= s) return null;
        String value = t.substring(s, e).replace("&amp;", "&");
        return value.startsWith("http://") || value.startsWith("https://") || value.startsWith("www.") ? value : null;
    }

    /**
     * Where the words a link shows end, when they are its address (give or take the scheme, {@code www.} and a last slash)
     * or nothing; -1 when they are other words, or begin with a tag of their own ({@code <a href="…"><em>Title</em></a>}).
     */
    private static int shownAddressEnd(String s, int textStart, String address) {
        int close = s.indexOf('<', textStart);
        if (close < 0 || close > textStart + 2000) return -1;
        String shown = bare(s.substring(textStart, close).strip());
        // no words before the next tag: the link shows nothing only when that tag closes it (not "<em>Title</em></a>")
        if (shown.isEmpty()) return s.regionMatches(true, close, "</a", 0, 3) ? close : -1;
        return shown.equals(bare(address)) ? close : -1;
    }

    private static String bare(String u) {
        String s = u.replace("&amp;", "&");
        for (String p : new String[]{"https://", "http://"}) if (s.startsWith(p)) s = s.substring(p.length());
        if (s.startsWith("www.")) s = s.substring(4);
        while (s.endsWith("/")) s = s.substring(0, s.length() - 1);
        return s;
    }

    /** Reads the entity opening at {@code s[i]} into {@code out}; the index after it, or -1 when none opens there. */
    private static int entity(String s, int i, StringBuilder out) {
        int j = i + 1;
        while (j < s.length() && j - i <= 10 && s.charAt(j) != ';' && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '#')) j++;
        if (j >= s.length() || s.charAt(j) != ';' || j == i + 1) return -1;
        String entity = s.substring(i, j + 1);
        // HTML's own table of entities, named and numeric (jsoup's); what it does not know it gives back unread
        String ch = org.jsoup.parser.Parser.unescapeEntities(entity, false);
        if (ch.equals(entity) || ch.isEmpty() || ch.codePoints().anyMatch(Character::isISOControl)) return -1;
        if (ch.equals("\u00A0") || ch.equals("\u2009") || ch.equals("\u2002") || ch.equals("\u2003")) ch = " ";
        // a non-breaking space is a space; two spaces in a row are one (":&nbsp; théorie")
        if (ch.equals(" ") && (out.length() == 0 || out.charAt(out.length() - 1) == ' ')) return j + 1;
        if (ch.equals(" ") && j + 1 < s.length() && Character.isWhitespace(s.charAt(j + 1))) return j + 1;
        out.append(ch);
        return j + 1;
    }
}
