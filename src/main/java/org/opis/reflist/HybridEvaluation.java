package org.opis.reflist;

import com.fasterxml.jackson.databind.JsonNode;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import org.opis.reflist.tagger.Corpus;
import org.opis.reflist.tagger.Evaluation;
import org.opis.reflist.tagger.LeaveOneListOut;
import org.opis.reflist.tagger.Tagger;
import org.opis.reflist.tagger.Training;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Leave-one-list-out scores of the readers — the rules, the tagger, the former conservative hybrid
 * ("hybrid", {@link HybridReader#mergeByRules}), and the learned field chooser with its checks
 * ("learned", the merge {@code opis parse} does) — with the chooser learned honestly: for every list, a
 * tagger trained without it reads it; then, for every list, a chooser is learned from the readings
 * of all the other lists (each read by a tagger that never saw it) and scored on that list. The
 * chooser learned from all lists' readings is the one to ship ({@link #chooser()}). With
 * {@code -Dopis.evaluate.historicRules=FILE} the rules' readings of the lists are the earlier code's
 * ({@link HistoricRules}): to learn the chooser from ({@code historicUse=train}), to score with ({@code score}) or both;
 * with {@code -Dopis.evaluate.historicPool=true} the chooser learns from today's and the earlier readings together.
 */
public final class HybridEvaluation {
    /** One entry's readings. */
    private record Read(Corpus.Entry entry, CSLItemData rules, Map<String, String> extra, Tagger.Tagged tagged, FieldChooser.Readings readings,
                        int findings, List<FieldChooser.Readings> trainReadings) {
    }

    private final LeaveOneListOut.Result result;
    private final FieldChooser chooser;
    private final ReaderGate gate;

    private HybridEvaluation(LeaveOneListOut.Result result, FieldChooser chooser, ReaderGate gate) {
        this.result = result;
        this.chooser = chooser;
        this.gate = gate;
    }

    /** The reader gate learned from every list's leave-one-list-out readings, with the threshold scored ({@link #GATE_THRESHOLD}). */
    public ReaderGate gate() {
        return gate;
    }

    /**
     * The gate's threshold the "gated" reader is scored at: the bundled gate's, or {@code -Dopis.evaluate.gateThreshold=P}.
     */
    static double gateThreshold() {
        String p = System.getProperty("opis.evaluate.gateThreshold");
        if (p != null) return Double.parseDouble(p);
        ReaderGate g = ReaderGate.bundled();
        return g == null ? 0 : g.threshold();
    }

    public LeaveOneListOut.Result result() {
        return result;
    }

    /** The chooser learned from every list's leave-one-list-out readings. */
    public FieldChooser chooser() {
        return chooser;
    }

    /**
     * Runs the evaluation. With a fixed tagger (no fold training) every list is read by it, and the
     * chooser is still learned from the other lists only.
     */
    public static HybridEvaluation run(List<Corpus.GoldList> lists, Training.Options o, Tagger fixed, PrintWriter log) {
        return run(lists, fixed == null ? Training.folds(lists, o, log) : n -> fixed, log);
    }

    /** Runs the evaluation with the given tagger for each list (by name): one that never saw that list, for honest figures. */
    public static HybridEvaluation run(List<Corpus.GoldList> lists, java.util.function.Function<String, Tagger> folds, PrintWriter log) {
        Map<String, List<Read>> reads = new LinkedHashMap<>();
        Map<String, Map<String, Evaluation.Score>> byList = new LinkedHashMap<>();
        Map<String, Evaluation.Score> pooled = new LinkedHashMap<>();
        HistoricRules historic = HistoricRules.fromProperties();
        if (historic != null && log != null) log.printf("historic rules' readings: %d entries%n", historic.size());
        for (String k : List.of("rules", "tagger", "hybrid", "learned", "gated")) pooled.put(k, new Evaluation.Score());
        for (Corpus.GoldList l : lists) {
            long t0 = System.nanoTime();
            Tagger t = folds.apply(l.name());
            List<Read> rs = new ArrayList<>();
            Map<String, JsonNode> rulesOut = new HashMap<>();
            Map<String, JsonNode> taggerOut = new HashMap<>();
            Map<String, JsonNode> hybridOut = new HashMap<>();
            List<FieldChooser.Readings> todays = new ArrayList<>();
            java.util.Set<FieldChooser.Readings> earlierReadings = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (Corpus.Entry e : l.entries()) {
                var ref = RuleReader.reference(e.text()).orElse(null);
                CSLItemData rules = ref == null ? null : org.opis.model.CslRecords.csl(ref);
                Map<String, String> extra = ref == null ? Map.of() : ref.extra();
                int findings = ref == null ? 0 : ref.defects().size();
                Tagger.Tagged tg = t.tag(e.text());
                CSLItemData r = rules != null ? rules : new CSLItemDataBuilder().id("x").build();
                FieldChooser.Readings rd = FieldChooser.readings(e.text(), r, tg);
                todays.add(rd);
                List<FieldChooser.Readings> train = new ArrayList<>();
                if (rules != null) train.add(rd);
                var earlier = historic == null ? java.util.Optional.<java.util.Optional<CSLItemData>>empty() : historic.reading(l.name(), e.text());
                if (earlier.isPresent()) {
                    CSLItemData h = earlier.get().orElse(null);
                    FieldChooser.Readings hrd = FieldChooser.readings(e.text(), h != null ? h : new CSLItemDataBuilder().id("x").build(), tg);
                    earlierReadings.add(hrd);
                    if (historic.train()) {
                        if (!historic.pooled()) train.clear();
                        if (h != null && !(historic.pooled() && rules != null && rd.rules().equals(hrd.rules()))) train.add(hrd);
                    }
                    if (historic.score()) {
                        rules = h;
                        rd = hrd;
                        extra = Map.of();
                        findings = 0;
                    }
                }
                rs.add(new Read(e, rules, extra, tg, rd, findings, train));
                rulesOut.put(e.text(), rules == null ? null : FieldChooser.json(rules));
                taggerOut.put(e.text(), FieldChooser.json(tg.item("x")));
                hybridOut.put(e.text(), rules == null ? null : FieldChooser.json(HybridReader.mergeByRules(rules, extra, tg).item()));
            }
            if (Boolean.getBoolean("opis.evaluate.listCue")) rs = withListCue(rs, todays, earlierReadings);
            reads.put(l.name(), rs);
            Map<String, Evaluation.Score> scores = new LinkedHashMap<>();
            scores.put("rules", Evaluation.score(l, rulesOut::get));
            scores.put("tagger", Evaluation.score(l, taggerOut::get));
            scores.put("hybrid", Evaluation.score(l, hybridOut::get));
            byList.put(l.name(), scores);
            if (log != null) {
                log.printf("%-34s %4d entries, fold tagger ready and read in %.0f s%n", l.name(), l.entries().size(), (System.nanoTime() - t0) / 1e9);
                log.flush();
            }
        }
        Map<String, Map<String, JsonNode>> learnedOut = new LinkedHashMap<>();
        // -Dopis.evaluate.chooserGroups=K: the chooser scored on a list is learned without its group of lists (K groups,
        // the lists dealt round in order), K learnings instead of one per list — for comparing choosers quickly
        int groups = Integer.getInteger("opis.evaluate.chooserGroups", 0);
        Map<String, Integer> groupOf = new HashMap<>();
        for (Corpus.GoldList l : lists) groupOf.put(l.name(), groups > 0 ? groupOf.size() % groups : groupOf.size());
        Map<Integer, FieldChooser> learnedFor = new HashMap<>();
        for (Corpus.GoldList l : lists) {
            int g = groupOf.get(l.name());
            FieldChooser ch = learnedFor.computeIfAbsent(g, k -> {
                List<FieldChooser.Case> cases = new ArrayList<>();
                reads.forEach((name, rs) -> {
                    if (!groupOf.get(name).equals(k)) for (Read r : rs) cases.addAll(cases(r));
                });
                return FieldChooser.learn(cases);
            });
            if (groups <= 0) learnedFor.clear();
            Map<String, JsonNode> out = new HashMap<>();
            for (Read r : reads.get(l.name())) {
                if (r.rules() == null) {
                    out.put(r.entry().text(), null);
                    continue;
                }
                out.put(r.entry().text(), FieldChooser.json(HybridReader.merge(r.rules(), r.extra(), r.tagged(), ch, r.readings()).item()));
            }
            dump(l.name(), reads.get(l.name()), out);
            learnedOut.put(l.name(), out);
            byList.get(l.name()).put("learned", Evaluation.score(l, out::get));
        }
        // the reader gate, leave-one-list-out: a gate learned from the other lists' entries sends some of the list's
        // entries to the rules alone (the chooser's records of the other lists, each made by a chooser that never saw that list)
        List<GateFolds.Row> rows = new ArrayList<>();
        reads.forEach((name, rs) -> {
            for (Read r : rs) {
                JsonNode alone = r.rules() == null ? null : FieldChooser.json(HybridReader.rulesAlone(r.rules(), r.entry().text()));
                Map<String, Double> cues = r.rules() == null ? Map.of() : ReaderGate.cues(r.rules(), r.entry().text(), r.findings(), r.extra());
                rows.add(new GateFolds.Row(name, cues, r.entry().csl(), learnedOut.get(name).get(r.entry().text()), alone,
                        r.rules() != null && ReaderGate.mayPass(r.rules())));
            }
        });
        double[] p = GateFolds.foldProbabilities(rows);
        double threshold = gateThreshold();
        if (log != null) GateFolds.report(rows, p, log);
        Map<String, Map<String, JsonNode>> gatedOut = new LinkedHashMap<>();
        int at = 0;
        for (var e : reads.entrySet()) {
            Map<String, JsonNode> out = new HashMap<>();
            for (Read r : e.getValue()) {
                GateFolds.Row row = rows.get(at);
                out.put(r.entry().text(), row.mayPass() && p[at] < threshold ? row.alone() : row.learned());
                at++;
            }
            gatedOut.put(e.getKey(), out);
        }
        for (Corpus.GoldList l : lists) {
            Map<String, JsonNode> gated = gatedOut.getOrDefault(l.name(), Map.of());
            Map<String, Evaluation.Score> scores = byList.get(l.name());
            scores.put("gated", Evaluation.score(l, gated::get));
            scores.forEach((k, s) -> pooled.get(k).add(s));
            if (log != null) {
                StringBuilder b = new StringBuilder(String.format("%-34s %4d", l.name(), l.entries().size()));
                scores.forEach((k, s) -> b.append(String.format("   %s F1 %.3f all-right %.3f", k, s.f1(), s.allRightRate())));
                log.println(b);
                log.flush();
            }
        }
        List<FieldChooser.Case> all = new ArrayList<>();
        reads.values().forEach(rs -> rs.forEach(r -> all.addAll(cases(r))));
        ReaderGate gate = GateFolds.learnAll(rows, threshold);
        writeGate(gate);
        return new HybridEvaluation(new LeaveOneListOut.Result(byList, pooled), FieldChooser.learn(all), gate);
    }

    /**
     * Writes the gate learned from every list's readings (system property {@code opis.evaluate.writeGate}: a file; the one
     * opis parse uses is {@code src/main/resources/org/opis/reflist/reader-gate.tsv}).
     */
    private static void writeGate(ReaderGate gate) {
        String file = System.getProperty("opis.evaluate.writeGate");
        if (file == null) return;
        try (var w = java.nio.file.Files.newBufferedWriter(java.nio.file.Path.of(file))) {
            gate.write(w);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A developer's dump of every entry's readings (system property {@code opis.evaluate.dump}: a JSON Lines file appended to). */
    private static void dump(String list, List<Read> rs, Map<String, JsonNode> learned) {
        String file = System.getProperty("opis.evaluate.dump");
        if (file == null) return;
        var m = new com.fasterxml.jackson.databind.ObjectMapper();
        StringBuilder b = new StringBuilder();
        for (Read r : rs) {
            var o = m.createObjectNode();
            o.put("list", list);
            o.put("text", r.entry().text());
            o.set("gold", r.entry().csl());
            o.set("rules", r.rules() == null ? null : FieldChooser.json(r.rules()));
            o.set("tagger", FieldChooser.json(r.tagged().item("x")));
            o.set("learned", learned.get(r.entry().text()));
            b.append(o).append('\n');
        }
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of(file), b, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The list's reads with the cue of the whole list ({@link FieldChooser#LIST_AGREE}) added to every reading: each
     * reading gets the mean agreement of the readings of its kind over the list (today's rules', or the earlier code's).
     */
    private static List<Read> withListCue(List<Read> rs, List<FieldChooser.Readings> todays, java.util.Set<FieldChooser.Readings> earlier) {
        double today = FieldChooser.listAgreement(todays);
        double before = earlier.isEmpty() ? today : FieldChooser.listAgreement(List.copyOf(earlier));
        java.util.function.UnaryOperator<FieldChooser.Readings> cue = rd -> rd.with(FieldChooser.LIST_AGREE, earlier.contains(rd) ? before : today);
        List<Read> out = new ArrayList<>();
        for (Read r : rs) {
            out.add(new Read(r.entry(), r.rules(), r.extra(), r.tagged(), cue.apply(r.readings()), r.findings(),
                    r.trainReadings().stream().map(cue).toList()));
        }
        return out;
    }

    /** The disagreements of an entry's two readings where exactly one is right (the chooser's training cases). */
    private static List<FieldChooser.Case> cases(Read r) {
        List<FieldChooser.Case> out = new ArrayList<>();
        Map<String, String> gold = Evaluation.comparable(r.entry().csl());
        for (FieldChooser.Readings rd : r.trainReadings()) for (String f : FieldChooser.FIELDS) {
            String rv = rd.rules().get(f);
            String tv = rd.tagger().get(f);
            if (rv == null && tv == null || Objects.equals(rv, tv)) continue;
            boolean taggerRight = Objects.equals(gold.get(f), tv);
            if (taggerRight == Objects.equals(gold.get(f), rv)) continue;
            out.add(new FieldChooser.Case(f, FieldChooser.features(f, rd, r.tagged()), taggerRight));
        }
        return out;
    }
}
