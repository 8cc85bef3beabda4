package org.opis.reflist;

import org.opis.reflist.tagger.Field;
import org.opis.reflist.tagger.Label;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An edition the tagger read where the rules read none, written with an edition word in its span or just after it
 * ({@code 3. ed., Rio de Janeiro}, {@code 4., unveränderte Aufl., Wiesbaden 2015}, {@code Stuart B. Schwartz (third ed.)}),
 * and a number of volumes the tagger read where the rules read none, followed by a plural volume word ({@code 4 volumes},
 * {@code 2 Bde.}; words {@code tagger/volume-count-words.txt}): the tagger's value is taken (a check of {@link ChoiceChecks}' kind). A number the tagger read as an edition with no such
 * word near it ({@code Kapitel II.2 Erwartungen}, {@code Version: 2.0}), or a lower-case word before another's {@code ed.}
 * ({@code Trans. and ed. Reginald Zelnik}), is left to the chooser.
 */
final class EditionStatements {
    /** An edition word (ABNT, English, French, German, Russian) within a few words after the edition's number. */
    private static final Pattern WORD = Pattern.compile(
            "(?iu)^[^;()\\[\\]]{0,40}?(?<![\\p{L}])(?:ed|edn|edition|éd|édition|aufl|auflage|ausg|ausgabe|изд|издание)(?![\\p{L}])");

    private EditionStatements() {
    }

    static List<String> mend(List<String> take, String entry, FieldChooser.Readings rd, org.opis.reflist.tagger.Tagger.Tagged tagged) {
        List<String> out = take;
        for (Field f : tagged.fields()) {
            String k = f.label().field();
            boolean edition = f.label() == Label.EDITION;
            if (!edition && f.label() != Label.NUMBER_OF_VOLUMES) continue;
            if (out.contains(k) || rd.rules().get(k) != null || rd.tagger().get(k) == null) continue;
            // an edition starts with its number or a capital ("Revised Edition", "English edition"), never a lower-case
            // word before someone else's "ed." ("Trans. and ed. Reginald Zelnik", "Nach der Edition von …")
            if (edition && !f.text().isEmpty() && !Character.isDigit(f.text().charAt(0)) && !Character.isUpperCase(f.text().charAt(0))) continue;
            if (edition ? !WORD.matcher(entry.substring(f.start())).find() : !volumesWord(entry.substring(f.end()))) continue;
            if (out == take) out = new ArrayList<>(take);
            out.add(k);
        }
        return out;
    }

    private static final java.util.Set<String> VOLUMES = Data.set("tagger/volume-count-words.txt");

    /** Whether the text after the number opens with a plural volume word ({@code 4 volumes}, {@code 2 Bde.}). */
    private static boolean volumesWord(String after) {
        java.util.regex.Matcher m = org.opis.text.Regexes.of("^\\s*([\\p{L}]+)").matcher(after);
        return m.find() && VOLUMES.contains(m.group(1).toLowerCase(java.util.Locale.ROOT));
    }
}
