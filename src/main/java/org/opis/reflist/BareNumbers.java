package org.opis.reflist;

import org.opis.text.SourceText;

import java.util.ArrayList;
import java.util.List;

/**
 * Entries numbered by a bare number and a space, as a note's endnotes or a numbered list lose their
 * full stop or superscript in conversion: {@code 1 F. E. Chadwick, 'The Anglo-German Tension…'},
 * {@code 2 E. Crowe, …}. A bare number is no list marker on its own (a title may begin with one:
 * {@code 1984 and After}), so it is taken for one only when the entries' numbers count up: at least
 * three entries begin with a number of one to three digits followed by a space and a letter or an
 * opening quotation mark, and most of those numbers are the one before plus one. Those entries then
 * begin after the number, as entries after {@code 1.} or {@code [1]} do.
 */
final class BareNumbers {

    private BareNumbers() {
    }

    /** The entries ({start, end} offsets in {@code src}), each numbered one starting after its number and spaces. */
    static List<int[]> strip(SourceText src, List<int[]> entries) {
        String t = src.text();
        int[] number = new int[entries.size()];
        int[] after = new int[entries.size()];
        int numbered = 0;
        int counting = 0;
        int last = -1;
        for (int i = 0; i < entries.size(); i++) {
            int[] e = entries.get(i);
            int p = e[0];
            int n = 0;
            int digits = 0;
            while (p < e[1] && digits < 4 && t.charAt(p) >= '0' && t.charAt(p) <= '9') {
                n = n * 10 + (t.charAt(p) - '0');
                p++;
                digits++;
            }
            int q = p;
            while (q < e[1] && (t.charAt(q) == ' ' || t.charAt(q) == '\t')) q++;
            number[i] = -1;
            if (digits == 0 || digits > 3 || q == p || q >= e[1] || !opensEntry(t.charAt(q))) continue;
            number[i] = n;
            after[i] = q;
            numbered++;
            if (last >= 0 && n == last + 1) counting++;
            last = n;
        }
        if (numbered < 3 || numbered * 2 < entries.size() || counting * 3 < (numbered - 1) * 2) return entries;
        List<int[]> out = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            int[] e = entries.get(i);
            out.add(number[i] >= 0 ? new int[]{after[i], e[1]} : e);
        }
        return out;
    }

    private static boolean opensEntry(char c) {
        return Character.isLetter(c) || "'\"\u2018\u201C\u00AB\u201E*_[".indexOf(c) >= 0;
    }
}
