package org.opis.reflist;

import org.opis.reflist.tagger.Editions;

import java.util.Locale;

/**
 * The value of an edition statement opened by a word rather than a number ({@code Second Edition}, {@code fifth ed.},
 * {@code Updated Edition}, {@code (updated ed.)}, {@code Rev. ed.}; ordinal words are data, {@code ordinals.tsv}): an
 * ordinal word gives its number, as {@code 2nd ed.} does ({@code Fifth Edition} → 5, {@code второе изд.} → 2); any other
 * word gives the statement as written when it spells its label out ({@code Updated Edition}, {@code Revised Edition}: a
 * style prints a text edition as it stands), and the word alone before the abbreviation a style adds itself
 * ({@code updated ed.} → {@code updated}, as Wikipedia's {@code edition=updated} is shown).
 */
final class EditionWords {
    private EditionWords() {
    }

    /** The edition of a statement {@code whole} opened by {@code word}. */
    static String value(String word, String whole) {
        String n = Editions.normal(word);
        if (n != null && !n.equals(word)) return n;
        String w = whole.strip();
        return w.toLowerCase(Locale.ROOT).endsWith("edition") ? w : word;
    }
}
