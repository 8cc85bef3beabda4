package org.opis.cli;

import org.opis.spi.ExportFormat;
import org.opis.spi.Formats;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@code opis export} and {@code opis convert} share (a picocli mixin): the {@code --verbose}
 * option and the export run itself, writing to the command's standard output and error.
 */
final class ExportOptions {

    @Option(names = {"-v", "--verbose"}, description = "also print notes on fields a format cannot carry")
    boolean verbose;

    @picocli.CommandLine.Mixin
    IoOptions io;

    @picocli.CommandLine.Mixin
    FindingOptions findings;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** The command's standard error, for usage messages. */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Reads {@code in} and writes its records in {@code format} (see {@link ExportRun#run}); the exit status. */
    int run(String in, String from, ExportFormat format, ExportRun.Keys keys, Optional<Path> out, Formats formats) {
        return ExportRun.run(in, Optional.ofNullable(from), format, keys, out, verbose, io,
                spec.commandLine().getOut(), spec.commandLine().getErr(), formats, findings);
    }
}
