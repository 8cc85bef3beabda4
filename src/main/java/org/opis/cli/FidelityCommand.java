package org.opis.cli;

import org.opis.Opis;
import org.opis.csl.ZoteroCslJson;
import org.opis.model.Diagnostic;
import org.opis.model.Reference;
import org.opis.report.FidelityReport;
import org.opis.report.JsonShapes;
import org.opis.text.SourceText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code opis fidelity FILE --to TARGET}: which fields each record will lose, change or move in that export. */
@Command(name = "fidelity", mixinStandardHelpOptions = true,
        description = {"Lists, per record, each field that an export target or the program reading it",
                "(Zotero's importers, biber, pandoc, BibTeX) will lose, change or move, with the source of each fact."})
public final class FidelityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    IoOptions encoding;

    @Parameters(index = "0", paramLabel = "FILE", description = "a note, a .bib file or a CSL-JSON file (- for standard input)")
    String file;

    @Option(names = "--to", required = true, paramLabel = "TARGET",
            description = "bibtex, biblatex, csl-json or zotero")
    String target;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of standard output")
    String output;

    @Option(names = "--include-archives", description = "zotero: also count the note's archives themselves, as when exported with this option")
    boolean includeArchives;

    @Override
    public Integer call() {
        OutputTo sink = new OutputTo(output, spec, encoding, file);
        PrintWriter out = sink.out();
        PrintWriter err = spec.commandLine().getErr();
        if (!FidelityReport.TARGETS.contains(target)) {
            err.println("opis fidelity: unknown target '" + target + "' (use one of: " + String.join(", ", FidelityReport.TARGETS) + ")");
            return Main.USAGE;
        }
        format = format.toLowerCase(java.util.Locale.ROOT);
        if (!format.equals("text") && !format.equals("json")) {
            err.println("opis fidelity: unknown format '" + format + "' (use text or json)");
            return Main.USAGE;
        }
        Optional<Inputs.Loaded> loaded = Inputs.records(file, null, "fidelity", err, encoding);
        if (loaded.isEmpty()) return Main.USAGE;
        if (loaded.get().reportedAsBinary(file, err)) return Main.FINDINGS;
        loaded.get().diagnostics().stream().filter(Diagnostic::isError).forEach(d -> err.println(d.format(file)));
        List<Reference> records = new ArrayList<>(loaded.get().records().references());
        if (target.equals("zotero") && loaded.get().isNote()) {
            // as the Zotero export does: the archival documents cited in the text become items too
            records.addAll(Opis.citedArchivalDocuments(Opis.check(new SourceText(file, loaded.get().source()), loaded.get().records())));
        }
        FidelityReport report = FidelityReport.of(target, records, new ZoteroCslJson.Options(includeArchives));
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
        if (!sink.finish("fidelity", err)) return Main.USAGE;
        return Main.OK;
    }
}
