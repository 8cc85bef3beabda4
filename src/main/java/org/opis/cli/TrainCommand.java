package org.opis.cli;

import org.opis.reflist.tagger.Corpus;
import org.opis.reflist.tagger.Tagger;
import org.opis.reflist.tagger.Training;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code opis train [--lists DIR] [--gold FILE]... [--seed N] [--epochs N] [--styles N] -o FILE}:
 * trains the reference-field tagger on synthetic entries and hand-checked lists.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Trains the reference-field tagger: synthetic entries rendered from the project's data tables in many CSL styles,",
                "plus hand-checked lists in JSON Lines ({\"text\": \"<entry>\", \"csl\": {<CSL-JSON>}} per line).",
                "The bundled model is rebuilt by: opis train -o src/main/resources/org/opis/reflist/tagger/model.bin.gz",
                "Same data and seed give the same model. Exit status: 0 done, 2 usage or I/O error."})
public final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "where to write the model")
    Path output;

    @Option(names = "--lists", paramLabel = "DIR", defaultValue = "references",
            description = "folder of hand-checked lists, one <list>/gold.jsonl each; default ${DEFAULT-VALUE} (skipped when absent)")
    Path lists;

    @Option(names = "--gold", paramLabel = "FILE", description = "a further hand-checked list (JSON Lines); repeatable")
    List<Path> gold = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", description = "random seed (default: the bundled model's)")
    Long seed;

    @Option(names = "--epochs", paramLabel = "N", description = "training passes (default 8)")
    Integer epochs;

    @Option(names = "--real-weight", paramLabel = "N", description = "times each hand-checked entry is trained on, against the synthetic ones (default 3)")
    Integer realWeight;

    @Option(names = "--styles", paramLabel = "N", description = "CSL styles drawn from the styles jar beyond the core ones (default 220; 0 for the core styles only)")
    Integer styles;

    @Option(names = "--records", paramLabel = "N", description = "synthetic records rendered per style (default 24)")
    Integer records;

    @Option(names = "--tiny", description = "a very small, quick run (core styles only, few records, 2 epochs): to try the command")
    boolean tiny;

    @Option(names = "--segmenter", description = "train the line segmenter (entry boundaries) instead of the field tagger, from the lists' files and gold;"
            + " the bundled one is rebuilt by: opis train --segmenter -o src/main/resources/org/opis/reflist/segment/segmenter.tsv.gz")
    boolean segmenter;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (segmenter) return SegmenterTrain.run(lists, output, seed == null ? SegmenterTrain.SEED : seed, err);
        List<Corpus.GoldList> data;
        try {
            data = readLists(lists, gold);
        } catch (IOException e) {
            err.println("opis train: " + e.getMessage());
            return Main.USAGE;
        }
        Training.Options d = tiny ? Training.Options.TINY : Training.Options.DEFAULT;
        Training.Options o = new Training.Options(seed != null ? seed : d.seed(), epochs != null ? epochs : d.epochs(),
                styles != null ? styles : d.extraStyles(), records != null ? records : d.recordsPerStyle(),
                d.stylesPerRealRecord(), realWeight != null ? realWeight : d.realWeight(), d.bits());
        if (o.epochs() < 1 || o.extraStyles() < 0 || o.recordsPerStyle() < 0) {
            err.println("opis train: --epochs must be at least 1, --styles and --records at least 0");
            return Main.USAGE;
        }
        err.printf("training: %d hand-checked lists, %d entries%n", data.size(), data.stream().mapToInt(l -> l.entries().size()).sum());
        Tagger t = Training.train(data, o, err);
        return writeModel(output, t::write, "model", err);
    }

    /** Writes a trained model atomically (its folder made when missing) and says where; exit status. */
    static int writeModel(Path output, org.opis.text.OutputFile.BinaryBody body, String what, PrintWriter err) {
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) java.nio.file.Files.createDirectories(parent);
            org.opis.text.OutputFile.writeStream(output, List.of(), false, body);
        } catch (IOException e) {
            err.println("opis train: cannot write " + output + ": " + e.getMessage());
            return Main.USAGE;
        }
        err.printf("%s written to %s (%d bytes)%n", what, output, output.toFile().length());
        err.flush();
        return Main.OK;
    }

    static List<Corpus.GoldList> readLists(Path dir, List<Path> files) throws IOException {
        List<Corpus.GoldList> out = new ArrayList<>(Corpus.readAll(dir));
        for (Path f : files) {
            if (!java.nio.file.Files.isRegularFile(f)) throw new IOException("gold file " + f + " not found");
            String name = f.getFileName().toString().equals("gold.jsonl") && f.getParent() != null
                    ? f.getParent().getFileName().toString() : f.getFileName().toString().replaceFirst("\\.jsonl$", "");
            out.add(Corpus.read(f, name));
        }
        return out;
    }
}
