package org.opis.reflist.tagger;

import com.fasterxml.jackson.databind.JsonNode;
import org.opis.csl.CslJson;
import org.opis.reflist.HybridReader;
import org.opis.reflist.RuleReader;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Developer's lab (not a test): trains leave-one-list-out fold models once and caches them under a
 * folder, then scores and dumps the readers' errors per list without retraining.
 * {@code java -cp … org.opis.reflist.tagger.FoldLab train DIR STYLES [list…]} /
 * {@code … score DIR [list…]} / {@code … dump DIR list}.
 */
public final class FoldLab {
    public static void main(String[] a) throws Exception {
        PrintWriter log = new PrintWriter(System.err, true);
        List<Corpus.GoldList> lists = Corpus.readAll(Path.of("references"));
        Path dir = Path.of(a[1]);
        Files.createDirectories(dir);
        switch (a[0]) {
            case "train" -> {
                int styles = Integer.parseInt(a[2]);
                List<String> only = List.of(a).subList(3, a.length);
                Training.Options d = Training.Options.DEFAULT;
                Training.Options o = new Training.Options(d.seed(), d.epochs(), styles, d.recordsPerStyle(), d.stylesPerRealRecord(), d.realWeight(), d.bits());
                long t0 = System.nanoTime();
                List<Trainer.Example> syn = Training.synthetic(o, log);
                Map<String, List<Trainer.Example>> real = Training.real(lists, o);
                log.printf("data ready %.0fs%n", (System.nanoTime() - t0) / 1e9);
                for (Corpus.GoldList l : lists) {
                    if (!only.isEmpty() && !only.contains(l.name())) continue;
                    long t1 = System.nanoTime();
                    Tagger t = Training.trainWithout(syn, real, l.name(), o);
                    t.save(dir.resolve(l.name() + ".bin.gz"));
                    log.printf("%s trained %.0fs%n", l.name(), (System.nanoTime() - t1) / 1e9);
                }
            }
            case "score" -> {
                List<String> only = List.of(a).subList(2, a.length);
                Map<String, Evaluation.Score> pooled = new LinkedHashMap<>();
                for (Corpus.GoldList l : lists) {
                    if (!only.isEmpty() && !only.contains(l.name())) continue;
                    Path m = dir.resolve(l.name() + ".bin.gz");
                    if (!Files.exists(m)) continue;
                    Tagger t = Tagger.load(m);
                    StringBuilder b = new StringBuilder(String.format("%-34s %4d", l.name(), l.entries().size()));
                    for (var e : readers(t).entrySet()) {
                        Evaluation.Score s = Evaluation.score(l, e.getValue());
                        pooled.computeIfAbsent(e.getKey(), k -> new Evaluation.Score()).add(s);
                        b.append(String.format("  %s %.3f/%.3f", e.getKey(), s.f1(), s.allRightRate()));
                    }
                    System.out.println(b);
                }
                StringBuilder b = new StringBuilder(String.format("%-34s %4d", "ALL", pooled.values().iterator().next().entries()));
                pooled.forEach((k, s) -> b.append(String.format("  %s %.3f/%.3f", k, s.f1(), s.allRightRate())));
                System.out.println(b);
                if (System.getenv("FIELDS") != null) pooled.forEach((k, s) -> Evaluation.printFields(new PrintWriter(System.out, true), k, s));
            }
            case "dump" -> {
                String which = a.length > 3 ? a[3] : "tagger";
                for (Corpus.GoldList l : lists) {
                    if (!l.name().equals(a[2])) continue;
                    Tagger t = Tagger.load(dir.resolve(l.name() + ".bin.gz"));
                    Function<String, JsonNode> r = readers(t).get(which);
                    for (Corpus.Entry e : l.entries()) {
                        Map<String, String> g = Evaluation.values(e.csl());
                        JsonNode pj = r.apply(e.text());
                        Map<String, String> p = pj == null ? Map.of() : Evaluation.values(pj);
                        List<String> diffs = new ArrayList<>();
                        for (String f : Evaluation.FIELDS) {
                            String gv = g.get(f), pv = p.get(f);
                            if (gv == null && pv == null) continue;
                            if (gv != null && gv.equals(pv)) continue;
                            diffs.add(f + ": gold=" + gv + " got=" + pv);
                        }
                        if (diffs.isEmpty()) continue;
                        System.out.println("== " + e.text());
                        if (which.equals("tagger")) {
                            var tg = t.tag(e.text());
                            StringBuilder b = new StringBuilder("   ");
                            for (Field f : tg.fields()) b.append('[').append(f.label().field()).append(' ').append(String.format("%.2f", f.confidence())).append("] ").append(f.text()).append("  ");
                            System.out.println(b);
                        }
                        for (String d : diffs) System.out.println("   " + d);
                    }
                }
            }
            case "hybrid" -> {
                var he = org.opis.reflist.HybridEvaluation.run(lists, n -> {
                    try {
                        return Tagger.load(dir.resolve(n + ".bin.gz"));
                    } catch (Tagger.ModelException e) {
                        throw new IllegalStateException(e);
                    }
                }, log);
                System.out.print(LeaveOneListOut.table(he.result()));
                he.result().pooled().forEach((k, s) -> Evaluation.printFields(new PrintWriter(System.out, true), k, s));
                if (a.length > 2) try (var w = Files.newBufferedWriter(Path.of(a[2]))) {
                    he.chooser().write(w);
                }
            }
            case "choose" -> choose(lists, dir, List.of(a).subList(2, a.length));
            default -> throw new IllegalArgumentException(a[0]);
        }
    }

