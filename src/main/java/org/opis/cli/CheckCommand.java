package org.opis.cli;

import org.opis.Opis;
import org.opis.cite.CheckedNote;
import org.opis.report.CheckHtml;
import org.opis.report.CheckJson;
import org.opis.report.CheckSarif;
import org.opis.report.CheckText;
import org.opis.text.SourceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code opis check NOTE [--format text|json|sarif|html] [-o FILE]}: checks a note's citations against
 * its reference list and its archival citations, prints every finding compiler-style (or as JSON,
 * SARIF or an HTML page) and the figures. Exit status 0 clean, 1 when a finding is an error, 2 on a usage or
 * I/O error.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks a note: every in-text citation against the reference list, every entry for a citation, every archival citation.",
                "Prints each finding as FILE:LINE:COL: severity[CODE]: message (fix: …), then a summary."})
public final class CheckCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json, sarif, html }

    @Parameters(index = "0", paramLabel = "NOTE", description = "the note (Markdown or plain text), or a .bib, CSL-JSON or RIS file (its records are checked); - reads standard input")
    String note;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (compiler-style findings and a summary), json, sarif or html (a self-contained page for the browser); default text")
    String formatName;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", arity = "1", description = "write the report to FILE instead of standard output")
    java.util.List<String> outputs = new java.util.ArrayList<>();

    @Option(names = "--from", paramLabel = "FORMAT",
            description = "input format: note, bibtex, csl-json, zotero or ris (default: recognised from the content)")
    String from;

    @picocli.CommandLine.Mixin
    FindingOptions findings;

    @picocli.CommandLine.Mixin
    IoOptions io;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        java.io.PrintWriter out = spec.commandLine().getOut();
        java.io.PrintWriter err = spec.commandLine().getErr();
        OutputChoice.Choice choice;
        try {
            choice = OutputChoice.resolve("check", outputs, formatName, null,
                    java.util.Arrays.stream(Format.values()).map(Enum::name).toList(), err);
        } catch (IllegalArgumentException e) {
            err.println("opis check: " + e.getMessage());
            return Main.USAGE;
        }
        Format format;
        try {
            format = Format.valueOf(choice.format().orElse("text"));
        } catch (IllegalArgumentException e) {
            err.println("opis check: unknown format '" + formatName + "' (use text, json, sarif or html)");
            return Main.USAGE;
        }
        Path output = choice.file().map(Path::of).orElse(null);
        CheckedNote checked;
        SourceReader.Result read;
        try {
            read = io.read(note);
        } catch (SourceReader.UnreadableException e) {
            err.println("opis check: " + e.getMessage());
            return Main.USAGE;
        }
        Optional<CheckedNote> records = read.binary() ? Optional.empty() : RecordCheck.ofDataFile(read, from, err);
        if (records == null) return Main.USAGE;
        checked = records.orElseGet(() -> Opis.check(read));
        String report = switch (format) {
            case text -> findings.quiet || findings.maxFindings != null ? FindingText.write(checked, findings) : CheckText.write(checked);
            case json -> CheckJson.write(checked) + "\n";
            case sarif -> CheckSarif.write(checked, Opis.version()) + "\n";
            case html -> CheckHtml.write(checked,
                    read.binary() ? new org.opis.text.SourceText(read.source().name(), "") : read.source(), Opis.version());
        };
        if (output != null) {
            if (!io.write(output, report, err, "opis check", note)) return Main.USAGE;
            err.print(CheckText.summary(checked.name(), checked.summary()));
            err.flush();
        } else {
            out.print(report);
            out.flush();
        }
        return checked.hasErrors() ? Main.FINDINGS : Main.OK;
    }
}
