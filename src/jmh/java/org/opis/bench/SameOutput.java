package org.opis.bench;

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
 * Writes what opis prints for every real input under references/ into one folder, so that two
 * builds can be compared byte for byte ({@code src/jmh/same-output.sh} runs it for both and diffs):
 * {@code parse} of every list and note in {@code text}, {@code json} and {@code csl-json}
 * (standard output, standard error and exit status), {@code check} of every note, and
 * {@code parse --lines} of every extra file given (one entry a line, e.g. the gold entries).
 * In process (one JVM), so that the run takes minutes, not one JVM start per command.
 * <pre>
 *   SameOutput OUT_DIR [LINES_FILE…]
 * </pre>
 */
public final class SameOutput {
    private SameOutput() {
    }

    /** The list and note files under {@code references/}, in path order. */
    public static List<Path> inputs() throws IOException {
        List<Path> inputs = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("references"))) {
            s.filter(p -> {
                String n = p.getFileName().toString();
                return n.equals("list.md") || n.equals("list.txt") || n.startsWith("note.");
            }).sorted().forEach(inputs::add);
        }
        return inputs;
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        List<Path> inputs = inputs();
        int runs = 0;
        for (Path in : inputs) {
            String name = in.getParent().getFileName() + "-" + in.getFileName();
            for (String fmt : List.of("text", "json", "csl-json")) {
                run(out.resolve(name + ".parse." + fmt), "parse", in.toString(), "--format", fmt);
                runs++;
            }
            if (in.getFileName().toString().startsWith("note.")) {
                run(out.resolve(name + ".check"), "check", in.toString());
                run(out.resolve(name + ".check.json"), "check", in.toString(), "--format", "json");
                runs += 2;
            }
        }
        for (int i = 1; i < args.length; i++) {
            String name = Path.of(args[i]).getFileName().toString();
            for (String fmt : List.of("json", "csl-json")) {
                run(out.resolve(name + ".lines." + fmt), "parse", args[i], "--lines", "--format", fmt);
                runs++;
            }
        }
        System.out.printf("%d inputs, %d runs written to %s%n", inputs.size() + args.length - 1, runs, out);
    }

    private static void run(Path file, String... args) throws IOException {
        CommandLine cl = Main.commandLine();
        StringWriter o = new StringWriter(), e = new StringWriter();
        cl.setOut(new PrintWriter(o, true));
        cl.setErr(new PrintWriter(e, true));
        int status = cl.execute(args);
        cl.getOut().flush();
        cl.getErr().flush();
        Files.writeString(file, o.toString(), StandardCharsets.UTF_8);
        Files.writeString(Path.of(file + ".err"), e + "\nexit " + status + "\n", StandardCharsets.UTF_8);
    }
}
