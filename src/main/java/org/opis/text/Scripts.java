package org.opis.text;

import com.ibm.icu.lang.UScript;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writing systems in a text: finds words that mix Latin and Cyrillic letters (a keyboard-layout
 * slip such as {@code sovetско}, or a look-alike letter pasted from another document) and gives
 * their clean spelling. The letter tables live in {@code org/opis/text/lookalikes.tsv}.
 */
public final class Scripts {

    /** A word written in two scripts, with its place in the text it was found in. */
    public record MixedWord(int start, int end, String word, int latinLetters, int cyrillicLetters) {
        /** True when most letters are Latin, so the Cyrillic ones are the intruders. */
        public boolean mostlyLatin() {
            return latinLetters >= cyrillicLetters;
        }
    }

    private record Letter(String visual, String phonetic) {
    }

    private static final Map<Integer, Letter> CYRILLIC_TO_LATIN;
    private static final Map<Integer, Integer> LATIN_TO_CYRILLIC;

    static {
        Map<Integer, Letter> c2l = new HashMap<>();
        Map<Integer, Integer> l2c = new HashMap<>();
        try (InputStream in = Scripts.class.getResourceAsStream("lookalikes.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                int cyr = f[0].codePointAt(0);
                String visual = f[1].equals("-") ? "" : f[1];
                c2l.put(cyr, new Letter(visual, f[2]));
                if (!visual.isEmpty() && visual.codePointCount(0, visual.length()) == 1) {
                    l2c.putIfAbsent(visual.codePointAt(0), cyr);
                }
            }
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("cannot read org/opis/text/lookalikes.tsv", e));
        }
        CYRILLIC_TO_LATIN = Collections.unmodifiableMap(c2l);
        LATIN_TO_CYRILLIC = Collections.unmodifiableMap(l2c);
    }

    private Scripts() {
    }

    /** The ICU script code of a code point (e.g. {@link UScript#LATIN}, {@link UScript#CYRILLIC}). */
    public static int script(int codePoint) {
        return UScript.getScript(codePoint);
    }

    /** True when the text holds at least one Cyrillic letter. */
    public static boolean hasCyrillic(String s) {
        return s.codePoints().anyMatch(c -> Character.isLetter(c) && script(c) == UScript.CYRILLIC);
    }

    /** Words (runs of letters and combining marks) that contain both Latin and Cyrillic letters. */
    public static List<MixedWord> mixedWords(String s) {
        List<MixedWord> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            int c = s.codePointAt(i);
            if (!Character.isLetter(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            int latin = 0;
            int cyr = 0;
            while (i < n) {
                int d = s.codePointAt(i);
                int type = Character.getType(d);
                if (!Character.isLetter(d) && type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK) break;
                int sc = script(d);
                if (sc == UScript.LATIN) latin++;
                else if (sc == UScript.CYRILLIC) cyr++;
                i += Character.charCount(d);
            }
            if (latin > 0 && cyr > 0) out.add(new MixedWord(start, i, s.substring(start, i), latin, cyr));
        }
        return out;
    }

    /**
     * The clean spelling of a mixed word. A mostly Latin word gets Latin letters for its Cyrillic
     * ones: phonetically ({@code с} → {@code s}, as a keyboard-layout slip in transliterated
     * Russian means) when {@code phonetic}, otherwise by look ({@code с} → {@code c}). A mostly
     * Cyrillic word gets Cyrillic letters for its Latin look-alikes.
     */
    public static String cleanSpelling(MixedWord w, boolean phonetic) {
        StringBuilder out = new StringBuilder();
        boolean toLatin = w.mostlyLatin();
        w.word().codePoints().forEach(c -> {
            if (toLatin && script(c) == UScript.CYRILLIC) {
                boolean upper = Character.isUpperCase(c);
                Letter l = CYRILLIC_TO_LATIN.get(Character.toLowerCase(c));
                if (l == null) {
                    out.appendCodePoint(c);
                } else {
                    String t = phonetic || l.visual().isEmpty() ? l.phonetic() : l.visual();
                    out.append(upper && !t.isEmpty() ? Character.toUpperCase(t.charAt(0)) + t.substring(1) : t);
                }
            } else if (!toLatin && script(c) == UScript.LATIN) {
                boolean upper = Character.isUpperCase(c);
                Integer cy = LATIN_TO_CYRILLIC.get(Character.toLowerCase(c));
                if (cy == null) out.appendCodePoint(c);
                else out.appendCodePoint(upper ? Character.toUpperCase(cy) : cy);
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
