import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the large inputs of the README's memory table (Exit status and messages, "Memory on hostile
 * and large input") into DIR, reproducibly (fixed seed):
 *   java .ci/MemoryInputs.java DIR [SEED]
 * - key-1mb.md: a note whose pandoc citation key is 1,000,000 characters long;
 * - ditto-250k.md: a reference list of one full entry and 250,000 ditto entries (13.4 MB);
 * - big.bib: ~50 MB of real BibTeX entries from the repository's .bib files, drawn at random with
 *   the seed, each key made unique by a suffix;
 * - archival-1m.txt: 1,000,000 real archival citations from the archival corpus (test resources),
 *   drawn at random with the seed.
 * Run from the repository's top directory.
 */
public final class MemoryInputs {
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 13L;
        Files.createDirectories(dir);
        keyNote(dir.resolve("key-1mb.md"));
        ditto(dir.resolve("ditto-250k.md"));
        bib(dir.resolve("big.bib"), new Random(seed));
        archival(dir.resolve("archival-1m.txt"), new Random(seed));
    }

    static void keyNote(Path out) throws IOException {
        StringBuilder s = new StringBuilder("# Note\n\nAs argued [@");
        s.append("k".repeat(1_000_000)).append(", p. 5].\n\n## References\n\nIvanov, I. I. *A book*. Moscow: Nauka, 1999.\n");
        Files.writeString(out, s, StandardCharsets.UTF_8);
    }

    static void ditto(Path out) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("Ivanov, I. I. *Book number 0*. Moscow: Nauka, 1999.\n");
            for (int i = 1; i <= 250_000; i++) w.write("———. *Book number " + i + "*. Moscow: Nauka, 1999.\n");
        }
    }

    static final Pattern KEY = Pattern.compile("^(@\\w+\\s*[{(]\\s*)([^,\\s]+)\\s*,", Pattern.MULTILINE);

    static void bib(Path out, Random random) throws IOException {
        List<String> entries = new ArrayList<>();
        List<Path> files = new ArrayList<>(List.of(Path.of("references/winkler-pandoc-manuscript/references.bib")));
        try (var s = Files.list(Path.of("src/test/resources/org/opis/bibtex"))) {
            s.filter(p -> p.toString().endsWith(".bib")).sorted().forEach(files::add);
        }
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            for (String part : text.split("(?m)^(?=@)")) {
                String p = part.strip();
                if (!p.startsWith("@") || p.regionMatches(true, 1, "string", 0, 6) || p.regionMatches(true, 1, "comment", 0, 7)
                        || p.regionMatches(true, 1, "preamble", 0, 8)) continue;
                if (KEY.matcher(p).find()) entries.add(p);
            }
        }
        long size = 0;
        int n = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            while (size < 50_000_000L) {
                String e = entries.get(random.nextInt(entries.size()));
                Matcher m = KEY.matcher(e);
                m.find();
                String entry = e.substring(0, m.end(2)) + "-" + (n++) + e.substring(m.end(2)) + "\n\n";
                w.write(entry);
                size += entry.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        System.err.println(out + ": " + n + " entries from " + entries.size() + " real ones");
    }

    static void archival(Path out, Random random) throws IOException {
        List<String> citations = new ArrayList<>();
        try (var s = Files.list(Path.of("src/test/resources/org/opis/archival"))) {
            for (Path f : s.filter(p -> p.getFileName().toString().matches("(corpus|real-citations.*)\\.tsv")).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (line.startsWith("#") || line.isBlank()) continue;
                    String[] cols = line.split("\t");
                    if (cols.length > 1 && !cols[1].isBlank()) citations.add(cols[1]);
                }
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 1_000_000; i++) w.write(citations.get(random.nextInt(citations.size())) + "\n");
        }
        System.err.println(out + ": 1,000,000 lines from " + citations.size() + " real citations");
    }
}
