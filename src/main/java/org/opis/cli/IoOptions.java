package org.opis.cli;

import org.opis.text.OutputFile;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The input and output safety options every command that reads a file or writes one shares (a
 * picocli mixin): {@code --encoding} ({@link EncodingOption}) forces the input's character encoding, {@code --force} lets an
 * output replace an input or write through a symbolic link. Every output file goes through
 * {@link OutputFile} (temporary file, atomic move).
 */
final class IoOptions extends EncodingOption {

    @Option(names = "--force", description = "let the output replace an input file, or write through an output that is a symbolic link")
    boolean force;

    /**
     * Writes {@code text} to {@code out}, refusing an output that is one of {@code inputs} or a
     * symbolic link unless {@code --force}; on failure prints why (prefixed by {@code who}) and
     * returns false.
     */
    boolean write(Path out, String text, PrintWriter err, String who, String... inputs) {
        return write(out, err, who, w -> w.write(text), inputs);
    }

    /** Like {@link #write(Path, String, PrintWriter, String, String...)}, with the text written by {@code body} as it is made. */
    boolean write(Path out, PrintWriter err, String who, OutputFile.Body body, String... inputs) {
        List<Path> ins = new ArrayList<>();
        for (String in : inputs) {
            if (in == null || in.equals("-")) continue;
            try {
                ins.add(Path.of(in));
            } catch (RuntimeException e) {
                // not a path: cannot be the output
            }
        }
        try {
            OutputFile.write(out, ins, force, body);
            return true;
        } catch (OutputFile.RefusedException e) {
            err.println(who + ": " + e.getMessage());
        } catch (StreamedExport.Rewrite e) {
            throw e; // nothing was replaced; the export is made again
        } catch (IOException | RuntimeException e) {
            err.println(who + ": cannot write " + out + " (" + e + "); nothing was changed");
        }
        err.flush();
        return false;
    }
}
