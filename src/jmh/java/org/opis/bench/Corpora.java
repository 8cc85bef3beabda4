package org.opis.bench;

import org.opis.batch.SyntheticCorpus;
import org.opis.bibtex.BibTeXImport;
import org.opis.model.ParsedRecords;
import org.opis.model.Reference;
import org.opis.reflist.ReferenceListParser;
import org.opis.text.SourceText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The varied corpora every benchmark reads, all made by {@link SyntheticCorpus} from real strings
 * kept in the project (read from the project root), reproducible from {@link #SEED}. No benchmark
 * repeats one input: every string of a corpus is a real string with its numbers (and, where it is
 * safe, some capitalised words) changed.
 */
final class Corpora {

    /** The one seed of every corpus, so that runs and machines can be compared. */
    static final long SEED = 16L;

    private Corpora() {
    }

    /** {@code n} archival citations recombined from the real citations of the archival test tables. */
    static List<String> archival(int n) {
        List<String> seeds = new ArrayList<>();
        for (String table : List.of("real-citations.tsv", "other-schemes.tsv")) {
            for (String line : lines(Path.of("src/test/resources/org/opis/archival", table))) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] cols = line.split("\t");
                if (cols.length > 1 && !cols[1].isBlank()) seeds.add(cols[1]);
            }
        }
        return new SyntheticCorpus(seeds).make(n, SEED, 0.2);
    }

    /** {@code n} reference-list entries recombined from the entries of the real lists under references/. */
    static List<String> entries(int n) {
        List<String> seeds = new ArrayList<>();
        for (String list : List.of("ransel-peasantry/list.md", "russian-post-1782/list.md", "gost-early-modern/list.md",
                "albanian-split-wiki/list.md", "moise-soviet/list.txt")) {
            for (String line : lines(Path.of("references", list))) {
                String l = line.strip();
                if (l.length() > 20 && !l.startsWith("#")) seeds.add(l);
            }
        }
        return new SyntheticCorpus(seeds).make(n, SEED, 0.3);
    }

    /** A reference list ("## References" and one entry a line) of {@code n} varied entries. */
    static String list(int n) {
        StringBuilder sb = new StringBuilder("## References\n\n");
        for (String e : entries(n)) sb.append(e).append("\n\n");
        return sb.toString();
    }

    /** {@code n} records, parsed by opis from a list of {@code n} varied entries (ids made unique by the parser). */
    static List<Reference> records(int n) {
        return ReferenceListParser.parse(new SourceText("list.md", list(n))).references();
    }

    /**
     * A .bib of {@code n} entries recombined from the real .bib files of the BibTeX tests (JabRef and
     * Better BibTeX test libraries): numbers and some capitalised words varied, each key made unique.
     */
    static String bib(int n) {
        List<String> seeds = new ArrayList<>();
        try (var files = Files.list(Path.of("src/test/resources/org/opis/bibtex"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".bib")).sorted().toList()) {
                String text = Files.readString(p);
                for (String entry : text.split("(?m)^(?=@)")) {
                    String e = entry.strip();
                    if (!e.startsWith("@") || e.regionMatches(true, 0, "@string", 0, 7)
                            || e.regionMatches(true, 0, "@comment", 0, 8) || e.regionMatches(true, 0, "@preamble", 0, 9)) continue;
                    int brace = e.indexOf('{');
                    int comma = e.indexOf(',');
                    if (brace < 0 || comma < brace) continue;
                    // lower-case type (so word swapping never touches it) and a placeholder key
                    seeds.add(e.substring(0, brace).toLowerCase() + "{KEY" + e.substring(comma));
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        List<String> made = new SyntheticCorpus(seeds).make(n, SEED, 0.2);
        StringBuilder sb = new StringBuilder(n * 400);
        for (int i = 0; i < made.size(); i++) {
            String e = made.get(i);
            int k = e.indexOf("{KEY");
            sb.append(e, 0, k).append("{e").append(i).append(e.substring(k + 4)).append("\n\n");
        }
        return sb.toString();
    }

    /** The records of {@link #bib(int)} as opis imports them. */
    static ParsedRecords bibRecords(int n) {
        return new BibTeXImport().read(new SourceText("corpus.bib", bib(n)));
    }

    /**
     * A long note: {@code paragraphs} paragraphs drawn (seeded) from the prose of the real notes under
     * references/, numbers and some words varied, then the bundled note's notes and reference list.
     * Citations whose year changed resolve fuzzily or not at all, as in a real draft.
     */
    static String longNote(int paragraphs) {
        List<String> seeds = new ArrayList<>();
        String selivanov = read(Path.of("references/selivanov-2017/note.md"));
        for (String note : List.of("selivanov-2017/note.md", "clay-2025/note.md", "wikipedia-cold-war/note.md",
                "skroch-marxist-historiography/note.md")) {
            String text = read(Path.of("references", note));
            int end = text.length();
            for (String h : List.of("### NOTES", "## REFERENCES", "## References", "## Notes", "## Bibliography", "###Bibliography", "## Sources")) {
                int i = text.indexOf(h);
                if (i > 0 && i < end) end = i;
            }
            for (String p : text.substring(0, end).split("\n\\s*\n")) {
                if (p.length() > 80 && !p.startsWith("#")) seeds.add(p.strip());
            }
        }
        SyntheticCorpus corpus = new SyntheticCorpus(seeds);
        // keep half the paragraphs' numbers as they are, so that many citations still resolve
        SplittableRandom random = new SplittableRandom(SEED);
        List<String> varied = corpus.make(paragraphs, SEED, 0.1);
        StringBuilder sb = new StringBuilder("# A long note\n\n");
        for (int i = 0; i < paragraphs; i++) {
            sb.append(random.nextBoolean() ? varied.get(i) : seeds.get(random.nextInt(seeds.size()))).append("\n\n");
        }
        return sb.append(selivanov.substring(selivanov.indexOf("### NOTES"))).toString();
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
