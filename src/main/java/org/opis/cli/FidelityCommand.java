package org.opis.cli;

import org.opis.csl.ZoteroCslJson;
import org.opis.model.Diagnostic;
import org.opis.model.ParsedRecords;
import org.opis.report.FidelityReport;
import org.opis.report.JsonShapes;
import org.opis.spi.ImportFormat;
import org.opis.text.SourceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;

/** {@code opis fidelity FILE --to TARGET}: which fields each record will lose, change or move in that export. */
@Command(name = "fidelity", mixinStandardHelpOptions = true,
        description = {"Lists, per record, each field that an export target or the program reading it",
                "(Zotero's importers, biber, pandoc, BibTeX) will lose, change or move, with the source of each fact."})
public final class FidelityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "a note, a .bib file or a CSL-JSON file (- for standard input)")
    String file;

    @Option(names = "--to", required = true, paramLabel = "TARGET",
            description = "bibtex, biblatex, csl-json or zotero")
    String target;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json")
    String format;

    @Option(names = "--include-archives", description = "zotero: also count the note's archives themselves, as when exported with this option")
    boolean includeArchives;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!FidelityReport.TARGETS.contains(target)) {
            err.println("opis fidelity: unknown target '" + target + "' (use one of: " + String.join(", ", FidelityReport.TARGETS) + ")");
            return Main.USAGE;
        }
        if (!format.equals("text") && !format.equals("json")) {
            err.println("opis fidelity: unknown format '" + format + "' (use text or json)");
            return Main.USAGE;
        }
        SourceReader.Result read;
        try {
            read = SourceReader.read(file);
        } catch (SourceReader.UnreadableException e) {
            err.println("opis fidelity: " + e.getMessage());
            return Main.USAGE;
        }
        for (Diagnostic d : read.diagnostics()) err.println(d.format(file));
        if (read.binary()) return Main.USAGE;
        ImportFormat importer = null;
        int best = 0;
        for (ImportFormat f : ServiceLoader.load(ImportFormat.class)) {
            int c = f.confidence(read.source());
            if (c > best) {
                best = c;
                importer = f;
            }
        }
        if (importer == null) {
            err.println("opis fidelity: " + file + ": not a format opis can read (a note, .bib or CSL-JSON)");
            return Main.USAGE;
        }
        ParsedRecords records = importer.read(read.source());
        records.diagnostics().stream().sorted(Comparator.naturalOrder()).filter(Diagnostic::isError)
                .forEach(d -> err.println(d.format(file)));
        FidelityReport report = FidelityReport.of(target, records.references(), new ZoteroCslJson.Options(includeArchives));
        if (format.equals("json")) {
            try {
                out.println(JsonShapes.MAPPER.writeValueAsString(report.toJson()));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                err.println("opis fidelity: cannot write JSON: " + e.getOriginalMessage());
                return Main.USAGE;
            }
        } else {
            out.print(report.toText(file));
        }
        out.flush();
        return Main.OK;
    }
}
