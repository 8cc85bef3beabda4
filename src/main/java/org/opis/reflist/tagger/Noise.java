package org.opis.reflist.tagger;

import java.util.Random;

/**
 * The damage real conversions do to reference lists, applied at random to synthetic entries: lost
 * or unbalanced italic markers, spaces dropped after commas and colons, straight and curly quotes
 * mixed, Cyrillic–Latin look-alike letters swapped (as OCR and mixed keyboards do), a missing final
 * full stop, doubled spaces.
 */
final class Noise {
    private static final String LATIN = "aceopxyAEKMHOPCTX";
    private static final String CYRILLIC = "асеорхуАЕКМНОРСТХ";

    private Noise() {
    }

    static String apply(String s, Random rnd) {
        if (rnd.nextDouble() < 0.08) s = s.replace("*", "");
        else if (rnd.nextDouble() < 0.05) {
            int i = s.indexOf('*');
            if (i >= 0) s = s.substring(0, i) + s.substring(i + 1);
        }
        if (rnd.nextDouble() < 0.07) s = s.replace(", ", ",").replace(": ", ":");
        if (rnd.nextDouble() < 0.1) s = s.replace('\u201C', '"').replace('\u201D', '"').replace('\u2018', '\'').replace('\u2019', '\'');
        else if (rnd.nextDouble() < 0.04) s = s.replace('\u201C', '\u00AB').replace('\u201D', '\u00BB');
        if (rnd.nextDouble() < 0.04) s = lookAlike(s, rnd);
        if (rnd.nextDouble() < 0.15 && s.endsWith(".")) s = s.substring(0, s.length() - 1);
        if (rnd.nextDouble() < 0.03) s = s.replace(" ", "  ");
        return s;
    }

    private static String lookAlike(String s, Random rnd) {
        StringBuilder b = new StringBuilder(s);
        for (int k = 0; k < 2; k++) {
            int i = rnd.nextInt(b.length());
            char c = b.charAt(i);
            int a = LATIN.indexOf(c);
            int z = CYRILLIC.indexOf(c);
            if (a >= 0) b.setCharAt(i, CYRILLIC.charAt(a));
            else if (z >= 0) b.setCharAt(i, LATIN.charAt(z));
        }
        return b.toString();
    }

    /** A word written in one script with look-alikes of the other folded into it (for matching). */
    static String foldLookAlikes(String w) {
        int lat = 0;
        int cyr = 0;
        for (int i = 0; i < w.length(); i++) {
            Character.UnicodeScript sc = Character.UnicodeScript.of(w.charAt(i));
            if (sc == Character.UnicodeScript.LATIN) lat++;
            else if (sc == Character.UnicodeScript.CYRILLIC) cyr++;
        }
        if (lat == 0 || cyr == 0) return w;
        String from = lat >= cyr ? CYRILLIC : LATIN;
        String to = lat >= cyr ? LATIN : CYRILLIC;
        StringBuilder b = new StringBuilder(w);
        for (int i = 0; i < b.length(); i++) {
            int k = from.indexOf(b.charAt(i));
            if (k >= 0) b.setCharAt(i, to.charAt(k));
        }
        return b.toString();
    }
}
