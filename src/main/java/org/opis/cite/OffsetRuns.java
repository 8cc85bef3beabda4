package org.opis.cite;

import java.util.Arrays;

/**
 * For every character of a {@link MarkupView}, its offset in the original text, kept as runs: a run
 * starts where the view skips or repeats original characters (markup taken out), and inside a run the
 * offset grows by one with the view index. A note is almost all plain text, so a handful of runs
 * stand for what was an array of one {@code int} per character (and its copy): 8 bytes for every
 * character of a 1 MB citation key.
 */
final class OffsetRuns {

    private int[] viewStart = new int[16];
    private int[] originStart = new int[16];
    private int runs;
    private int length = -1; // the last view index given

    /** Records that view index {@code index} (one more than the last one given) comes from {@code origin}. */
    void add(int index, int origin) {
        if (runs > 0 && index == length + 1 && origin == originStart[runs - 1] + (index - viewStart[runs - 1])) {
            length = index;
            return;
        }
        if (runs == viewStart.length) {
            viewStart = Arrays.copyOf(viewStart, runs * 2);
            originStart = Arrays.copyOf(originStart, runs * 2);
        }
        viewStart[runs] = index;
        originStart[runs] = origin;
        runs++;
        length = index;
    }

    /** The original offset of view index {@code i}, {@code i} taken into [0, last index given]. */
    int origin(int i) {
        int at = Math.min(Math.max(i, 0), length);
        int k = Arrays.binarySearch(viewStart, 0, runs, at);
        if (k < 0) k = -k - 2; // the run that starts before it
        return originStart[k] + (at - viewStart[k]);
    }
}
