package org.opis.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Real strings to recombine: the archival citations of the test tables and the entries of the real lists. */
public final class RealSeeds {

    private RealSeeds() {
    }

    /** Column 2 of the real archival tables (real citations of every scheme the tests know). */
    public static List<String> archivalCitations() {
        List<String> out = new ArrayList<>();
        for (String table : List.of("real-citations.tsv", "other-schemes.tsv")) {
            for (String line : lines(Path.of("src/test/resources/org/opis/archival", table))) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] cols = line.split("\t");
                if (cols.length > 1 && !cols[1].isBlank()) out.add(cols[1]);
            }
        }
        return out;
    }

    /** The non-blank lines of the real bare lists under references/ (one entry a line in each). */
    public static List<String> referenceEntries() {
        List<String> out = new ArrayList<>();
        for (String list : List.of("ransel-peasantry/list.md", "russian-post-1782/list.md", "gost-early-modern/list.md",
                "albanian-split-wiki/list.md", "moise-soviet/list.txt")) {
            for (String line : lines(Path.of("references", list))) {
                String l = line.strip();
                if (l.length() > 20 && !l.startsWith("#")) out.add(l);
            }
        }
        return out;
    }

    private static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
