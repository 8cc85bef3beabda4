package org.opis.cli;

import org.opis.batch.OrderedLines;
import org.opis.model.Diagnostic;
import org.opis.text.Encodings;
import org.opis.text.OutputFile;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * The streaming runs of {@code opis archival} and {@code opis parse --lines}: a file or standard
 * input read line by line, one output line per non-blank input line in input order, on
 * {@code --jobs} threads, memory bounded by a few blocks of lines. The encoding is judged from the
 * first 64 KB as whole files are ({@link Encodings#sniff}; {@code --encoding} forces one); a byte
 * that is not valid in it later stops the run with an error naming it, never a silent replacement.
 * A line counter is drawn on stderr only when there is a terminal.
 */
final class LineStreaming {

    private static final int SNIFF = 1 << 16;

    private LineStreaming() {
    }

    /**
     * Runs {@code f} over {@code file} ("-" or null for standard input) and writes to {@code output}
     * (null: {@code stdout}) through {@link OutputFile}: streamed into a temporary file and moved into
     * place only when the whole run succeeded, so a failed run leaves an existing output untouched.
     * Returns the exit status.
     */
    static int run(String command, String file, int jobs, Function<String, OrderedLines.Out> f,
                   String output, IoOptions io, PrintWriter stdout, PrintWriter err) {
        Optional<Charset> forced;
        try {
            forced = io.charset();
        } catch (IllegalArgumentException e) {
            err.println("opis " + command + ": " + e.getMessage());
            return Main.USAGE;
        }
        if (output == null) return run(command, file, forced, jobs, f, stdout, err);
        int[] status = {Main.OK};
        List<Path> inputs = file == null || file.equals("-") ? List.of() : List.of(Path.of(file));
        try {
            OutputFile.write(Path.of(output), inputs, io.force, w -> {
                PrintWriter pw = new PrintWriter(w);
                status[0] = run(command, file, forced, jobs, f, pw, err);
                pw.flush();
                if (status[0] == Main.USAGE) throw new Abandoned();
            });
            return status[0];
        } catch (Abandoned e) {
            err.println("opis " + command + ": " + output + " was left as it was");
            return Main.USAGE;
        } catch (OutputFile.RefusedException e) {
            err.println("opis " + command + ": " + e.getMessage());
            return Main.USAGE;
        } catch (IOException | RuntimeException e) {
            err.println("opis " + command + ": cannot write " + output + " (" + IoWhy.of(e) + "); nothing was changed");
            return Main.USAGE;
        }
    }

    /** Thrown inside an output body to abandon the write after the run has printed why. */
    private static final class Abandoned extends IOException {
        private static final long serialVersionUID = 1L;

        Abandoned() {
            super("abandoned");
        }
    }

    /** Runs {@code f} over {@code file} ("-" or null for standard input), writing to {@code out}; returns the exit status. */
    static int run(String command, String file, Optional<Charset> forced, int jobs, Function<String, OrderedLines.Out> f,
                   PrintWriter out, PrintWriter err) {
        if (jobs < 1) {
            err.println("opis " + command + ": --jobs must be at least 1 (got " + jobs + ")");
            return Main.USAGE;
        }
        boolean stdin = file == null || file.equals("-");
        String name = stdin ? "<stdin>" : file;
        try (InputStream raw = stdin ? System.in : Files.newInputStream(Path.of(file));
             BufferedInputStream bytes = new BufferedInputStream(raw, SNIFF)) {
            bytes.mark(SNIFF);
            byte[] prefix = bytes.readNBytes(SNIFF);
            bytes.reset();
            List<Diagnostic> diags = new ArrayList<>();
            Encodings.Sniffed enc = Encodings.sniff(prefix, forced, diags);
            for (Diagnostic d : diags) err.println(d.format(name));
            bytes.skipNBytes(enc.bomLength());
            BufferedReader in = new BufferedReader(new InputStreamReader(bytes, enc.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
            boolean terminal = System.console() != null;
            LongConsumer progress = terminal ? n -> {
                err.print("\ropis " + command + ": " + n + " lines");
                err.flush();
            } : n -> { };
            OrderedLines.Counts counts = OrderedLines.run(in, out, f, jobs, progress);
            out.flush();
            if (terminal) err.println();
            return counts.failed() > 0 ? Main.FINDINGS : Main.OK;
        } catch (NoSuchFileException e) {
            err.println("opis " + command + ": cannot read " + file + ": no such file");
            return Main.USAGE;
        } catch (CharacterCodingException e) {
            out.flush();
            err.println("opis " + command + ": " + name + " holds bytes that are not valid in its encoding (" + e.getMessage()
                    + "); the records before them were written. Give its encoding with --encoding, or save it as UTF-8");
            return Main.USAGE;
        } catch (IOException e) {
            err.println("opis " + command + ": cannot read " + name + ": " + e.getMessage());
            return Main.USAGE;
        }
    }
}
