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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Parameters(index = "0", paramLabel = "NOTE", description = "the note or manuscript (Markdown, .docx, HTML, LaTeX or plain text); - reads standard input")
    String note;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (compiler-style findings and a summary), json, sarif or html (a self-contained page for the browser); default ${DEFAULT-VALUE}")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the report to FILE instead of standard output")
    Path output;

    @Option(names = "--from", paramLabel = "FORMAT",
            description = "read NOTE as markdown, docx, html, latex or text (default: chosen by extension and content)")
    String from;

    @Option(names = "--bibliography", paramLabel = "FILE",
            description = "the user's library (.bib, biblatex, CSL-JSON, Zotero CSL-JSON) as the reference list; repeatable")
    java.util.List<String> bibliography = new java.util.ArrayList<>();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        java.io.PrintWriter out = spec.commandLine().getOut();
        java.io.PrintWriter err = spec.commandLine().getErr();
        CheckedNote checked;
        org.opis.text.SourceText shown;
        java.util.Optional<org.opis.document.Format> forced = from == null ? java.util.Optional.empty() : org.opis.document.Format.named(from);
        if (from != null && forced.isEmpty()) {
            err.println("opis check: unknown format for --from: " + from + " (markdown, docx, html, latex or text)");
            return Main.USAGE;
        }
        try {
            org.opis.document.Library library = bibliography.isEmpty() ? org.opis.document.Library.NONE
                    : org.opis.document.Library.read(bibliography);
            org.opis.document.DocumentChecker.Result result = org.opis.document.DocumentChecker.check(
                    org.opis.document.DocumentReader.read(note, forced), library);
            checked = result.checked();
            shown = result.document().source().orElse(new org.opis.text.SourceText(note, ""));
        } catch (SourceReader.UnreadableException e) {
            err.println("opis check: " + e.getMessage());
            return Main.USAGE;
        }
        String report = switch (format) {
            case text -> CheckText.write(checked);
            case json -> CheckJson.write(checked) + "\n";
            case sarif -> CheckSarif.write(checked, Opis.version()) + "\n";
            case html -> CheckHtml.write(checked, shown, Opis.version());
        };
        if (output != null) {
            try {
                Files.writeString(output, report, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("opis check: cannot write " + output + " (" + e.getMessage() + ")");
                return Main.USAGE;
            }
            err.print(CheckText.summary(checked.name(), checked.summary()));
            err.flush();
        } else {
            out.print(report);
            out.flush();
        }
        return checked.hasErrors() ? Main.FINDINGS : Main.OK;
    }
}
