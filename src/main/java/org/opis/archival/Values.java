package org.opis.archival;

import com.ibm.icu.text.Transliterator;

/**
 * Small helpers for the strings inside archival citations: Cyrillic/Latin look-alike letters,
 * vulgar fractions, dashes, and the script of fond prefixes and lettered numbers.
 */
public final class Values {

    private Values() {
    }

    private static final String CYR_LOOKALIKE = "АВЕКМНОРСТХУаеорсху";
    private static final String LAT_LOOKALIKE = "ABEKMHOPCTXYaeopcxy";

    /** The Latin look-alike of a Cyrillic letter (Р → P, С → C, …), else the letter itself. */
    public static int foldHomoglyph(int cp) {
        int i = cp < 0x10000 ? CYR_LOOKALIKE.indexOf((char) cp) : -1;
        return i >= 0 ? LAT_LOOKALIKE.charAt(i) : cp;
    }

    /**
     * A comparison key for a fond, opis or delo number: Cyrillic Р and Latin R are equal (Р-17 = R-17 = Р17),
     * other Cyrillic look-alikes (С, О, А, Е, …) equal their Latin twins, hyphens and spaces are ignored,
     * letters are upper-cased.
     */
    public static String key(String value) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || isDash(cp)) continue;
            int u = Character.toUpperCase(cp);
            if (u == 0x420) { sb.append('R'); continue; } // Cyrillic Р is transliterated R
            sb.appendCodePoint(foldHomoglyph(u));
        }
        return sb.toString();
    }

    /**
     * A word typed in two scripts ("Oп." with a Latin O) written wholly in one: the other script's look-alike
     * letters turned into the script of the word's other letters; null when the word is in one script, or when a
     * letter of the other script has no look-alike.
     */
    static String oneScript(String word) {
        boolean cyr = false, lat = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c)) continue;
            if (isCyrillic(c)) cyr = true;
            else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) lat = true;
        }
        if (!cyr || !lat) return null;
        String toCyr = swap(word, LAT_LOOKALIKE, CYR_LOOKALIKE), toLat = swap(word, CYR_LOOKALIKE, LAT_LOOKALIKE);
        // the script the word keeps is the one whose letters have no look-alike ("п" in "Oп"); a word made only of
        // look-alikes is left alone
        if (toCyr != null && !hasLatin(toCyr) && toLat != null && !hasCyrillic(toLat)) return null;
        if (toCyr != null && !hasLatin(toCyr)) return toCyr;
        if (toLat != null && !hasCyrillic(toLat)) return toLat;
        return null;
    }

    private static String swap(String word, String from, String to) {
        StringBuilder sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int k = from.indexOf(c);
            sb.append(k >= 0 ? to.charAt(k) : c);
        }
        return sb.toString();
    }

    private static boolean hasLatin(String s) {
        return s.codePoints().anyMatch(c -> Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    /** True when two numbers (fond, opis, delo…) are the same once look-alike letters are folded. */
    public static boolean sameNumber(String a, String b) {
        return key(a).equals(key(b));
    }

    public static boolean isCyrillic(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC;
    }

    public static boolean hasCyrillic(String s) {
        return s.codePoints().anyMatch(Values::isCyrillic);
    }

    static boolean hasDigit(String s) {
        return s.codePoints().anyMatch(Character::isDigit);
    }

    /** Dashes that may separate a range: hyphen, U+2010, U+2011, figure dash, en dash, em dash, minus. */
    public static boolean isDash(int cp) {
        return cp == '-' || cp == 0x2010 || cp == 0x2011 || cp == 0x2012 || cp == 0x2013 || cp == 0x2014 || cp == 0x2212;
    }

    /** "n/m" for a vulgar fraction character (½ → 1/2), else null. */
    public static String fraction(int cp) {
        switch (cp) {
            case 0xBD: return "1/2";
            case 0xBC: return "1/4";
            case 0xBE: return "3/4";
            case 0x2150: return "1/7";
            case 0x2151: return "1/9";
            case 0x2152: return "1/10";
            case 0x2153: return "1/3";
            case 0x2154: return "2/3";
            case 0x2155: return "1/5";
            case 0x2156: return "2/5";
            case 0x2157: return "3/5";
            case 0x2158: return "4/5";
            case 0x2159: return "1/6";
            case 0x215A: return "5/6";
            case 0x215B: return "1/8";
            case 0x215C: return "3/8";
            case 0x215D: return "5/8";
            case 0x215E: return "7/8";
            default: return null;
        }
    }

    /** Replaces vulgar fractions by "n/m" (a digit before the fraction is kept apart: 1½ → 1 1/2 is not guessed; ½ → 1/2). */
    public static String expandFractions(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            String f = fraction(cp);
            if (f != null) sb.append(f); else sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Russian-Latin/BGN"));
    private static final ThreadLocal<Transliterator> TO_CYRILLIC =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Latin-Cyrillic"));

    /** A number or name in Latin script for English citations (Р-9478 → R-9478, П-9248 → P-9248, 23а → 23a, Сената → Senata; BGN/PCGN romanization). */
    public static String latinNumber(String v) {
        if (!hasCyrillic(v)) return v;
        return TO_LATIN.get().transliterate(v);
    }

    /** A number in Cyrillic script for GOST citations (R-9478 → Р-9478, 23a → 23а). */
    public static String cyrillicNumber(String v) {
        boolean latinLetter = v.codePoints().anyMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
        if (!latinLetter || !hasDigit(v)) return v; // Roman numerals and names stay as written
        return TO_CYRILLIC.get().transliterate(v);
    }
}
