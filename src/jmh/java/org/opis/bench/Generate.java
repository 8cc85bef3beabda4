package org.opis.bench;

import org.opis.csl.CslJson;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the varied corpora of the whole-process measurements and of the side-by-side runs into a
 * directory (default target/bench-corpus): archival-100k.txt and archival-1m.txt (one citation a
 * line), entries-100k.txt (one reference a line), corpus-50k.bib, items-1k.json and items-10k.json
 * (CSL-JSON, as opis parses varied entries of the real lists). Same seed, same files.
 */
public final class Generate {

    private Generate() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-corpus");
        Files.createDirectories(dir);
        Files.write(dir.resolve("archival-100k.txt"), Corpora.archival(100_000));
        Files.write(dir.resolve("archival-1m.txt"), Corpora.archival(1_000_000));
        Files.write(dir.resolve("entries-100k.txt"), Corpora.entries(100_000));
        Files.writeString(dir.resolve("corpus-50k.bib"), Corpora.bib(50_000));
        for (int n : List.of(1000, 10_000)) {
            Files.writeString(dir.resolve("items-" + (n / 1000) + "k.json"), CslJson.write(Corpora.records(n)));
        }
        System.out.println("corpora written to " + dir);
    }
}
