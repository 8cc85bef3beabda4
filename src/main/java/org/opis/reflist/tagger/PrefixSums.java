package org.opis.reflist.tagger;

import java.util.Arrays;

/**
 * The emission sums of the features a token's text alone gives ({@link Features#of(java.util.List, int, int[])}),
 * kept by their ids: a word met again (".", ",", "Press", "1998" — most tokens of a list) opens with
 * the same ids, whose rows, added from zero in the same order, give the same floats every time, so
 * they are read once instead of at every token ({@link WeightRows#emissions}). A direct-mapped table
 * of {@value #SIZE} places, each holding one run of ids and its sums; a run whose place is taken
 * replaces the one there. Entries are immutable and published whole (final fields), so threads
 * tagging with the same model may share the table: at worst a sum is computed again.
 */
final class PrefixSums {
    static final int SIZE = 1 << 13;

    private record Known(int[] ids, float[] sums) {
    }

    private final Known[] table = new Known[SIZE];

    /** The sums of {@code ids[0..n)}, or null when they are not known; the array must not be changed. */
    float[] get(int[] ids, int n) {
        Known k = table[place(ids, n)];
        return k != null && Arrays.equals(k.ids(), 0, k.ids().length, ids, 0, n) ? k.sums() : null;
    }

    /** Keeps {@code sums} as the sums of {@code ids[0..n)} (the array is held, not copied). */
    void put(int[] ids, int n, float[] sums) {
        table[place(ids, n)] = new Known(Arrays.copyOf(ids, n), sums);
    }

    private static int place(int[] ids, int n) {
        int h = n;
        for (int i = 0; i < n; i++) h = h * 0x01000193 ^ ids[i];
        h ^= h >>> 15;
        h *= 0x2C1B3C6D;
        h ^= h >>> 12;
        return h & (SIZE - 1);
    }
}
