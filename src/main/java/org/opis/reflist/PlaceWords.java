package org.opis.reflist;

import org.opis.text.Regexes;
import org.opis.text.Scripts;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a short statement names a place of publication: every word is a place word of the tagger's
 * dictionary ({@code tagger/lexicon.tsv}, class {@code place}: {@code New York}, {@code Moscow},
 * {@code Москва}), or it is abbreviated as places are ({@code M.}, {@code SPb.}), or written in
 * Cyrillic. Used where one name stands alone before the year in parentheses, {@code (Blackwell, 1988)}
 * or {@code (Moscow, 1999)}: in the hand-checked lists that shape names the publisher (206 of 206),
 * unless the name is a place.
 */
final class PlaceWords {
    private static final Set<String> PLACES = load();

    private PlaceWords() {
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        for (String line : Data.lines("tagger/lexicon.tsv")) {
            String[] f = line.split("\t");
            if (f.length >= 2 && f[1].equals("place")) out.add(f[0]);
        }
        out.addAll(org.opis.lexicon.Places.words());
        return Set.copyOf(out);
    }

    static boolean isPlace(String statement) {
        String s = statement.strip();
        if (s.isEmpty()) return false;
        if (Scripts.hasCyrillic(s)) return true;
        return isKnownPlace(s);
    }

    /**
     * Whether a short statement names a place by the dictionary alone: every word a place word, or abbreviated as places
     * are ({@code М.}, {@code SPb.}) — without taking every Cyrillic statement for a place as {@link #isPlace} does, so
     * {@code Вік}, {@code Алгоритм} or {@code МГУ} are no places while {@code Київ} and {@code Алматы} are.
     */
    static boolean isKnownPlace(String statement) {
        String s = Regexes.replaceAll(statement.strip(), "^[—–-]+\\s*", "");
        if (s.isEmpty()) return false;
        if (s.endsWith(".") && s.length() <= 6) return true;
        boolean any = false;
        for (String w : Regexes.split(s.toLowerCase(Locale.ROOT), "[\\s,/-]+")) {
            if (w.endsWith(".")) w = w.substring(0, w.length() - 1);
            // two places joined by a conjunction: "Алматы и Бишкек"
            if (w.isEmpty() || CONJUNCTIONS.contains(w)) continue;
            if (!PLACES.contains(w)) return false;
            any = true;
        }
        return any;
    }

    /** Words joining two places of one imprint (data: {@code place-conjunctions.txt}). */
    private static final Set<String> CONJUNCTIONS = Data.set("place-conjunctions.txt");
}
