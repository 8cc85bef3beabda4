package org.opis.cite;

/**
 * A primary source cited in the pages of a translation, in a note: {@code Al-Umari, translated in Levtzion & Hopkins 2000,
 * p. 267} cites Al-Umari's work (an entry of the list, "Al-Umari, …, translated in Levtzion & Hopkins 2000"), its pinpoint
 * the page of the translation. The joining words ({@code translated in}, {@code trans. in}) are data
 * ({@code scanner-words.tsv}, kind {@code translated}).
 */
final class TranslationPages {

    private static final int MAX_TRANSLATOR = 100;

    private TranslationPages() {
    }

    /**
     * Where the pinpoint starts when {@code t[r, b)} opens with the joining words, the translation's authors and its year and a
     * comma ({@code translated in Levtzion & Hopkins 2000, }); {@code r} itself otherwise.
     */
    static int pinpointStart(ScannerWords words, String t, int r, int b) {
        int k = ScannerWords.matchAt(words.translatedIn, t, r, b);
        if (k == 0) return r;
        int limit = Math.min(b, r + k + MAX_TRANSLATOR);
        for (int i = r + k; i + 4 <= limit; i++) {
            if (i > 0 && Character.isLetterOrDigit(t.charAt(i - 1))) continue;
            if (!isYear(t, i, limit)) continue;
            int e = i + 4;
            if (e < limit && Character.isLowerCase(t.charAt(e))) e++; // 2000a
            if (e < b && t.charAt(e) == ',') {
                e++;
                while (e < b && t.charAt(e) == ' ') e++;
                return e;
            }
            return r;
        }
        return r;
    }

    private static boolean isYear(String t, int i, int limit) {
        for (int j = 0; j < 4; j++) if (i + j >= limit || !Character.isDigit(t.charAt(i + j))) return false;
        return (i + 4 >= limit || !Character.isDigit(t.charAt(i + 4))) && (t.charAt(i) == '1' || t.charAt(i) == '2');
    }
}
