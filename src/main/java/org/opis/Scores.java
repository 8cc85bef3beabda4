package org.opis;

import java.util.Map;
import java.util.TreeMap;

/**
 * How well opis's reference-list reader read a hand-checked list: per field, the values it got right,
 * the values it got wrong or added, and the values it missed; and the entries with every field right.
 * Fields are compared as {@code opis evaluate} compares them (lower-cased, punctuation dropped, names
 * by family name and first initial).
 *
 * @param entries  entries scored
 * @param allRight entries whose every scored field is right
 * @param fields   per CSL field, its counts
 */
public record Scores(int entries, int allRight, Map<String, Field> fields) {
    public Scores {
        fields = Map.copyOf(new TreeMap<>(fields));
    }

    /**
     * The counts of one field.
     *
     * @param right  values equal to the gold value
     * @param wrong  values given where the gold has another value or none (false positives)
     * @param missed gold values not given, or given wrong (false negatives)
     */
    public record Field(int right, int wrong, int missed) {
        public double precision() {
            return right + wrong == 0 ? 0 : right / (double) (right + wrong);
        }

        public double recall() {
            return right + missed == 0 ? 0 : right / (double) (right + missed);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The F1 of all fields pooled (micro-averaged). */
    public double f1() {
        int r = 0;
        int w = 0;
        int m = 0;
        for (Field f : fields.values()) {
            r += f.right();
            w += f.wrong();
            m += f.missed();
        }
        return new Field(r, w, m).f1();
    }

    /** The share of entries with every field right. */
    public double allRightRate() {
        return entries == 0 ? 0 : allRight / (double) entries;
    }
}
