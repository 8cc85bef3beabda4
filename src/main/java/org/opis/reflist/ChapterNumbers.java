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

    /** The record without a volume that is the entry's chapter number, or the record as it was. */
    static CSLItemData mend(CSLItemData d, String entry) {
        String v = d == null ? null : d.getVolume();
        if (v == null || entry == null || LABELS.isEmpty() || !v.strip().matches("[0-9]+|[IVXLCivxlc]+")) return d;
        String n = Pattern.quote(v.strip());
        Pattern chapter = Pattern.compile("(?iu)(?<!\\p{L})(?:" + LABELS + ")\\s?" + n + "(?![\\p{L}\\d])");
        if (!chapter.matcher(entry).find()) return d;
        Pattern anywhere = Pattern.compile("(?<![\\p{L}\\d])" + n + "(?![\\p{L}\\d])");
        var m = anywhere.matcher(entry);
        int count = 0;
        while (m.find()) count++;
        return count == 1 ? new CSLItemDataBuilder(d).volume(null).build() : d;
    }
}
