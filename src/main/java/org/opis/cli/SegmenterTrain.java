package org.opis.cli;

import org.opis.reflist.segment.GoldLayout;
import org.opis.reflist.segment.LineModel;
import org.opis.reflist.segment.SegmenterTraining;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** {@code opis train --segmenter}: the line segmenter trained from the hand-checked lists' files. */
final class SegmenterTrain {
    /** The seed of the bundled segmenter. */
    static final long SEED = 7;

    private SegmenterTrain() {
    }

    static int run(Path lists, Path output, long seed, PrintWriter err) {
        List<GoldLayout.Labelled> data;
        try {
            data = SegmenterTraining.readAll(lists);
        } catch (IOException e) {
            err.println("opis train: " + e.getMessage());
            return Main.USAGE;
        }
        if (data.isEmpty()) {
            err.println("opis train: no hand-checked list with its list file (list.md, list.txt or note.md beside gold.jsonl) under " + lists);
            return Main.USAGE;
        }
        int lines = data.stream().mapToInt(l -> l.lines().size()).sum();
        err.printf("training the line segmenter: %d lists, %d lines%n", data.size(), lines);
        LineModel m = SegmenterTraining.train(data, seed);
        return TrainCommand.writeModel(output, m::write, "segmenter", err);
    }
}
