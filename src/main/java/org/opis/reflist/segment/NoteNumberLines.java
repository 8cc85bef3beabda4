package org.opis.reflist.segment;

import java.util.regex.Pattern;

/**
 * Note numbers on lines of their own: e-book readers and web libraries lay endnotes out as
 * {@code 498} / {@code Письмо А. Пашкова … // РГАНИ. Ф. 5. …} / {@code 499} / {@code Правда. 1956.
 * 6 нояб.}, the number alone above its note. Where a text has at least two such lines and their
 * numbers go up one by one, each is no entry itself and the line after it begins one, whatever the
 * model read. A bare number that is the tail of a wrapped entry ({@code Hamburg} / {@code 1961.})
 * has a full stop or a bracket and is never taken; a lone number with no run of neighbours is left
 * to the model.
 */
final class NoteNumberLines {

    private static final Pattern NUMBER = Pattern.compile("\\s*(\\d{1,4})\\s*");

    private NoteNumberLines() {
    }

    /** Retags {@code tags} in place: the note-number lines {@code OUTSIDE}, the line after each {@code BEGIN}. */
    static void apply(Lines lines, LineTag[] tags) {
        int n = lines.size();
        int[] value = new int[n];
        int runs = 0;
        int prev = -1;
        for (int i = 0; i < n; i++) {
            value[i] = -1;
            Lines.Line l = lines.get(i);
            var m = NUMBER.matcher(l.text());
            if (!l.cut().equals(Pieces.NONE) || !m.matches() || i + 1 >= n || NUMBER.matcher(lines.get(i + 1).text()).matches()) continue;
            value[i] = Integer.parseInt(m.group(1));
            if (prev >= 0 && value[i] == value[prev] + 1) runs++;
            prev = i;
        }
        if (runs < 1) return;
        for (int i = 0; i < n; i++) {
            if (value[i] < 0) continue;
            tags[i] = LineTag.OUTSIDE;
            tags[i + 1] = LineTag.BEGIN;
        }
    }
}
