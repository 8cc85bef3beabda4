package org.opis.reflist.tagger;

import org.opis.reflist.Data;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An edition statement as the number CSL expects when it is only an ordinal ({@code 2nd},
 * {@code Second}, {@code 2-е}, {@code 2e}, {@code 2.}, Portuguese {@code 2a}, {@code 2ª} → {@code 2}; the word "edition" and its
 * abbreviations dropped); any other statement ({@code Revised 2nd}, {@code updated}) is kept as written.
 * Ordinal words are data ({@code org/opis/reflist/ordinals.tsv}).
 */
public final class Editions {
    private static final Map<String, String> ORDINALS = Data.map("ordinals.tsv");
    private static final Pattern LABEL = Pattern.compile("(?iu)\\s*(?:ed\\.?|edn\\.?|edition|éd\\.?|édition|изд\\.?|издание|вид\\.?|видання|выд\\.?|выданне|aufl\\.?|auflage)\\s*$");
    /** The same labels opening the statement, Russian catalogue style: {@code Изд. 2-е}, Ukrainian {@code Вид. 3-тє}. */
    private static final Pattern LEADING_LABEL = Pattern.compile("(?iu)^(?:изд\\.?|издание|вид\\.?|видання|выд\\.?|выданне)\\s+(?=\\d)");
    private static final Pattern ORDINAL = Pattern.compile("(?iu)^(\\d{1,3})\\s*(?:st|nd|rd|th|d|e|er|ère|ème|a|ª|º|\\.|-?е|-?e|-?ое|-?oe|-?я|-?ге|-?тє|-?є|-?й)?\\.?$");

    private Editions() {
    }

    /** The edition's number when the statement is only an ordinal, else the statement unchanged. */
    public static String normal(String v) {
        if (v == null) return null;
        String s = LABEL.matcher(v.strip()).replaceFirst("").strip();
        s = LEADING_LABEL.matcher(s).replaceFirst("");
        Matcher m = ORDINAL.matcher(s);
        if (m.matches()) return m.group(1);
        String n = ORDINALS.get(s.toLowerCase(Locale.ROOT));
        return n != null ? n : v;
    }
}
