package org.opis.archival;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A quick, exact "no" for full-name lookups: most texts an engine tries as archive names ("РГАСПИ.
 * Ф. 631. Оп.", "National Security File, Box") are not names, and making each one's {@link NameKey}
 * (digit shapes, Roman numerals, transliteration, folds over the whole text) was the largest cost of
 * reading a citation. The <em>skeleton</em> of a key keeps only the letters the folds of
 * {@code name-key.json} never make differ (see {@code NameKey.keptLetters}), runs of one letter written
 * once, so folding never changes a skeleton and two texts with the same key have the same skeleton. A text's
 * skeleton is built word by word (each word's remembered) and walked against the sorted skeletons of
 * the registry's name keys — a trie in a sorted array: as soon as no registry skeleton starts with
 * the words read so far, the text cannot have a registered key and its key is never made. When the
 * skeleton is found, the key is made and compared as before, so lookups answer exactly as without
 * this filter. Built once per registry; safe to share.
 */
final class NameSkeletons {

    private final NameKey nameKey;
    /** The skeletons of the registry's name keys, sorted (prefix search by binary search). */
    private final String[] sorted;
    private final Set<String> all;
    /** Each non-ASCII word's skeleton, as {@link NameKey} would key it. Bounded. */
    private final ConcurrentHashMap<String, String> words = new ConcurrentHashMap<>();
    private static final int WORDS_REMEMBERED = 50_000;

    NameSkeletons(NameKey nameKey, Iterable<String> keys) {
        this.nameKey = nameKey;
        Set<String> s = new HashSet<>();
        for (String k : keys) if (k.length() >= 4) s.add(nameKey.skeleton(k));
        this.all = Set.copyOf(s);
        this.sorted = s.toArray(new String[0]);
        Arrays.sort(this.sorted);
    }

    /**
     * False when no registered full name can have the key of this text; true when it may (then the
     * key decides).
     */
    boolean mayMatch(String text) {
        StringBuilder sk = new StringBuilder(32);
        return walk(text, sk, true) && all.contains(sk.toString());
    }

    /** The skeleton of a text's key, made word by word (what {@link #mayMatch} walks; for tests). */
    String skeletonOf(String text) {
        StringBuilder sk = new StringBuilder(32);
        walk(text, sk, false);
        return sk.toString();
    }

    /** Appends the text's skeleton word by word; with {@code prune}, stops (false) when no registry skeleton starts with it. */
    private boolean walk(String text, StringBuilder sk, boolean prune) {
        int n = text.length();
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            if (NameKey.isSpace(c)) {
                i++;
                continue;
            }
            int j = i;
            boolean ascii = true;
            while (j < n) {
                char d = text.charAt(j);
                if (NameKey.isSpace(d)) break;
                if (d >= 0x80) ascii = false;
                j++;
            }
            int before = sk.length();
            if (ascii) {
                nameKey.asciiWordSkeleton(text, i, j, sk);
            } else {
                String w = text.substring(i, j);
                String t = words.get(w);
                if (t == null) {
                    t = nameKey.wordSkeleton(w);
                    if (words.size() < WORDS_REMEMBERED) words.putIfAbsent(w, t);
                }
                // joined with runs collapsed, as the skeleton of the whole key is
                sk.append(t, !t.isEmpty() && sk.length() > 0 && sk.charAt(sk.length() - 1) == t.charAt(0) ? 1 : 0, t.length());
            }
            if (prune && sk.length() > before && !isPrefixOfSome(sk)) return false;
            i = j;
        }
        return true;
    }

    private boolean isPrefixOfSome(CharSequence p) {
        String q = p.toString();
        int at = Arrays.binarySearch(sorted, q);
        if (at >= 0) return true;
        int ins = -at - 1;
        return ins < sorted.length && sorted[ins].startsWith(q);
    }
}
