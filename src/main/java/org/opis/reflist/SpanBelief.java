package org.opis.reflist;

import org.opis.reflist.tagger.Label;
import org.opis.reflist.tagger.Tagger;
import org.opis.reflist.tagger.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How probable the tagger's model finds a reading of a field, for the field chooser: the mean, over the entry's tokens
 * that make up the value, of the model's probability that each has the field's label. The chooser sees it for the
 * rules' value and the tagger's: where the tagger's own pick was a near thing, the rules' alternative may be nearly as
 * probable, and where the rules' value is a span the model firmly gives another label, it is likely misread.
 */
final class SpanBelief {
    private SpanBelief() {
    }

    /** The chooser's cues of one field: the model's belief in the rules' value and in the tagger's, and their difference. */
    static void add(ChooserCues x, String field, FieldChooser.Readings rd, Tagger.Tagged tagged) {
        String rv = rd.rulesText().get(field);
        double rb = of(tagged, field, rv);
        double tb = of(tagged, field, rd.taggerText().get(field));
        if (rb >= 0) {
            x.put(field + ":rBelief", rb);
            x.put("rBelief", rb);
            x.put(field + ":rBelief>=0.5", rb >= 0.5 ? 1.0 : 0.0);
        } else if (rv != null) {
            x.put(field + ":rBelief?", 1.0);
        }
        if (tb >= 0) {
            x.put(field + ":tBelief", tb);
            if (rb >= 0) x.put(field + ":t-rBelief", tb - rb);
        }
    }

    /** The mean probability of the field's label over the value's tokens, or -1 when the value's tokens are not found. */
    static double of(Tagger.Tagged tagged, String field, String value) {
        if (value == null || value.isEmpty() || tagged.marginals() == null) return -1;
        Label label = label(field);
        if (label == null) return -1;
        List<String> words = words(value);
        if (words.isEmpty()) return -1;
        List<Token> tokens = tagged.tokens();
        String[] lower = new String[tokens.size()];  // each token lower-cased once (the run below compares from every start)
        for (int i = 0; i < lower.length; i++) lower[i] = tokens.get(i).text().toLowerCase(Locale.ROOT);
        List<Integer> at = run(lower, words);
        if (at.isEmpty()) { // the value's words wherever they stand (a names value, a value the reader rewrote), if most are there
            Set<String> set = new HashSet<>(words);
            Set<String> found = new HashSet<>();
            for (int i = 0; i < lower.length; i++) {
                String w = lower[i];
                if (set.contains(w)) {
                    at.add(i);
                    found.add(w);
                }
            }
            if (found.size() * 2 < set.size()) return -1;
        }
        if (at.isEmpty()) return -1;
        double sum = 0;
        for (int i : at) sum += tagged.probability(i, label);
        return sum / at.size();
    }

    /** The tokens of the first run of the entry's word tokens equal to the value's words in order (punctuation between skipped). */
    private static List<Integer> run(String[] tokens, List<String> words) {
        List<Integer> at = new ArrayList<>();
        for (int s = 0; s < tokens.length; s++) {
            at.clear();
            int w = 0;
            for (int i = s; i < tokens.length && w < words.size(); i++) {
                String t = tokens[i];
                if (!isWord(t)) continue;
                if (!t.equals(words.get(w))) break;
                at.add(i);
                w++;
            }
            if (w == words.size()) return at;
        }
        at.clear();
        return at;
    }

    /** The value's words (letters or digits), lower case; a names value's separators and literal marks dropped. */
    private static List<String> words(String value) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            } else if (b.length() > 0) {
                out.add(b.toString());
                b.setLength(0);
            }
        }
        return out;
    }

    private static boolean isWord(String t) {
        for (int i = 0; i < t.length(); i++) if (Character.isLetterOrDigit(t.charAt(i))) return true;
        return false;
    }

    /** The label of each scored field (the identifiers' one label for DOI, ISBN and ISSN). */
    private static final Map<String, Label> LABELS = labels();

    private static Map<String, Label> labels() {
        Map<String, Label> m = new java.util.HashMap<>();
        for (Label l : Label.values()) m.put(l.field(), l);
        for (String id : List.of("DOI", "ISBN", "ISSN")) m.put(id, Label.IDENTIFIER);
        return Map.copyOf(m);
    }

    private static Label label(String field) {
        return LABELS.get(field);
    }
}
