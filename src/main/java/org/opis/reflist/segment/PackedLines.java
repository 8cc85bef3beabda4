package org.opis.reflist.segment;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The lines (and pieces of lines) the segmenter reads, kept as numbers into the text's own lines
 * instead of as strings: a line's text is cut from its physical line when it is asked for (the last
 * few are kept). A list of 250,000 lines held every line's text twice before (the text and its lines);
 * now it holds four numbers a line. A piece whose text is not a stretch of its physical line (none is
 * today) keeps its own string. Not shared between threads: each list is made and read by one parse.
 */
final class PackedLines extends AbstractList<Lines.Line> {

    private static final int BLANK_BEFORE = 1;
    private static final int BLANK_AFTER = 2;
    private static final int LAST = 4;
    private static final int CUT_SHIFT = 3;
    private static final int CACHE = 16;

    private final List<String> all;
    private final int[] number;
    private final int[] column;
    private final int[] length;
    private final byte[] flags;
    private final List<String> cuts;
    private final Map<Integer, String> own;
    private final Slot[] cache = new Slot[CACHE];

    private record Slot(int index, Lines.Line line) {
    }

    private PackedLines(Builder b) {
        this.all = b.all;
        this.number = Arrays.copyOf(b.number, b.size);
        this.column = Arrays.copyOf(b.column, b.size);
        this.length = Arrays.copyOf(b.length, b.size);
        this.flags = Arrays.copyOf(b.flags, b.size);
        this.cuts = List.copyOf(b.cuts);
        this.own = b.own.isEmpty() ? Map.of() : Map.copyOf(b.own);
    }

    @Override
    public Lines.Line get(int i) {
        Objects.checkIndex(i, number.length);
        Slot s = cache[i % CACHE];
        if (s != null && s.index() == i) return s.line();
        Lines.Line l = make(i);
        cache[i % CACHE] = new Slot(i, l);
        return l;
    }

    private Lines.Line make(int i) {
        String text = own.get(i);
        if (text == null) {
            String whole = all.get(number[i] - 1);
            text = column[i] == 0 && length[i] == whole.length() ? whole : whole.substring(column[i], column[i] + length[i]);
        }
        int f = flags[i];
        return new Lines.Line(number[i], text, (f & BLANK_BEFORE) != 0, (f & BLANK_AFTER) != 0, column[i],
                cuts.get(f >>> CUT_SHIFT), (f & LAST) != 0);
    }

    @Override
    public int size() {
        return number.length;
    }

    /** Builds the list line by line from the text's lines {@code all} (1-based line numbers into it). */
    static final class Builder {
        private final List<String> all;
        private int[] number = new int[16];
        private int[] column = new int[16];
        private int[] length = new int[16];
        private byte[] flags = new byte[16];
        private final List<String> cuts = new ArrayList<>();
        private final Map<Integer, String> own = new HashMap<>();
        private int size;

        Builder(List<String> all) {
            this.all = all;
        }

        boolean isEmpty() {
            return size == 0;
        }

        /** Adds a line or piece: {@code whole} is its physical line (line {@code n} of the text). */
        void add(int n, String whole, String text, boolean blankBefore, int col, String cut, boolean last) {
            if (size == number.length) {
                int cap = size * 2;
                number = Arrays.copyOf(number, cap);
                column = Arrays.copyOf(column, cap);
                length = Arrays.copyOf(length, cap);
                flags = Arrays.copyOf(flags, cap);
            }
            int c = cuts.indexOf(cut);
            if (c < 0) {
                cuts.add(cut);
                c = cuts.size() - 1;
            }
            if (c > 15) throw new IllegalStateException("more than 16 kinds of cut");
            boolean stretch = col >= 0 && col + text.length() <= whole.length() && whole.startsWith(text, col);
            if (!stretch) own.put(size, text);
            number[size] = n;
            column[size] = col;
            length[size] = text.length();
            flags[size] = (byte) ((blankBefore ? BLANK_BEFORE : 0) | (last ? LAST : 0) | c << CUT_SHIFT);
            size++;
        }

        /** Marks the line added last as followed by a blank line. */
        void blankAfterLast() {
            flags[size - 1] |= BLANK_AFTER;
        }

        PackedLines build() {
            return new PackedLines(this);
        }
    }
}
