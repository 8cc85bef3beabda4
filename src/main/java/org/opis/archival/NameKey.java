package org.opis.archival;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.Transliterator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A spelling-blind key for full archive names, so that "Rossiiskii gosudarstvennyi arkhiv",
 * "Rossijskij gosudarstvennyj arhiv" and "Российский государственный архив" compare equal.
 * The transliteration and the folds are data ({@code name-key.json}).
 */
public final class NameKey {

    private final Transliterator translit;
    private final String drop;
    private final List<String[]> replace;
    /** Whether a Roman numeral written as a word keeps its value in the key ("Centre III" is not "Centre II"). */
    private final boolean romanNumerals;

    private NameKey(String translitId, String drop, List<String[]> replace, boolean romanNumerals) {
        this.translit = Transliterator.getInstance(translitId);
        this.drop = drop;
        this.replace = List.copyOf(replace);
        this.romanNumerals = romanNumerals;
        this.kept = keptLetters(this.replace);
    }

    /**
     * The letters no fold touches: a letter of a fold pair whose two sides differ (once such letters
     * are erased) is erased, until every pair's sides are equal without them. Erasing these from a
     * key gives its {@linkplain #skeleton skeleton}, which the folds never change.
     */
    private static boolean[] keptLetters(List<String[]> replace) {
        boolean[] kept = new boolean[26];
        java.util.Arrays.fill(kept, true);
        for (boolean changed = true; changed; ) {
            changed = false;
            for (String[] r : replace) {
                String a = skeleton(r[0], kept);
                String b = skeleton(r[1], kept);
                if (a.equals(b)) continue;
                // first erase the letters only one side has ("gosudarstvennyi" → "gos": u, d, a, r, t, v, e, n, i);
                // only when both sides have the same letters and still differ is every letter of the pair erased
                boolean erased = false;
                for (char c : (a + b).toCharArray()) {
                    if (kept[c - 'a'] && (a.indexOf(c) < 0 || b.indexOf(c) < 0)) {
                        kept[c - 'a'] = false;
                        erased = true;
                    }
                }
                if (!erased) for (char c : (a + b).toCharArray()) kept[c - 'a'] = false;
                changed = true;
            }
        }
        return kept;
    }

    /** Which of a to z a skeleton keeps. */
    private final boolean[] kept;

    /** The skeleton of a key: its letters that no fold touches (see {@link NameSkeletons}). */
    String skeleton(String key) {
        return skeleton(key, kept);
    }

    private static String skeleton(String s, boolean[] kept) {
        StringBuilder sb = new StringBuilder(s.length());
        appendSkeleton(s, 0, s.length(), kept, sb);
        return sb.toString();
    }

