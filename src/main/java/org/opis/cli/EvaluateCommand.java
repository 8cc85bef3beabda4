package org.opis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.opis.csl.CslJson;
import org.opis.reflist.RuleReader;
import org.opis.reflist.tagger.Corpus;
import org.opis.reflist.tagger.Evaluation;
import org.opis.reflist.tagger.LeaveOneListOut;
import org.opis.reflist.tagger.Tagger;
import org.opis.reflist.tagger.Training;
import org.opis.reflist.HybridReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code opis evaluate [--lists DIR] [--gold FILE]... [--model FILE]}: field precision, recall and F1
 * of the tagger, the rule parser and the hybrid on hand-checked lists, leave-one-list-out.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Scores the reference readers on hand-checked lists (JSON Lines, {\"text\", \"csl\"} per line):",
                "per list and per field precision, recall, F1 and all-fields-right, for the rule parser, the tagger and the",
                "former conservative hybrid (hybrid), and the learned field chooser over both with its checks (learned, fold-wise: what opis parse does). Leave-one-list-out: the tagger scored on a list was trained without it",
                "(one training run per list: minutes). With --model, that model is scored on every list instead.",
                "Exit status: 0 done, 2 usage or I/O error."})
public final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--lists", paramLabel = "DIR", defaultValue = "references",
            description = "folder of hand-checked lists, one <list>/gold.jsonl each; default ${DEFAULT-VALUE}")
    Path lists;

    @Option(names = "--gold", paramLabel = "FILE", description = "a further hand-checked list (JSON Lines); repeatable")
    List<Path> gold = new ArrayList<>();

    @Option(names = "--model", paramLabel = "FILE", description = "score this model on every list (no leave-one-list-out training)")
    Path model;

    @Option(names = "--seed", paramLabel = "N", description = "random seed of the fold trainings (default: the bundled model's)")
    Long seed;

    @Option(names = "--real-weight", paramLabel = "N", description = "times each hand-checked entry is trained on, against the synthetic ones (default 3)")
    Integer realWeight;

    @Option(names = "--styles", paramLabel = "N", description = "CSL styles drawn from the jar per training (default 220)")
    Integer styles;

    @Option(names = "--tiny", description = "quick fold trainings (to try the command; figures are not meaningful)")
    boolean tiny;

    @Option(names = "--segmenter", description = "score entry boundaries instead of fields: the line segmenter leave-one-list-out against the layout rules, on each list's file")
    boolean segmenter;
    @Option(names = "--write-chooser", paramLabel = "FILE",
            description = "also write the hybrid's field chooser learned from every list's leave-one-list-out readings (the one opis parse uses is src/main/resources/org/opis/reflist/chooser.tsv)")
    Path writeChooser;

    @Override
    public Integer call() {
        if (segmenter) {
            try {
                var data = org.opis.reflist.segment.SegmenterTraining.readAll(lists);
                spec.commandLine().getOut().print(org.opis.reflist.segment.SegmenterTraining.leaveOneListOut(data,
                        seed == null ? SegmenterTrain.SEED : seed,
                        (seg, text) -> org.opis.reflist.ReferenceListParser.entryTexts(new org.opis.text.SourceText("list", text), seg)));
                spec.commandLine().getOut().flush();
                return Main.OK;
            } catch (java.io.IOException e) {
                spec.commandLine().getErr().println("opis evaluate: " + e.getMessage());
                return Main.USAGE;
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Corpus.GoldList> data;
        try {
            data = TrainCommand.readLists(lists, gold);
        } catch (IOException e) {
            err.println("opis evaluate: " + e.getMessage());
            return Main.USAGE;
        }
        if (data.isEmpty()) {
            err.println("opis evaluate: no hand-checked lists: none under " + lists + " (<list>/gold.jsonl) and no --gold file");
            return Main.USAGE;
        }
        Tagger fixed = null;
        if (model != null) {
            try {
                fixed = Tagger.load(model);
            } catch (Tagger.ModelException e) {
                err.println("opis evaluate: " + e.getMessage());
                return Main.USAGE;
            }
        }
        Training.Options d = tiny ? Training.Options.TINY : Training.Options.DEFAULT;
        Training.Options o = new Training.Options(seed != null ? seed : d.seed(), d.epochs(),
                styles != null ? styles : d.extraStyles(), d.recordsPerStyle(), d.stylesPerRealRecord(), realWeight != null ? realWeight : d.realWeight(), d.bits());
        long t0 = System.nanoTime();
        org.opis.reflist.HybridEvaluation he = org.opis.reflist.HybridEvaluation.run(data, o, fixed, err);
        LeaveOneListOut.Result r = he.result();
        if (writeChooser != null) {
            try {
                Path parent = writeChooser.toAbsolutePath().getParent();
                if (parent != null) java.nio.file.Files.createDirectories(parent);
                try (var w = java.nio.file.Files.newBufferedWriter(writeChooser)) {
                    he.chooser().write(w);
                }
            } catch (IOException e) {
                err.println("opis evaluate: cannot write " + writeChooser + ": " + e.getMessage());
                return Main.USAGE;
            }
            err.println("field chooser written to " + writeChooser);
        }
        err.printf("evaluation took %.0f s%n", (System.nanoTime() - t0) / 1e9);
        out.println(model != null ? "Scores of " + model + " (not leave-one-list-out)" : "Leave-one-list-out scores");
        out.println();
        out.print(LeaveOneListOut.table(r));
        r.pooled().forEach((k, s) -> Evaluation.printFields(out, k + " (all lists)", s));
        out.flush();
        return Main.OK;
    }

    /** The readers scored, by name: the rules, the tagger alone and the hybrid parse uses, each as CSL-JSON. */
    public static Map<String, Function<String, JsonNode>> readers(Tagger t) {
        Map<String, Function<String, JsonNode>> m = new LinkedHashMap<>();
        m.put("rules", e -> RuleReader.read(e).map(CslJson::itemData).orElse(null));
        m.put("tagger", e -> CslJson.itemData(t.tag(e).item("x")));
        m.put("hybrid", e -> HybridReader.read(e, t).map(CslJson::itemData).orElse(null));
        return m;
    }
}
