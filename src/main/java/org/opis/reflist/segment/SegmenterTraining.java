package org.opis.reflist.segment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Trains the line segmenter from the hand-checked lists (each {@code <list>/gold.jsonl} with its
 * list file) and synthetic layouts of their entries, and scores it leave-one-list-out: the model
 * scored on a list never saw that list or its entries.
 */
public final class SegmenterTraining {

    /** Epochs of the perceptron. */
    static final int EPOCHS = 12;
    /** Synthetic layouts per list. */
    static final int LAYOUTS = 8;

    private SegmenterTraining() {
    }

    /** Every gold folder under {@code refs} that has a list file, in name order. */
    public static List<GoldLayout.Labelled> readAll(Path refs) throws IOException {
        List<GoldLayout.Labelled> out = new ArrayList<>();
        if (!Files.isDirectory(refs)) return out;
        try (Stream<Path> s = Files.list(refs)) {
            for (Path d : s.sorted().toList()) {
                if (!Files.isDirectory(d)) continue;
                GoldLayout.Labelled l = GoldLayout.read(d);
                if (l != null) out.add(l);
            }
        }
        return out;
    }

    /**
     * Trains on these lists: their real files as laid out, and synthetic layouts of their entries. Each list's layouts are
     * drawn from a random stream of its own (the seed and the list's name), so adding or leaving out a list does not change
     * the layouts of the others.
     */
    public static LineModel train(List<GoldLayout.Labelled> lists, long seed) {
        List<String> prose = new ArrayList<>();
        for (GoldLayout.Labelled l : lists) {
            for (int i = 0; i < l.lines().size(); i++) {
                if (l.tags()[i] == LineTag.OUTSIDE) prose.add(l.lines().get(i).text().strip());
            }
        }
        List<LineTrainer.Example> data = new ArrayList<>();
        for (GoldLayout.Labelled l : lists) {
            if (l.lines().size() > 0 && l.unaligned() * 4 < Math.max(1, l.entries().size())) {
                data.add(new LineTrainer.Example(l.lines(), l.tags()));
            }
            data.addAll(Layouts.make(l.entries(), prose, new Random(seed * 31 + l.name().hashCode()), LAYOUTS));
        }
        return LineTrainer.train(data, EPOCHS, seed);
    }

    /** Exact entries found of a list: gold entries whose text equals a found entry's text (letters and digits). */
    public record Score(String list, int gold, int found, int exact) {
        public double recall() {
            return gold == 0 ? 1 : exact / (double) gold;
        }

        public double precision() {
            return found == 0 ? (gold == 0 ? 1 : 0) : exact / (double) found;
        }
    }

    /** Scores found entries (texts) against a list's gold entries. */
    public static Score score(String name, List<String> gold, List<String> found) {
        java.util.Map<String, Integer> g = new java.util.HashMap<>();
        for (String e : gold) g.merge(GoldLayout.alnum(e), 1, Integer::sum);
        int exact = 0;
        for (String f : found) {
            Integer left = g.get(GoldLayout.alnum(f));
            if (left != null && left > 0) {
                exact++;
                g.put(GoldLayout.alnum(f), left - 1);
            }
        }
        return new Score(name, gold.size(), found.size(), exact);
    }

    /** The texts of the entries a segmenter finds in a whole list file. */
    public static List<String> texts(List<String> all, List<Segmenter.Entry> entries) {
        List<String> out = new ArrayList<>();
        for (Segmenter.Entry e : entries) {
            StringBuilder b = new StringBuilder();
            for (int i = e.firstLine(); i <= e.lastLine(); i++) {
                String l = all.get(i - 1);
                if (i == e.lastLine() && e.endColumn() >= 0) l = l.substring(0, Math.min(e.endColumn(), l.length()));
                if (i == e.firstLine()) l = l.substring(Math.min(e.column(), l.length()));
                if (b.length() > 0) b.append(' ');
                b.append(l.strip());
            }
            out.add(b.toString());
        }
        return out;
    }

    /**
     * Leave-one-list-out: for each list, a model trained on the others finds the entries of its
     * file through {@code pipeline} (the whole reading, with merged-entry splitting), and the same
     * pipeline without a model (the layout rules) gives the baseline. Returns a table, one line per
     * list and a total line.
     */
    public static String leaveOneListOut(List<GoldLayout.Labelled> lists, long seed, java.util.function.BiFunction<Segmenter, String, List<String>> pipeline) {
        StringBuilder out = new StringBuilder(String.format("%-36s %5s | %-31s | %-31s%n", "list", "gold", "segmenter: found exact R P", "rules: found exact R P"));
        int[] tot = new int[5];
        for (GoldLayout.Labelled held : lists) {
            List<GoldLayout.Labelled> rest = new ArrayList<>(lists);
            rest.remove(held);
            Segmenter seg = new Segmenter(train(rest, seed));
            String text = String.join("\n", held.fileLines());
            Score s = score(held.name(), held.entries(), pipeline.apply(seg, text));
            Score b = score(held.name(), held.entries(), pipeline.apply(null, text));
            out.append(String.format("%-36s %5d | %5d %5d  %.3f %.3f | %5d %5d  %.3f %.3f%n", held.name(), s.gold(),
                    s.found(), s.exact(), s.recall(), s.precision(), b.found(), b.exact(), b.recall(), b.precision()));
            tot[0] += s.gold();
            tot[1] += s.found();
            tot[2] += s.exact();
            tot[3] += b.found();
            tot[4] += b.exact();
        }
        out.append(String.format("%-36s %5d | %5d %5d  %.3f %.3f | %5d %5d  %.3f %.3f%n", "all lists", tot[0], tot[1], tot[2],
                tot[2] / (double) tot[0], tot[2] / (double) Math.max(1, tot[1]), tot[3], tot[4], tot[4] / (double) tot[0], tot[4] / (double) Math.max(1, tot[3])));
        return out.toString();
    }
}
