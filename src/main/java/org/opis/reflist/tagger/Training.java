package org.opis.reflist.tagger;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Builds a tagger from synthetic entries and hand-checked lists, deterministically for a seed: the
 * synthetic records are rendered in the core styles and in {@code extraStyles} more drawn from the
 * styles jar; every real record is also rendered in a few styles; the real entries themselves are
 * trained on as written ({@code realWeight} times each).
 */
public final class Training {

    /** The settings of one training run; {@link #DEFAULT} is what builds the bundled model. */
    public record Options(long seed, int epochs, int extraStyles, int recordsPerStyle, int stylesPerRealRecord,
                          int realWeight, int bits) {
        public static final Options DEFAULT = new Options(20261205L, 8, 220, 24, 3, 3, 18);

        /** A run small enough for a unit test (seconds). */
        public static final Options TINY = new Options(7L, 2, 0, 6, 0, 1, 14);
    }

    private Training() {
    }

    /** Synthetic training sequences rendered from the project's data tables (independent of the real lists). */
    static List<Trainer.Example> synthetic(Options o, PrintWriter log) {
        Synthetic syn = new Synthetic(o.seed());
        List<String> styles = syn.styles(o.extraStyles());
        List<Trainer.Example> out = new ArrayList<>();
        int n = 0;
        int used = 0;
        for (String style : styles) {
            List<ObjectNode> recs = new ArrayList<>();
            for (int i = 0; i < o.recordsPerStyle(); i++) recs.add(syn.record("s" + (n++)));
            List<Synthetic.Sample> samples = syn.render(style, recs);
            if (!samples.isEmpty()) used++;
            out.addAll(Synthetic.examples(samples, o.bits()));
        }
        if (log != null) {
            log.printf("synthetic: %d entries from %d styles%n", out.size(), used);
            log.flush();
        }
        return out;
    }

    /** Training sequences from real lists: each entry as written, and each record rendered in a few styles. */
    static Map<String, List<Trainer.Example>> real(List<Corpus.GoldList> lists, Options o) {
        Map<String, List<Trainer.Example>> out = new LinkedHashMap<>();
        Synthetic syn = new Synthetic(o.seed() + 1);
        List<String> styles = syn.styles(Math.max(o.extraStyles(), 0));
        Random rnd = new Random(o.seed() + 2);
        for (Corpus.GoldList l : lists) {
            List<Trainer.Example> ex = new ArrayList<>();
            for (Corpus.Entry e : l.entries()) {
                List<Token> t = Tokenizer.tokens(e.text());
                if (t.isEmpty()) continue;
                Trainer.Example x = Trainer.example(t, Aligner.align(t, e.csl()), o.bits());
                for (int k = 0; k < o.realWeight(); k++) ex.add(x);
            }
            if (o.stylesPerRealRecord() > 0) {
                for (int k = 0; k < o.stylesPerRealRecord(); k++) {
                    String style = styles.get(rnd.nextInt(styles.size()));
                    List<ObjectNode> recs = new ArrayList<>();
                    int id = 0;
                    for (Corpus.Entry e : l.entries()) {
                        ObjectNode r = e.csl().deepCopy();
                        r.put("id", "r" + (id++));
                        if (!r.has("type")) r.put("type", "book");
                        recs.add(r);
                    }
                    ex.addAll(Synthetic.examples(syn.render(style, recs), o.bits()));
                }
            }
            out.put(l.name(), ex);
        }
        return out;
    }

    /** Trains a tagger on synthetic entries and the given lists. */
    public static Tagger train(List<Corpus.GoldList> lists, Options o, PrintWriter log) {
        List<Trainer.Example> data = new ArrayList<>(synthetic(o, log));
        real(lists, o).values().forEach(data::addAll);
        if (log != null) {
            log.printf("training on %d sequences (%d real lists), seed %d, %d epochs%n", data.size(), lists.size(), o.seed(), o.epochs());
            log.flush();
        }
        return new Tagger(Trainer.train(data, o.bits(), o.epochs(), o.seed(), log));
    }

