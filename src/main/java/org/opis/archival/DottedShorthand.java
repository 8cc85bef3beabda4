package org.opis.archival;

import java.util.ArrayList;
import java.util.List;

/**
 * Label-less levels written with periods and no spaces after a known archive, as many English-language
 * histories cite Soviet files: "RGASPI 558.11.1668" (fond, opis, delo), "RGASPI 558.11.728.40–2" (and the
 * leaves, an abbreviated range). The scanner reads the periods as the separators of a GOST citation, so the
 * third number could pass for a year ("1668"); this reader joins such a run of three or four bare numbers
 * into one value written with slashes, which the engine then reads as the slash shorthand "558/11/97"
 * (missing-label, with the labelled form as the fix). The offsets are unchanged: a slash takes each period's place.
 */
final class DottedShorthand {

    private DottedShorthand() {
    }

    /** The elements with a leading dotted run joined into one element, or the same list when there is none. */
    static List<Scan.Element> join(List<Scan.Element> els) {
        int n = 0;
        while (n < els.size() && n < 4 && part(els, n)) n++;
        if (n < 3) return els;
        Scan.Element first = els.get(0), last = els.get(n - 1);
        StringBuilder v = new StringBuilder(first.valueRaw);
        for (int k = 1; k < n; k++) v.append('/').append(els.get(k).valueRaw);
        first.valueRaw = v.toString();
        first.valueEnd = last.valueEnd;
        first.end = last.end;
        List<Scan.Element> out = new ArrayList<>();
        out.add(first);
        out.addAll(els.subList(n, els.size()));
        return out;
    }

    /** Element k is a bare number (the fourth may be a range) directly after a period with no space. */
    private static boolean part(List<Scan.Element> els, int k) {
        Scan.Element e = els.get(k);
        if (!e.level.equals("?") || e.unknownLabel || e.label != null || e.valueRaw.isEmpty()) return false;
        if (!number(e.valueRaw, k == 3)) return false;
        if (k == 0) return true;
        Scan.Element prev = els.get(k - 1);
        return e.sepBefore == '.' && !e.spaceAfterSep && e.valueStart == prev.valueEnd + 1;
    }

    private static boolean number(String v, boolean rangeAllowed) {
        int dashes = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isDigit(c)) continue;
            if (!rangeAllowed || !Values.isDash(c) || i == 0 || i == v.length() - 1 || ++dashes > 1) return false;
        }
        return true;
    }
}
