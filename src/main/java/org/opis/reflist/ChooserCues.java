package org.opis.reflist;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the field chooser writes the cues of one field: a map of named cues ({@link #into}, what learning and the
 * tests read), or ({@link Numbered}) straight into the array of the cues the trees test, numbered once when the
 * trees are read, so that choosing a field makes no map of its cues and concatenates no cue name the trees never test.
 * A cue written twice keeps its last value in both, as a map's {@code put} does; a cue never written is 0 in both.
 */
interface ChooserCues {

    /** A cue by its full name. */
    void put(String name, double value);

    /** A cue of the two readings ({@code rnull}) both as it is and crossed with the field ({@code title:rnull}). */
    void both(String name, double value);

    /** The pair of two of {@link FieldCues#PAIRED}'s yes/no cues, crossed with the field ({@code title:rnull&tLost}). */
    void pair(int i, int j);

    /** Cues written into a map, in the order written (the form {@link FieldChooser#features} returns). */
    static ChooserCues into(Map<String, Double> x, String field) {
        return new ChooserCues() {
            @Override
            public void put(String name, double value) {
                x.put(name, value);
            }

            @Override
            public void both(String name, double value) {
                x.put(name, value);
                x.put(field + ":" + name, value);
            }

            @Override
            public void pair(int i, int j) {
                x.put(field + ":" + FieldCues.PAIRED.get(i) + "&" + FieldCues.PAIRED.get(j), 1.0);
            }
        };
    }

    /**
     * The trees' cues by name and, for every cue crossed with a field, by the name without the field: built once
     * from the cue numbering of {@link ChooserTrees}; read-only afterwards, so shared by every thread.
     */
    final class Index {
        private final Map<String, Integer> cues;
        /** For a cue name without its field: the number of that name crossed with each field (by its place in {@link FieldChooser#FIELDS}), -1 where the trees never test it. */
        private final Map<String, int[]> crossed = new HashMap<>();
        /** The pairs' names without the field ({@code rnull&tLost}), by the two cues' places in {@link FieldCues#PAIRED}. */
        private final String[][] pairs;

        Index(Map<String, Integer> cues) {
            this.cues = Map.copyOf(cues);
            List<String> fields = FieldChooser.FIELDS;
            for (var e : cues.entrySet()) {
                for (int f = 0; f < fields.size(); f++) {
                    String prefix = fields.get(f) + ":";
                    if (!e.getKey().startsWith(prefix)) continue;
                    int[] at = crossed.computeIfAbsent(e.getKey().substring(prefix.length()), k -> {
                        int[] none = new int[fields.size()];
                        java.util.Arrays.fill(none, -1);
                        return none;
                    });
                    at[f] = e.getValue();
                }
            }
            List<String> p = FieldCues.PAIRED;
            pairs = new String[p.size()][p.size()];
            for (int i = 0; i < p.size(); i++) for (int j = 0; j < p.size(); j++) pairs[i][j] = p.get(i) + "&" + p.get(j);
        }

        int size() {
            return cues.size();
        }
    }

    /** Cues written into the array of the trees' cues ({@code v}), for the field at place {@code field} of {@link FieldChooser#FIELDS}. */
    final class Numbered implements ChooserCues {
        private final Index index;
        private final int field;
        final double[] v;

        Numbered(Index index, int field) {
            this.index = index;
            this.field = field;
            this.v = new double[index.size()];
        }

        @Override
        public void put(String cue, double value) {
            Integer k = index.cues.get(cue);
            if (k != null) v[k] = value;
        }

        @Override
        public void both(String cue, double value) {
            Integer k = index.cues.get(cue);
            if (k != null) v[k] = value;
            crossed(cue, value);
        }

        @Override
        public void pair(int i, int j) {
            crossed(index.pairs[i][j], 1.0);
        }

        private void crossed(String cue, double value) {
            int[] at = index.crossed.get(cue);
            if (at != null && at[field] >= 0) v[at[field]] = value;
        }
    }
}
