package org.opis.reflist.tagger;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Leave-one-list-out evaluation: for every hand-checked list, a tagger is trained on the synthetic
 * entries and all the other lists, and scored on that list beside the other readers (the rule
 * parser, the hybrid) given the same entries.
 */
public final class LeaveOneListOut {
    /** The readers scored on a list, given the tagger trained without it. */
    public interface Readers {
        Map<String, Function<String, JsonNode>> of(Tagger foldTagger);
    }

    /** Scores per list and reader, and pooled per reader. */
    public record Result(Map<String, Map<String, Evaluation.Score>> byList, Map<String, Evaluation.Score> pooled) {
    }

    private LeaveOneListOut() {
    }

    public static Result run(List<Corpus.GoldList> lists, Training.Options o, Readers readers, Tagger fixed, PrintWriter log) {
        List<Trainer.Example> syn = fixed == null ? Training.synthetic(o, log) : List.of();
        Map<String, List<Trainer.Example>> real = fixed == null ? Training.real(lists, o) : Map.of();
        Map<String, Map<String, Evaluation.Score>> byList = new LinkedHashMap<>();
        Map<String, Evaluation.Score> pooled = new LinkedHashMap<>();
        for (Corpus.GoldList l : lists) {
            Tagger t = fixed != null ? fixed : Training.trainWithout(syn, real, l.name(), o);
            Map<String, Evaluation.Score> scores = new LinkedHashMap<>();
            readers.of(t).forEach((name, r) -> {
                Evaluation.Score s = Evaluation.score(l, r);
                scores.put(name, s);
                pooled.computeIfAbsent(name, k -> new Evaluation.Score()).add(s);
            });
            byList.put(l.name(), scores);
            if (log != null) {
                StringBuilder b = new StringBuilder(String.format("%-32s %4d", l.name(), l.entries().size()));
                scores.forEach((k, s) -> b.append(String.format("   %s F1 %.3f all-right %.3f", k, s.f1(), s.allRightRate())));
                log.println(b);
                log.flush();
            }
        }
        return new Result(byList, pooled);
    }

    /** The per-list table (Markdown) of a result. */
    public static String table(Result r) {
        StringBuilder b = new StringBuilder();
        List<String> names = new ArrayList<>(r.pooled().keySet());
        b.append("| list | entries |");
        for (String n : names) b.append(' ').append(n).append(" F1 | ").append(n).append(" all-right |");
        b.append('\n').append("|---|---:|");
        for (int i = 0; i < names.size(); i++) b.append("---:|---:|");
        b.append('\n');
        r.byList().forEach((list, scores) -> {
            int n = scores.values().iterator().next().entries();
            b.append("| ").append(list).append(" | ").append(n).append(" |");
            for (String k : names) {
                Evaluation.Score s = scores.get(k);
                b.append(String.format(" %.3f | %.3f |", s.f1(), s.allRightRate()));
            }
            b.append('\n');
        });
        int total = r.pooled().values().iterator().next().entries();
        b.append("| **all lists** | ").append(total).append(" |");
        for (String k : names) {
            Evaluation.Score s = r.pooled().get(k);
            b.append(String.format(" **%.3f** | **%.3f** |", s.f1(), s.allRightRate()));
        }
        b.append('\n');
        return b.toString();
    }
}