    /**
     * The ASCII letters of s[from, to), lowered, that a skeleton keeps, a run of one letter written once
     * (also across what {@code out} already ends with). Collapsing runs keeps the skeleton the same under
     * a fold such as "gosudarstvennyi" → "gos", whose kept letters "goss" and "gos" differ only by a run;
     * it is compatible with joining (the skeleton of a joined text is the joined skeletons, runs collapsed).
     */
    private static void appendSkeleton(CharSequence s, int from, int to, boolean[] kept, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') c = (char) (c + 32);
            if (c >= 'a' && c <= 'z' && kept[c - 'a'] && (out.length() == 0 || out.charAt(out.length() - 1) != c)) out.append(c);
        }
    }

    /**
     * The skeleton one whitespace-free word adds to a text's key: the word as {@link #key} reads it
     * (digit runs, Roman numerals, transliteration), then its skeleton letters. A text's key has the
     * skeleton of its words' skeletons joined (the key is made word by word and folded after).
     */
    String wordSkeleton(String word) {
        String s = digitRunsToZero(word);
        if (romanNumerals) s = numerals(s);
        String t = ascii(s) ? s : transliterateByWord(s);
        StringBuilder sb = new StringBuilder(t.length());
        appendSkeleton(t, 0, t.length(), kept, sb);
        return sb.toString();
    }

    /** {@link #wordSkeleton} of an ASCII word text[from, to), appended (no transliteration needed). */
    void asciiWordSkeleton(String text, int from, int to, StringBuilder out) {
        if (romanNumerals && mayHoldNumeral(text, from, to)) {
            String s = numerals(text.substring(from, to));
            appendSkeleton(s, 0, s.length(), kept, out);
        } else {
            appendSkeleton(text, from, to, kept, out);
        }
    }

    /** The spaces {@link #key} reads words between. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * Whether {@link #ROMAN} may match in s[from, to): a match begins with I, V or X not preceded by a
     * letter (a preceding digit, or anything not a plain letter, leaves the regex to decide).
     */
    private static boolean mayHoldNumeral(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if ((c == 'I' || c == 'V' || c == 'X') && (i == 0 || !Character.isLetter(s.charAt(i - 1)))) return true;
        }
        return false;
    }

    static NameKey load() {
        try (InputStream in = NameKey.class.getResourceAsStream("name-key.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<String[]> rep = new ArrayList<>();
            for (JsonNode pair : root.path("replace")) rep.add(new String[]{pair.get(0).asText(), pair.get(1).asText()});
            return new NameKey(root.path("transliterator").asText("Any-Latin; Latin-ASCII; Lower"), root.path("drop").asText(""), rep,
                    root.path("romanNumerals").asBoolean(false));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read name-key.json", e);
        }
    }

    /** Keys already made (transliteration is slow, and every note re-keys the registry's names). */
    private final java.util.concurrent.ConcurrentHashMap<String, String> made = new java.util.concurrent.ConcurrentHashMap<>();
    /** At most this many keys are remembered, so memory stays bounded whatever the input. */
    private static final int REMEMBERED = 10_000;

    /**
     * The key of a name: lower-case ASCII letters with transliteration differences folded away.
     * Digits never reach a key (every non-letter is dropped), so each run of digits is first made
     * one {@code 0}: the texts an engine tries as archive names ("РГАСПИ. Ф. 631. Оп.") then share
     * one remembered key whatever their numbers, and transliteration runs once per shape.
     */
    public String key(String name) {
        String shape = digitRunsToZero(name);
        String k = made.get(shape);
        if (k != null) return k;
        k = compute(shape);
        if (made.size() < REMEMBERED) made.putIfAbsent(shape, k);
        return k;
    }

    static String digitRunsToZero(String s) {
        int n = s.length();
        boolean change = false;
        for (int i = 0; i < n && !change; i++) {
            char c = s.charAt(i);
            change = isDigit(c) && (c != '0' || i + 1 < n && isDigit(s.charAt(i + 1)));
        }
        if (!change) return s; // no digits, or only lone zeros: nothing to change
        StringBuilder sb = new StringBuilder(n);
        for (int j = 0; j < n; ) {
            char c = s.charAt(j);
            if (isDigit(c)) {
                sb.append('0');
                while (j < n && isDigit(s.charAt(j))) j++;
            } else {
                sb.append(c);
                j++;
            }
        }
        return sb.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private String compute(String name) {
        if (romanNumerals) name = numerals(name);
        return fold(ascii(name) ? name : transliterateByWord(name));
    }

    /** Words already transliterated: archive names share a small vocabulary, whatever the citations. */
    private final java.util.concurrent.ConcurrentHashMap<String, String> words = new java.util.concurrent.ConcurrentHashMap<>();
    /** At most this many words are remembered, so memory stays bounded whatever the input. */
    private static final int WORDS_REMEMBERED = 50_000;

    /**
     * The transliteration of a text, one whitespace-separated word at a time, each word's remembered:
     * the key drops every non-letter (the spaces too) and folds only after the words are joined, so a
     * text keys as its words do, while ICU runs once per word rather than once per text (the texts an
     * engine tries as archive names recombine a few words in many ways). ASCII words pass as they are.
     */
    private String transliterateByWord(String name) {
        StringBuilder sb = new StringBuilder(name.length() + 8);
        int n = name.length();
        for (int i = 0; i < n; ) {
            char c = name.charAt(i);
            if (isSpace(c)) {
                sb.append(' ');
                i++;
                continue;
            }
            int j = i;
            boolean plain = true;
            while (j < n) {
                char d = name.charAt(j);
                if (isSpace(d)) break;
                if (d >= 0x80) plain = false;
                j++;
            }
            if (plain) {
                sb.append(name, i, j);
            } else {
                String w = name.substring(i, j);
                String t = words.get(w);
                if (t == null) {
                    t = transliterate(w);
                    if (words.size() < WORDS_REMEMBERED) words.putIfAbsent(w, t);
                }
                sb.append(t);
            }
            i = j;
        }
        return sb.toString();
    }

    /** An upper-case Roman numeral standing as a word (I to XXXIX). */
    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])(X{0,3})(IX|IV|V?I{0,3})(?![\\p{L}\\p{N}])");

    /**
     * Each Roman numeral written as a word becomes "q" and as many "w" as its value, letters the folds
     * leave alone: the folds would otherwise make "III", "II" and "I" one "i" ("Trung tâm Lưu trữ Quốc
     * gia III" and "… II" would share a key).
     */
    static String numerals(String name) {
        if (!mayHoldNumeral(name, 0, name.length())) return name;
        java.util.regex.Matcher m = ROMAN.matcher(name);
        StringBuilder sb = new StringBuilder();
        int last = 0;
        while (m.find()) {
            if (m.end() == m.start()) continue;
            String t = m.group(1), u = m.group(2);
            int v = 10 * t.length() + switch (u) {
                case "IX" -> 9;
                case "IV" -> 4;
                default -> (u.startsWith("V") ? 5 : 0) + u.replace("V", "").length();
            };
            sb.append(name, last, m.start()).append(" q").append("w".repeat(v)).append(' ');
            last = m.end();
        }
        if (last == 0) return name;
        return sb.append(name.substring(last)).toString();
    }

    /** The key made through ICU whatever the text (the reference the ASCII shortcut is tested against). */
    String computeThroughIcu(String name) {
        return fold(transliterate(romanNumerals ? numerals(name) : name));
    }

    /**
     * Plain ASCII needs no transliteration: Any-Latin and Latin-ASCII leave it as it is, and the
     * fold below lowers and filters it exactly as ICU's Lower would. Most archive names written in
     * citations are ASCII, and this keeps ICU off the per-citation path for them.
     */
    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    private String transliterate(String name) {
        synchronized (translit) { // ICU transliterators are not documented as thread-safe
            return translit.transliterate(name);
        }
    }

    private String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (drop.indexOf(c) >= 0) continue;
            if ((c >= 'a' && c <= 'z')) sb.append(c);
            else if (c >= 'A' && c <= 'Z') sb.append(Character.toLowerCase(c));
        }
        String k = sb.toString();
        for (String[] r : replace) k = k.replace(r[0], r[1]);
        return k;
    }
}
