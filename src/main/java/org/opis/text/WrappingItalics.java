package org.opis.text;

/**
 * A whole entry set in italics around its own italic title, as syllabi mark the readings chosen for
 * reports: {@code _Jacques LeGoff, _History and Memory__}, {@code _Alon Confino, _The Nation as a Local
 * Metaphor_ (Chapel Hill, 1997)._}. The outer pair carries no field; read as emphasis, it made the whole
 * entry the title and left the names unread. Found by shape alone: the text opens and closes with the
 * same single mark ({@code _} or {@code *}), the first such mark inside opens a span (it follows white
 * space or the outer mark and precedes a letter, digit or quotation mark) that closes before the outer
 * closing mark, and the marks inside pair up. An entry that is only an italic title
 * ({@code _Slavery and Abolition: A Journal of Comparative Studies_}) or two titles side by side
 * ({@code _Title_ and _Other_}) is not one.
 */
public final class WrappingItalics {
    private WrappingItalics() {
    }

    /** The offsets of the outer opening and closing mark, or null when the text is not wrapped so. */
    public static int[] find(CharSequence s) {
        int i = 0;
        int j = s.length() - 1;
        while (i <= j && Character.isWhitespace(s.charAt(i))) i++;
        while (j >= i && Character.isWhitespace(s.charAt(j))) j--;
        if (j - i < 5) return null;
        char m = s.charAt(i);
        if ((m != '_' && m != '*') || s.charAt(j) != m) return null;
        // the outer opening mark is single unless the inner span opens right after it
        int first = -1;
        int count = 0;
        for (int k = i + 1; k < j; k++) {
            if (s.charAt(k) != m) continue;
            count++;
            if (first < 0) first = k;
        }
        if (first < 0 || count % 2 != 0) return null;
        char before = s.charAt(first - 1);
        char after = s.charAt(first + 1);
        boolean opens = (first == i + 1 || Character.isWhitespace(before)) && (Character.isLetterOrDigit(after) || after == '"' || after == '\u201C');
        if (!opens) return null;
        // the inner span closes before the outer closing mark
        for (int k = first + 2; k < j; k++) {
            if (s.charAt(k) == m && !Character.isWhitespace(s.charAt(k - 1))) return new int[] {i, j};
        }
        return null;
    }
}