    /**
     * Prepares the training data once and returns a trainer of leave-one-list-out taggers: given a
     * list's name, a tagger trained on the synthetic entries and every other list.
     */
    public static java.util.function.Function<String, Tagger> folds(List<Corpus.GoldList> lists, Options o, PrintWriter log) {
        String cache = System.getProperty("opis.evaluate.foldCache");
        String groups = System.getProperty("opis.evaluate.groups");
        if (cache != null && groups == null) {
            // A developer's cache of fold models (only for re-scoring changes that leave the features and data alone): the
            // missing ones are trained first; when none is missing the training data (minutes to render) is not made at all.
            java.nio.file.Path dir = java.nio.file.Path.of(cache);
            if (!cached(lists, dir)) {
                prefill(synthetic(o, log), real(lists, o), dir, Math.max(1, Integer.getInteger("opis.evaluate.foldThreads", 1)), o);
            }
            return name -> {
                java.nio.file.Path f = dir.resolve(name + ".bin.gz");
                try {
                    return Tagger.load(f);
                } catch (Exception e) {
                    throw new IllegalStateException("fold cache " + f + ": " + e.getMessage(), e);
                }
            };
        }
        List<Trainer.Example> syn = synthetic(o, log);
        Map<String, List<Trainer.Example>> real = real(lists, o);
        if (groups != null) return grouped(syn, real, Integer.parseInt(groups), cache, o);
        return name -> trainWithout(syn, real, name, o);
    }

    /** Whether the fold cache holds a model for every list. */
    private static boolean cached(List<Corpus.GoldList> lists, java.nio.file.Path cache) {
        for (Corpus.GoldList l : lists) if (!java.nio.file.Files.exists(cache.resolve(l.name() + ".bin.gz"))) return false;
        return true;
    }

    /**
     * Trains the fold models missing from the cache on {@code threads} threads at once ({@code -Dopis.evaluate.foldThreads=N},
     * default 1; each fold is trained from its own data and seed, so the files are those one thread writes), each written
     * whole or not at all.
     */
    private static void prefill(List<Trainer.Example> syn, Map<String, List<Trainer.Example>> real, java.nio.file.Path cache,
                                int threads, Options o) {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<?>> jobs = new ArrayList<>();
            for (String name : real.keySet()) {
                java.nio.file.Path f = cache.resolve(name + ".bin.gz");
                if (java.nio.file.Files.exists(f)) continue;
                jobs.add(pool.submit(() -> {
                    Tagger t = trainWithout(syn, real, name, o);
                    java.nio.file.Files.createDirectories(cache);
                    java.nio.file.Path tmp = cache.resolve(name + ".bin.gz.part");
                    t.save(tmp);
                    java.nio.file.Files.move(tmp, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> j : jobs) j.get();
        } catch (Exception e) {
            throw new IllegalStateException("fold cache " + cache + ": " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A developer's quicker cross-validation by list ({@code -Dopis.evaluate.groups=K}): the lists, in their order, are dealt
     * into K groups (list i to group i mod K), and a list is read by a tagger trained without every list of its group — K
     * trainings instead of one per list; each list is still read by a tagger that never saw it (with less training data
     * than leave-one-list-out gives it). Fold models are kept in the fold cache as {@code group-g-of-K.bin.gz}.
     */
    private static java.util.function.Function<String, Tagger> grouped(List<Trainer.Example> syn, Map<String, List<Trainer.Example>> real,
                                                                        int k, String cache, Options o) {
        List<String> names = new ArrayList<>(real.keySet());
        Map<Integer, Tagger> models = new java.util.HashMap<>();
        return name -> {
            int g = Math.max(names.indexOf(name), 0) % k;
            return models.computeIfAbsent(g, x -> {
                java.nio.file.Path f = cache == null ? null : java.nio.file.Path.of(cache, "group-" + g + "-of-" + k + ".bin.gz");
                try {
                    if (f != null && java.nio.file.Files.exists(f)) return Tagger.load(f);
                    List<Trainer.Example> data = new ArrayList<>(syn);
                    for (int i = 0; i < names.size(); i++) if (i % k != g) data.addAll(real.get(names.get(i)));
                    Tagger t = new Tagger(Trainer.train(data, o.bits(), o.epochs(), o.seed(), null));
                    if (f != null) {
                        java.nio.file.Files.createDirectories(f.getParent());
                        t.save(f);
                    }
                    return t;
                } catch (Exception e) {
                    throw new IllegalStateException("fold cache " + f + ": " + e.getMessage(), e);
                }
            });
        };
    }

    /** Trains on precomputed synthetic sequences and the real lists' sequences but one (leave-one-list-out). */
    static Tagger trainWithout(List<Trainer.Example> synthetic, Map<String, List<Trainer.Example>> real, String leftOut, Options o) {
        List<Trainer.Example> data = new ArrayList<>(synthetic);
        real.forEach((k, v) -> {
            if (!k.equals(leftOut)) data.addAll(v);
        });
        return new Tagger(Trainer.train(data, o.bits(), o.epochs(), o.seed(), null));
    }
}
