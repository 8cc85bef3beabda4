package org.opis.cli;

import org.opis.spi.ExportFormat;
import org.opis.spi.Formats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code opis convert IN OUT}: converts between formats chosen by file extension ({@code .bib}, {@code .json}). */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Converts IN (a note, a .bib, a CSL-JSON or a RIS file, recognised from its name and content) to OUT, "
                + "whose format comes from its extension (.bib = bibtex, .json = csl-json, .ris = ris); --format overrides it (e.g. --format biblatex).",
                "Exit status: 0 clean, 1 errors in the input, 2 usage or I/O error."})
public final class ConvertCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IN", description = "the input file (note, .bib, CSL-JSON)")
    String in;

    @Parameters(index = "1", paramLabel = "OUT", description = "the output file")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", description = "output format, overriding OUT's extension")
    String format;

    @Option(names = "--to", hidden = true, paramLabel = "FORMAT", description = "deprecated spelling of --format")
    String deprecatedTo;

    @Option(names = "--from", paramLabel = "FORMAT", description = "input format (default: recognised)")
    String from;

    @Option(names = "--keys", paramLabel = "POLICY", defaultValue = "keep",
            description = "citation keys in .bib output: keep (record ids where they are valid keys; default) or generate")
    ExportRun.Keys keys;

    @Mixin
    ExportOptions common;

    @Override
    public Integer call() {
        Formats formats = Formats.installed();
        if (deprecatedTo != null) OutputChoice.deprecated("convert", "--to", "--format", common.err());
        String to = this.format != null ? this.format : deprecatedTo;
        Optional<ExportFormat> format = to != null ? ExportRun.exportByName(formats, to) : formats.exportForFile(out.getFileName().toString());
        if (format.isEmpty()) {
            common.err().println("opis convert: " + (to != null ? "unknown format '" + to + "'"
                    : "cannot tell the format from the name " + out.getFileName()) + " (known: " + formats.exportNames() + "; use --format)");
            return Main.USAGE;
        }
        return common.run(in, from, format.get(), keys, Optional.of(out), formats);
    }
}
