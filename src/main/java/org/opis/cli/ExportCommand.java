package org.opis.cli;

import org.opis.csl.ZoteroCslJson;
import org.opis.csl.ZoteroCslJsonFormat;
import org.opis.model.Diagnostic;
import org.opis.model.ParsedRecords;
import org.opis.report.FidelityReport;
import org.opis.spi.ExportFormat;
import org.opis.spi.Formats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code opis export FILE --format FORMAT [-o FILE]}: writes the records of a note, a .bib, a CSL-JSON or a RIS file in another format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the records of FILE (a note, a .bib, a CSL-JSON or a RIS file; the kind is recognised) as BibTeX, biblatex, CSL-JSON, Zotero CSL-JSON or RIS.",
                "Findings go to standard error as FILE:LINE:COL: severity[code]: message.",
                "Exit status: 0 clean, 1 errors in the input, 2 usage or I/O error."})
public final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "the input file, or - for standard input")
    String file;

    @Option(names = "--format", paramLabel = "FORMAT", description = "output format: bibtex, biblatex, csl-json, zotero or ris")
    String format;

    @Option(names = "--to", hidden = true, paramLabel = "FORMAT", description = "deprecated spelling of --format")
    String to;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE (default: standard output)")
    Path output;

    @Option(names = "--from", paramLabel = "FORMAT", description = "input format (default: recognised from the content: note, bibtex, csl-json, zotero, ris)")
    String from;

    @Option(names = "--keys", paramLabel = "POLICY", defaultValue = "keep",
            description = "citation keys in .bib output: keep (record ids where they are valid keys, generated ones otherwise; default) or generate (author+year+title word)")
    ExportRun.Keys keys;

    @Option(names = "--include-archives", description = "zotero: also export the note's archives themselves (entries that declare an archive) as items")
    boolean includeArchives;

    @Mixin
    ExportOptions common;

    @Override
    public Integer call() {
        Formats formats = Formats.installed();
        if (to != null) OutputChoice.deprecated("export", "--to", "--format", common.err());
        String name = this.format != null ? this.format : to;
        if (name == null) {
            common.err().println("opis export: no output format: give --format (" + formats.exportNames() + ")");
            common.err().println("Try 'opis export --help' for more information.");
            return Main.USAGE;
        }
        Optional<ExportFormat> format = ExportRun.exportByName(formats, name);
        if (format.isEmpty()) {
            common.err().println("opis export: unknown format '" + name + "' (known: " + formats.exportNames() + ")");
            return Main.USAGE;
        }
        if (includeArchives && format.get() instanceof ZoteroCslJsonFormat) {
            format = Optional.of(new ZoteroCslJsonFormat(new ZoteroCslJson.Options(true)));
        }
        return common.run(file, from, format.get(), keys, Optional.ofNullable(output), formats);
    }

    /**
     * The one-line fidelity summary printed after every export (what the target format kept and
     * lost). This is the extension point for the fidelity report; without it nothing is printed.
     *
     * @param records       what was read
     * @param format        the format written
     * @param exportFindings what the writer reported
     */
    static Optional<String> summaryLine(ParsedRecords records, ExportFormat format, List<Diagnostic> exportFindings) {
        if (!FidelityReport.TARGETS.contains(format.name())) return Optional.empty();
        ZoteroCslJson.Options options = format instanceof ZoteroCslJsonFormat z ? z.options() : ZoteroCslJson.Options.DEFAULT;
        return Optional.of(FidelityReport.of(format.name(), records.references(), options).summaryLine());
    }
}
