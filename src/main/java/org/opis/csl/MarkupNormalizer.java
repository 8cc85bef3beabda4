package org.opis.csl;

import java.text.Normalizer;

/**
 * Brings a printed reference-list entry and opis's formatting of it to a common form before they
 * are compared, so that only differences of content remain. In order:
 * <ol>
 *   <li>Unicode NFC;</li>
 *   <li>Markdown emphasis marks {@code *} removed (italics are not compared);</li>
 *   <li>a list marker at the start ({@code - }, {@code * }, {@code + }, {@code 12. }) removed;</li>
 *   <li>doubled angle brackets of converted documents ({@code <<http://…>>}) made single;</li>
 *   <li>double quotes {@code “ ” „ « » "} made {@code "}, single quotes and apostrophes
 *   {@code ‘ ’ ‚ ' ʼ ′} made {@code '};</li>
 *   <li>dashes and hyphens ({@code - ‐ ‑ ‒ – — ― −}) made {@code -};</li>
 *   <li>the repeated-author mark at the start of an entry (a dash of any length, or nothing,
 *   before the full stop: {@code ———. }, {@code —. }, {@code . }) made {@code ---. };</li>
 *   <li>every run of white space (no-break spaces too) made one space, and the ends trimmed.</li>
 * </ol>
 * Linear time: one pass per step, no regular expressions.
 */
public final class MarkupNormalizer {

    private MarkupNormalizer() {
    }

    /** The normalised form of an entry. */
    public static String normalize(String entry) {
        String s = Normalizer.normalize(entry, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*') continue;
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                continue;
            }
            if (space && sb.length() > 0) sb.append(' ');
            space = false;
            switch (c) {
                case '“', '”', '„', '‟', '«', '»', '"' -> sb.append('"');
                case '‘', '’', '‚', '‛', 'ʼ', '′', '\'' -> sb.append('\'');
                case '-', '‐', '‑', '‒', '–', '—', '―', '−' -> sb.append('-');
                case '<' -> {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '<') i++;
                    sb.append('<');
                }
                case '>' -> {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '>') i++;
                    sb.append('>');
                }
                default -> sb.append(c);
            }
        }
        String t = sb.toString();
        t = dropListMarker(t);
        return repeatedAuthorMark(t);
    }

    private static String dropListMarker(String t) {
        if (t.length() >= 2 && (t.charAt(0) == '-' || t.charAt(0) == '+') && t.charAt(1) == ' ') {
            // "- Bovin" is a list item; "- . Title" too (its dash was lost), but "---. Title" is not.
            return t.substring(2);
        }
        int i = 0;
        while (i < t.length() && i < 4 && Character.isDigit(t.charAt(i))) i++;
        if (i > 0 && i + 1 < t.length() && t.charAt(i) == '.' && t.charAt(i + 1) == ' ') return t.substring(i + 2);
        return t;
    }

    private static String repeatedAuthorMark(String t) {
        int i = 0;
        while (i < t.length() && t.charAt(i) == '-') i++;
        int j = i;
        if (j < t.length() && t.charAt(j) == ' ') j++;
        if (j < t.length() && t.charAt(j) == '.' && (j + 1 == t.length() || t.charAt(j + 1) == ' ')) {
            return "---." + t.substring(j + 1);
        }
        return t;
    }
}
