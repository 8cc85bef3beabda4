package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import org.opis.lexicon.Labels;

import java.util.regex.Pattern;

/**
 * A chapter number is no volume: a volume read from a number the entry labels as a chapter ({@code _Remembering War the
 * American Way_ , chap. 3.}, {@code ch. 9: Denise Youngblood on …}, {@code Chap. III, pp. 116-125}; labels: the
 * chapter labels of {@code org/opis/lexicon/labels.tsv}) and written nowhere else is dropped. One concern.
 */
final class ChapterNumbers {
    private static final String LABELS = labels();

    private ChapterNumbers() {
    }

    private static String labels() {
        StringBuilder b = new StringBuilder();
        for (String l : Labels.of(Labels.CITATION, "chapter")) {
            boolean stop = l.endsWith(".");
            b.append(b.length() == 0 ? "" : "|").append(Pattern.quote(stop ? l.substring(0, l.length() - 1) : l)).append(stop ? "s?\\.?" : "s?");
        }
        return b.toString();
    }

    /** Whether a text is all digits or all Roman numeral letters ({@code [0-9]+|[IVXLCivxlc]+}, matched whole). */
    static boolean number(String v) {
        if (v.isEmpty()) return false;
        boolean digits = true;
        boolean roman = true;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            digits &= c >= '0' && c <= '9';
            roman &= "IVXLCivxlc".indexOf(c) >= 0;
        }
        return digits || roman;
    }

    /** The two patterns of a volume number (the same text compiled the same way each time, so kept: at most {@link #KEPT} numbers). */
    private static final java.util.concurrent.ConcurrentHashMap<String, Pattern[]> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int KEPT = 4096;

    /** The number labelled as a chapter, and the number standing alone anywhere. */
    private static Pattern[] patterns(String number) {
        Pattern[] p = COMPILED.get(number);
        if (p != null) return p;
        String n = Pattern.quote(number);
        p = new Pattern[]{Pattern.compile("(?iu)(?<!\\p{L})(?:" + LABELS + ")\\s?" + n + "(?![\\p{L}\\d])"),
                Pattern.compile("(?<![\\p{L}\\d])" + n + "(?![\\p{L}\\d])")};
        if (COMPILED.size() < KEPT) COMPILED.putIfAbsent(number, p);
        return p;
    }

    /** The record without a volume that is the entry's chapter number, or the record as it was. */
    static CSLItemData mend(CSLItemData d, String entry) {
        String v = d == null ? null : d.getVolume();
        if (v == null || entry == null || LABELS.isEmpty() || !number(v.strip())) return d;
        Pattern[] p = patterns(v.strip());
        if (!p[0].matcher(entry).find()) return d;
        var m = p[1].matcher(entry);
        int count = 0;
        while (m.find()) count++;
        return count == 1 ? new CSLItemDataBuilder(d).volume(null).build() : d;
    }
}
