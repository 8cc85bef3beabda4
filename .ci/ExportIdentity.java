import org.opis.cli.Main;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs {@code opis export} on every record file of the repository (every {@code .bib}, CSL-JSON and RIS
 * file under references/ and the test resources, and every list.md / note.md under references/) in
 * every output format, to standard output and with {@code -o}, and writes for each run one file with
 * its exit status, standard output, standard error and the bytes of the {@code -o} file into OUTDIR.
 * Run it with the classes of two builds and compare the two directories ({@code diff -r}): the
 * streamed export (issue 13) had to give the same bytes as the whole-list one.
 *   java -cp target/classes:$(cat cp.txt) .ci/ExportIdentity.java OUTDIR [--notes]
 * (from the repository's top directory; --notes adds the lists and notes, which take longer).
 */
public final class ExportIdentity {
    static final List<String> FORMATS = List.of("bibtex", "biblatex", "csl-json", "zotero", "ris");

    public static void main(String[] args) throws IOException {
        Path outDir = Path.of(args[0]);
        boolean notes = args.length > 1 && args[1].equals("--notes");
        Files.createDirectories(outDir);
        List<Path> inputs = new ArrayList<>();
        for (String root : List.of("references", "src/test/resources/org/opis")) {
            try (Stream<Path> s = Files.walk(Path.of(root))) {
                s.filter(Files::isRegularFile).filter(p -> {
                    String n = p.getFileName().toString();
                    if (n.endsWith(".bib") || n.endsWith(".ris")) return true;
                    if (n.endsWith(".json") && !n.startsWith("gold") && (p.toString().contains("bibtex") || p.toString().contains("csl")
                            || p.toString().contains("ris") || p.toString().startsWith("references"))) return true;
                    return notes && root.equals("references") && (n.equals("list.md") || n.equals("note.md"));
                }).sorted().forEach(inputs::add);
            }
        }
        Path tmp = Files.createTempDirectory("opis-identity");
        // edge cases written here: broken and partial input, keys that must be made, a made key that a
        // later entry's own key equals (the key policy must know every key before writing the first)
        Path edge = Files.createDirectories(tmp.resolve("edge"));
        String[][] cases = {
            {"dup-keys.bib", "@book{a, title={One}, year=1990}\n@book{a, title={Two}, year=1991}\n@book{b c, title={Bad key}}\n"},
            {"made-key-later.bib", "@book{x, author={Ivanov, Ivan}, title={Kniga}, year=1999}\n@book{x, author={Ivanov, Ivan}, title={Kniga}, year=1999}\n"
                + "@book{ivanov1999kniga, author={Petrov, P.}, title={Other}, year=2000}\n"},
            {"unterminated.bib", "@string{n = {Nauka}}\n@book{k1, title={A}, publisher=n\n@book{k2, title={B}, year=2001}\n"},
            {"broken.json", "[{\"id\":\"a\",\"type\":\"book\",\"title\":\"T\"},{\"id\":\"b\",\"type\":\"book\",\"author\":\"Bovin, A.E.\"},{\"id\":"},
            {"one-object.json", "{\"id\":\"a\",\"type\":\"book\",\"title\":\"T\",\"issued\":{\"date-parts\":[[1e999]]}}"},
            {"empty.json", "[]"},
            {"dup-ids.json", "[{\"id\":\"a\",\"type\":\"book\"},{\"id\":\"a\",\"title\":\"x\",\"title\":\"y\"},{\"type\":\"book\"}, 5]"},
            {"no-er.ris", "TY  - BOOK\nTI  - A\nTY  - JOUR\nTI  - B\nER  - \nAU  - stray\n"},
            {"empty.bib", "% nothing\n"},
        };
        for (String[] c : cases) {
            Files.writeString(edge.resolve(c[0]), c[1], StandardCharsets.UTF_8);
            inputs.add(edge.resolve(c[0]));
        }
        int runs = 0;
        for (Path in : inputs) {
            for (String f : FORMATS) {
                String name = (in.startsWith(tmp) ? "edge_" + in.getFileName() : in.toString().replace('/', '_')) + "." + f;
                StringBuilder record = new StringBuilder();
                // standard output
                record.append(run(new String[] {"export", in.toString(), "--format", f}, "== stdout run"));
                // -o FILE (and -v: every finding)
                Path o = tmp.resolve("out");
                Files.deleteIfExists(o);
                record.append(run(new String[] {"export", in.toString(), "--format", f, "-o", o.toString(), "-v"}, "== -o run")
                        .replace(o.toString(), "OUT"));
                // --keys generate
                if (f.startsWith("bib")) {
                    record.append(run(new String[] {"export", in.toString(), "--format", f, "--keys", "generate"}, "== generated keys"));
                }
                record.append("== -o file\n").append(Files.exists(o) ? Files.readString(o, StandardCharsets.UTF_8) : "(none)\n");
                Files.writeString(outDir.resolve(name), record.toString().replace(tmp.toString(), "TMP"), StandardCharsets.UTF_8);
                runs++;
            }
        }
        System.err.println(runs + " runs on " + inputs.size() + " inputs written to " + outDir);
    }

    static String run(String[] args, String head) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int status = cl.execute(args);
        return head + " " + String.join(" ", args).replaceAll("/tmp/opis-identity\\d+", "TMP") + "\nexit " + status + "\n-- stdout\n" + out + "-- stderr\n" + err;
    }
}
