package org.opis.cli;

import org.opis.batch.OrderedLines;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * The streaming runs of {@code opis archival} and {@code opis parse --lines}: a file or standard
 * input read line by line, one output line per non-blank input line in input order, on
 * {@code --jobs} threads, memory bounded by a few blocks of lines. A line counter is drawn on stderr
 * only when stderr is a terminal.
 */
final class LineStreaming {

    private LineStreaming() {
    }

    /** Runs {@code f} over {@code file} ("-" or null for standard input); returns the exit status. */
    static int run(String command, String file, int jobs, Function<String, OrderedLines.Out> f,
                   PrintWriter out, PrintWriter err) {
        if (jobs < 1) {
            err.println("opis " + command + ": --jobs must be at least 1 (got " + jobs + ")");
            return Main.USAGE;
        }
        boolean stdin = file == null || file.equals("-");
        try (BufferedReader in = stdin
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16)
                : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            LongConsumer progress = System.console() != null ? n -> {
                err.print("\ropis " + command + ": " + n + " lines");
                err.flush();
            } : n -> { };
            OrderedLines.Counts counts = OrderedLines.run(in, out, f, jobs, progress);
            out.flush();
            if (System.console() != null) err.println();
            return counts.failed() > 0 ? Main.FINDINGS : Main.OK;
        } catch (NoSuchFileException e) {
            err.println("opis " + command + ": cannot read " + file + ": no such file");
            return Main.USAGE;
        } catch (java.nio.charset.MalformedInputException e) {
            err.println("opis " + command + ": " + (stdin ? "standard input" : file) + " is not UTF-8 text");
            return Main.USAGE;
        } catch (IOException e) {
            err.println("opis " + command + ": cannot read " + (stdin ? "standard input" : file) + ": " + e.getMessage());
            return Main.USAGE;
        }
    }
}