    record Read(Corpus.Entry e, de.undercouch.citeproc.csl.CSLItemData rules, Tagger.Tagged tagged, org.opis.reflist.FieldChooser.Readings rd, Map<String, String> gold) {
    }

    static final java.util.Set<String> HOME = java.util.Set.of("selivanov-2017", "gost-early-modern", "moise-soviet", "ransel-peasantry", "russian-post-1782");

    static void choose(List<Corpus.GoldList> lists, Path dir, List<String> opts) throws Exception {
        Map<String, List<Read>> reads = new LinkedHashMap<>();
        for (Corpus.GoldList l : lists) {
            Path m = dir.resolve(l.name() + ".bin.gz");
            if (!Files.exists(m)) continue;
            Tagger t = Tagger.load(m);
            List<Read> rs = new ArrayList<>();
            for (Corpus.Entry e : l.entries()) {
                var rules = RuleReader.read(e.text()).orElse(new de.undercouch.citeproc.csl.CSLItemDataBuilder().build());
                var tg = t.tag(e.text());
                rs.add(new Read(e, rules, tg, org.opis.reflist.FieldChooser.readings(e.text(), rules, tg), Evaluation.values(e.csl())));
            }
            reads.put(l.name(), rs);
        }
        boolean noHome = opts.contains("nohome");
        double l2 = 1e-3;
        for (String o : opts) if (o.startsWith("l2=")) l2 = Double.parseDouble(o.substring(3));
        Map<String, Evaluation.Score> pooled = new LinkedHashMap<>();
        for (Corpus.GoldList l : lists) {
            if (!reads.containsKey(l.name())) continue;
            List<org.opis.reflist.FieldChooser.Case> cases = new ArrayList<>();
            reads.forEach((name, rs) -> {
                if (name.equals(l.name()) || (noHome && HOME.contains(name))) return;
                for (Read r : rs) cases.addAll(cases(r));
            });
            int its = 300;
            for (String o : opts) if (o.startsWith("it=")) its = Integer.parseInt(o.substring(3));
            var ch = org.opis.reflist.FieldChooser.learn(cases, l2, its);
            Map<String, JsonNode> chosen = new java.util.HashMap<>();
            Map<String, JsonNode> oracle = new java.util.HashMap<>();
            for (Read r : reads.get(l.name())) {
                List<String> take = ch.taggerFields(r.e().text(), r.rules(), r.tagged());
                if (l.name().equals(System.getenv("DEBUG"))) {
                    for (String f : Evaluation.FIELDS) {
                        String g = r.gold().get(f), rv = r.rd().rules().get(f), tv = r.rd().tagger().get(f);
                        boolean tookT = take.contains(f);
                        String got = tookT ? tv : rv;
                        if (!java.util.Objects.equals(g, got) && (java.util.Objects.equals(g, tv) || java.util.Objects.equals(g, rv)))
                            System.out.printf("  %s %s gold=%s rules=%s tagger=%s p=%.2f | %s%n", tookT ? "TOOK-T" : "KEPT-R", f, g, rv, tv,
                                    ch.taggerRight(org.opis.reflist.FieldChooser.features(f, r.rd(), r.tagged())), r.e().text());
                    }
                }
                chosen.put(r.e().text(), CslJson.itemData(org.opis.reflist.HybridReader.takeFields(r.rules(), r.tagged().item("x"), take)));
                List<String> best = new ArrayList<>();
                for (String f : Evaluation.FIELDS) {
                    String g = r.gold().get(f);
                    String rv = r.rd().rules().get(f), tv = r.rd().tagger().get(f);
                    if (java.util.Objects.equals(g, tv) && !java.util.Objects.equals(g, rv)) best.add(f);
                }
                oracle.put(r.e().text(), CslJson.itemData(org.opis.reflist.HybridReader.takeFields(r.rules(), r.tagged().item("x"), best)));
            }
            StringBuilder b = new StringBuilder(String.format("%-34s %4d", l.name(), l.entries().size()));
            for (var rd : Map.<String, Function<String, JsonNode>>of("chosen", chosen::get, "oracle", oracle::get).entrySet()) {
                Evaluation.Score s = Evaluation.score(l, rd.getValue());
                pooled.computeIfAbsent(rd.getKey(), k -> new Evaluation.Score()).add(s);
                b.append(String.format("  %s %.3f/%.3f", rd.getKey(), s.f1(), s.allRightRate()));
            }
            System.out.println(b);
        }
        StringBuilder b = new StringBuilder(String.format("%-34s %4d", "ALL", 0));
        pooled.forEach((k, s) -> b.append(String.format("  %s %.3f/%.3f", k, s.f1(), s.allRightRate())));
        System.out.println(b);
    }

    static List<org.opis.reflist.FieldChooser.Case> cases(Read r) {
        List<org.opis.reflist.FieldChooser.Case> out = new ArrayList<>();
        for (String f : Evaluation.FIELDS) {
            String rv = r.rd().rules().get(f), tv = r.rd().tagger().get(f), g = r.gold().get(f);
            if (rv == null && tv == null || java.util.Objects.equals(rv, tv)) continue;
            boolean tr = java.util.Objects.equals(g, tv), rr = java.util.Objects.equals(g, rv);
            if (tr == rr) continue;
            out.add(new org.opis.reflist.FieldChooser.Case(f, org.opis.reflist.FieldChooser.features(f, r.rd(), r.tagged()), tr));
        }
        return out;
    }

    static Map<String, Function<String, JsonNode>> readers(Tagger t) {
        return org.opis.cli.EvaluateCommand.readers(t);
    }
}
