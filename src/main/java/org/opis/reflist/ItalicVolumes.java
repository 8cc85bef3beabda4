package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import org.opis.lexicon.Labels;
import org.opis.reflist.tagger.Evaluation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title whose italics run on over a volume statement ({@code *Lịch sử Việt Nam, Tập 4*}, {@code _Capital, Vol I_},
 * {@code _Latin America's Wars: Volume 1_}) keeps the statement: the source's title field writes it so, and the gold of
 * the lists keeps it in the title with no volume of the work's own. A statement that is a sentence of its own in the
 * italics ({@code *Vepra. Sv. 8*}, an edition's volume as Albanian and Russian lists write it) is the work's volume and
 * is left to the readers. One concern: the title read without the statement
 * the italics hold gets it back, and a volume read from that statement is dropped.
 */
final class ItalicVolumes {
    static final Pattern ITALICS = Pattern.compile("(\\*{1,2}|_)([^*_]{2,}?)\\1");
    static final Pattern STATEMENT = Pattern.compile("(?:[,:;]\\s*|(?<![.])\\s+|\\s*\\()(?<!\\p{L})(?:" + labels() + ")\\s?([0-9]+|[IVXLC]+)(?:\\s?[-\u2013]\\s?[0-9]+)?\\)?[.,]?\\s*$");

    private ItalicVolumes() {
    }

    private static String labels() {
        StringBuilder b = new StringBuilder("Volume|volume");
        for (String l : Labels.of(Labels.LIST, "volume")) {
            boolean stop = l.endsWith(".");
            b.append('|').append(Pattern.quote(stop ? l.substring(0, l.length() - 1) : l)).append(stop ? "\\.?" : "");
        }
        return b.toString();
    }

    /** The record with a title cut before its italic volume statement made whole again, or the record as it was. */
    static CSLItemData mend(CSLItemData d, String entry) {
        String title = d == null ? null : d.getTitle();
        if (title == null || entry == null || entry.indexOf('*') < 0 && entry.indexOf('_') < 0) return d;
        String key = Evaluation.comparableText(title);
        if (key.isEmpty()) return d;
        Matcher m = ITALICS.matcher(entry);
        while (m.find()) {
            String span = m.group(2).strip();
            if (!mayEndInStatement(span)) continue;
            Matcher s = STATEMENT.matcher(span);
            if (!s.find() || s.start() == 0) continue;
            if (!Evaluation.comparableText(span.substring(0, s.start())).equals(key) && !Evaluation.comparableText(span).equals(key)) continue;
            CSLItemDataBuilder b = new CSLItemDataBuilder(d).title(span.replaceAll("[.,]$", ""));
            String v = d.getVolume();
            if (v != null && Evaluation.comparableText(span.substring(s.start())).endsWith(Evaluation.comparableText(v))) b.volume(null);
            return b.build();
        }
        return d;
    }

    /**
     * Whether a span may end in a volume statement ({@link #STATEMENT}, tried at every position up to its end): read from
     * the end as the pattern ends — an optional line end ({@code $} stands before a last line separator), white space, one
     * optional {@code .} or {@code ,}, one optional {@code )} — a digit or a Roman numeral's letter must close the number.
     * {@code ItalicVolumesCueTest} holds it to the pattern.
     */
    static boolean mayEndInStatement(String span) {
        int i = span.length() - 1;
        if (i >= 0 && "\u0085\u2028\u2029".indexOf(span.charAt(i)) >= 0) i--;
        while (i >= 0 && " \t\n\u000B\f\r".indexOf(span.charAt(i)) >= 0) i--;
        if (i >= 0 && (span.charAt(i) == '.' || span.charAt(i) == ',')) i--;
        if (i >= 0 && span.charAt(i) == ')') i--;
        return i >= 0 && "0123456789IVXLC".indexOf(span.charAt(i)) >= 0;
    }
}
