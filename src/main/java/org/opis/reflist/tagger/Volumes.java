package org.opis.reflist.tagger;

import java.util.List;
import java.util.Locale;

/**
 * Volume spans mended by their content, before runs become fields (called by {@link NameSpans#mend}, after
 * {@link Pages}): a list or range of volumes after one volume label ({@code T. 5, 9}, {@code T. 1–3}) is one volume
 * value, and the number after {@code 7:} is the issue. The model reads the first number as the volume and the next one as the number of volumes or leaves
 * it unlabelled; a number of one to three digits after the comma, itself not the start of a range (a page
 * range {@code vol. 41, 210–232}) nor followed by a label, continues the list.
 */
final class Volumes {
    private Volumes() {
    }

    static void mend(List<Token> tokens, int[] out) {
        int vol = Label.VOLUME.ordinal();
        for (int i = 0; i < out.length; i++) {
            if (out[i] != vol || !number(tokens.get(i).text())) continue;
            issueAfterColon(tokens, out, i);
            if (!afterLabel(tokens, i)) return;
            int k = i;
            while (k + 2 < out.length && separator(tokens.get(k + 1).text()) && number(tokens.get(k + 2).text())
                    && (continues(out[k + 2]) || italicPage(tokens, out, i, k + 2)) && (out[k + 1] == vol || out[k + 1] == Label.OTHER.ordinal())
                    && !rangeOrLabel(tokens, out, k + 2)) {
                out[k + 1] = vol;
                out[k + 2] = vol;
                k += 2;
            }
            return;
        }
    }

    /**
     * {@code 7:2}, {@code 7.2}: a number the model read as the number of volumes right after the volume and a colon or
     * full stop is the issue (a count of volumes is never written so).
     */
    private static void issueAfterColon(List<Token> tokens, int[] out, int i) {
        if (i + 2 >= out.length || out[i + 2] != Label.NUMBER_OF_VOLUMES.ordinal() || !number(tokens.get(i + 2).text())) return;
        String sep = tokens.get(i + 1).text();
        if (!sep.equals(":") && !sep.equals(".")) return;
        for (int l : out) if (l == Label.ISSUE.ordinal()) return;
        out[i + 2] = Label.ISSUE.ordinal();
    }

    private static boolean separator(String t) {
        return t.equals(",") || t.equals("-") || t.equals("–");
    }

    /** Whether a volume label (the tagger dictionary's class {@code vol}), with or without its full stop, stands just before token i. */
    private static boolean afterLabel(List<Token> tokens, int i) {
        int j = i - 1;
        if (j >= 0 && tokens.get(j).text().equals(".")) j--;
        if (j < 0) return false;
        for (String c : Lexicon.classes(tokens.get(j).text().toLowerCase(Locale.ROOT))) if (c.equals("vol")) return true;
        return false;
    }

    /** A number read as a page inside the italics that hold the volume ({@code *Sochinenija. T. 5, 9*}): no page stands in a title. */
    private static boolean italicPage(List<Token> tokens, int[] out, int volume, int k) {
        return out[k] == Label.PAGE.ordinal() && tokens.get(volume).italic() && tokens.get(k).italic();
    }

    private static boolean continues(int label) {
        return label == Label.OTHER.ordinal() || label == Label.NUMBER_OF_VOLUMES.ordinal() || label == Label.VOLUME.ordinal()
                || label == Label.EDITION.ordinal(); // a bare number is no edition: "4 ed." stops at the word
    }

    /** Whether the number at i opens a range ({@code 210–232}) or is followed by a word (a label, {@code 9 vols.}). */
    private static boolean rangeOrLabel(List<Token> tokens, int[] out, int i) {
        if (i + 1 >= out.length) return false;
        String next = tokens.get(i + 1).text();
        return next.equals("-") || next.equals("–") || next.equals("—") || Character.isLetter(next.charAt(0));
    }

    private static boolean number(String t) {
        return !t.isEmpty() && t.length() <= 3 && t.chars().allMatch(Character::isDigit);
    }
}
