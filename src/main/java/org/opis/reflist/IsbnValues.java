package org.opis.reflist;

/**
 * Where an ISBN's number ends: the run of its own characters only (digits, a closing {@code X}, hyphens), so that what
 * the list set right after it stays out ({@code ISBN 4004302560)P3-4}, {@code ISBN 978-4-594-08307-6）},
 * {@code ISBN 978-0-8133-2633-7.[permanent dead link]}, {@code ISBN 978-4329004291／旧版…}); a space after a hyphen inside the
 * number, where a line was broken or a space slipped in, is crossed while the number has fewer than 13 digits
 * ({@code ISBN: 978-85- 7811-119-9}, {@code ISBN 0-313-26007- 9}); and a label written twice ({@code ISBN ISBN 830511080X})
 * is read once.
 */
final class IsbnValues {
    private IsbnValues() {
    }

    /** Where the number starts at or after {@code from}: past a repeated label ({@code ISBN ISBN 83…}, {@code ISBN: ISBN-13: 978…}). */
    static int start(CharSequence s, int from) {
        int i = from;
        while (regionIs(s, i, "ISBN")) {
            int j = i + 4;
            if (regionIs(s, j, "-13") || regionIs(s, j, "-10")) j += 3;
            if (j < s.length() && s.charAt(j) == ':') j++;
            while (j < s.length() && s.charAt(j) == ' ') j++;
            if (j >= s.length() || !Character.isDigit(s.charAt(j))) return i;
            i = j;
        }
        return i;
    }

    /** Where the number that starts at {@code from} ends (a hyphen at its end left out). */
    static int end(CharSequence s, int from) {
        int digits = 0;
        int i = from;
        int last = from; // end of the last digit or X read
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
                last = ++i;
            } else if ((c == 'X' || c == 'x') && (digits == 9 || digits == 12)) {
                digits++;
                last = ++i;
                break;
            } else if (c == '-' || c == '‐' || c == '–') {
                i++;
            } else if (c == ' ' && i > from && s.charAt(i - 1) == '-' && digits < 13 && digits != 10
                    && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
                i++;
            } else break;
            if (digits >= 13) break;
        }
        return last;
    }

    private static boolean regionIs(CharSequence s, int at, String word) {
        if (at + word.length() > s.length()) return false;
        for (int k = 0; k < word.length(); k++)
            if (Character.toUpperCase(s.charAt(at + k)) != word.charAt(k)) return false;
        return true;
    }
}
