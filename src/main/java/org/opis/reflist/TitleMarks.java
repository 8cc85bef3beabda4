package org.opis.reflist;

import org.opis.text.Markup;

import static org.opis.reflist.WorkingText.ABBREVIATIONS;

/**
 * The marks that set a title apart in an entry: Markdown italics ({@code *Title*}, an opening {@code *} lost in
 * conversion, one never closed) and quotation marks of several languages ({@code “…”}, {@code «…»}, {@code „…“},
 * {@code ‘…’}, straight quotes), told apart from a transliterated hard sign ({@code s"ezd}) or soft sign
 * ({@code Kreml’}); and a quoted title's closing punctuation, kept when it ends an abbreviation of {@code abbreviations.txt}.
 */
final class TitleMarks {
    private TitleMarks() {
    }

    /** Index of the first {@code *} that closes an italic span whose opening was lost, or -1. */
    static int lostItalicOpening(CharSequence b, int pos) {
        int first = indexOfStar(b, pos);
        if (first < 0) return -1;
        int stars = 0;
        for (int i = first; i < b.length(); i++) if (b.charAt(i) == '*' && (i == 0 || b.charAt(i - 1) != '\\')) stars++;
        if (stars % 2 == 0) return -1;
        boolean prevWord = first > pos && !Character.isWhitespace(b.charAt(first - 1));
        boolean nextEnds = first + 1 >= b.length() || ".,;:) ".indexOf(b.charAt(first + 1)) >= 0;
        // the text before it must not itself be inside a quoted title
        return prevWord && nextEnds && first - pos > 1 ? first : -1;
    }

    /** The first {@code *} from {@code from} not escaped by a backslash, or -1. */
    static int indexOfStar(CharSequence b, int from) {
        for (int i = from; i < b.length(); i++) {
            if (b.charAt(i) == '*' && (i == 0 || b.charAt(i - 1) != '\\')) return i;
        }
        return -1;
    }

    /** The {@code *} closing the italic span opened at {@code open} (past a run of opening stars), or -1. */
    static int closingStar(CharSequence b, int open) {
        int i = open;
        while (i < b.length() && b.charAt(i) == '*') i++;
        int c = indexOfStar(b, i);
        if (c < 0) return -1;
        return c;
    }

    /** The first full stop before a space from {@code from}, or the end. */
    static int nextStop(CharSequence b, int from) {
        for (int i = from; i < b.length() - 1; i++) {
            if (b.charAt(i) == '.' && b.charAt(i + 1) == ' ') return i;
        }
        return b.length();
    }

    /** The first quoted title: {@code [open, close]} indexes, or null. */
    static int[] findQuote(CharSequence b, int from) {
        for (int i = from; i < b.length(); i++) {
            char c = b.charAt(i);
            char close;
            switch (c) {
                case '“' -> close = '”';
                case '«' -> close = '»';
                case '„' -> close = '“';
                case '"' -> {
                    if (i > from && Character.isLetter(b.charAt(i - 1))) continue; // s"ezd: a transliterated hard sign
                    close = '"';
                }
                case '‘' -> {
                    if (i > from && !Character.isWhitespace(b.charAt(i - 1))) continue;
                    close = '’';
                }
                case '\'' -> {
                    // a straight single quote opening a title (British notes: 'Title', Journal, 6, 3 (1912)): after a space, before a letter
                    if (!StraightQuotes.opens(b, from, i)) continue;
                    int j = StraightQuotes.close(b, i);
                    if (j < 0) continue;
                    return new int[]{i, j};
                }
                default -> {
                    continue;
                }
            }
            for (int j = i + 1; j < b.length(); j++) {
                char e = b.charAt(j);
                boolean match = e == close || (c == '„' && e == '”') || (c == '“' && e == '"');
                if (!match) continue;
                if (c == '‘' && !closesSingleQuote(b, j)) continue; // a soft sign (Kreml’ i …), not a closing quote
                // a straight quote between letters is a transliterated hard sign (s"ezda), not a closing quote
                if (e == '"' && j + 1 < b.length() && Character.isLetter(b.charAt(j + 1)) && Character.isLetter(b.charAt(j - 1))) continue;
                return new int[]{i, j};
            }
            return null;
        }
        return null;
    }

    /** A ’ closes a ‘…’ title when punctuation, the end, or a capital/italic/digit after a space follows it. */
    private static boolean closesSingleQuote(CharSequence b, int j) {
        if (j + 1 >= b.length()) return true;
        char n = b.charAt(j + 1);
        if (".,;:)".indexOf(n) >= 0) return true;
        if (n != ' ') return false;
        int k = j + 1;
        while (k < b.length() && b.charAt(k) == ' ') k++;
        if (k >= b.length()) return true;
        char m = b.charAt(k);
        return Character.isUpperCase(m) || Character.isDigit(m) || m == '*' || m == '(' || m == '<';
    }

    /** A quoted title cleaned: closing commas dropped, and its closing full stop unless it ends an abbreviation. */
    static String cleanQuotedTitle(String s) {
        String t = Markup.clean(s);
        while (t.endsWith(",")) t = t.substring(0, t.length() - 1).strip();
        if (t.endsWith(".")) {
            int sp = t.lastIndexOf(' ');
            String last = t.substring(sp + 1, t.length() - 1);
            // the full stop ends the sentence unless it ends an abbreviation (U.S., gg., Jr., a single letter)
            boolean abbreviation = last.indexOf('.') >= 0 || last.codePointCount(0, last.length()) == 1
                    || ABBREVIATIONS.contains(last);
            if (!abbreviation) t = t.substring(0, t.length() - 1);
        }
        return t;
    }
}
