package org.opis.cli;

import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Where a command's output goes: standard output, or the file of {@code -o/--output}, written atomically when the command is done. */
final class OutputTo {

    private final String file;
    private final IoOptions io;
    private final String[] inputs;
    private final StringWriter buffer = new StringWriter();
    private final PrintWriter out;

    /** Output to {@code file} (null: standard output), written through {@code io} (atomic, never over one of {@code inputs}). */
    OutputTo(String file, CommandSpec spec, IoOptions io, String... inputs) {
        this.file = file;
        this.io = io;
        this.inputs = inputs;
        this.out = file == null ? spec.commandLine().getOut() : new PrintWriter(buffer);
    }

    PrintWriter out() {
        return out;
    }

    /** Writes the file (when one was given); false after printing why it could not be written. */
    boolean finish(String command, PrintWriter err) {
        out.flush();
        if (file == null) return true;
        return io.write(Path.of(file), buffer.toString(), err, "opis " + command, inputs);
    }
}
