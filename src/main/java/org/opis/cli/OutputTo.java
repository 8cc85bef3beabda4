package org.opis.cli;

import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a command's output goes: standard output, or the file of {@code -o/--output}, written when the command is done. */
final class OutputTo {

    private final String file;
    private final StringWriter buffer = new StringWriter();
    private final PrintWriter out;

    OutputTo(String file, CommandSpec spec) {
        this.file = file;
        this.out = file == null ? spec.commandLine().getOut() : new PrintWriter(buffer);
    }

    PrintWriter out() {
        return out;
    }

    /** Writes the file (when one was given); false after printing why it could not be written. */
    boolean finish(String command, PrintWriter err) {
        out.flush();
        if (file == null) return true;
        try {
            Files.writeString(Path.of(file), buffer.toString(), StandardCharsets.UTF_8);
            return true;
        } catch (IOException | RuntimeException e) {
            err.println("opis " + command + ": cannot write " + file + ": " + IoWhy.of(e));
            err.flush();
            return false;
        }
    }
}
