package org.opis.cli;

import org.opis.archival.ArchivalCitation;
import org.opis.archival.ArchivalEngine;
import org.opis.archival.Level;
import org.opis.batch.LineJob;
import org.opis.batch.OrderedLines;
import org.opis.model.Diagnostic;
import org.opis.report.ArchivalJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code opis archival}: reads archival citations, reports what is wrong with them, and writes their normal forms. */
@Command(name = "archival", mixinStandardHelpOptions = true,
        description = {"Checks archival citations (Russian/Soviet f./op./d./l., GOST Ф./Оп./Д./Л., Albanian AQSH F./V./D./fl.)",
                "and prints their parts, findings (with column) and the English and GOST normal forms.",
                "With no CITATION, reads one citation per line from standard input."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every citation is valid (warnings allowed)", "1:a citation has an error-level finding", "2:usage or I/O error"})
public final class ArchivalCommand implements Callable<Integer> {

    enum Format { text, json }

    @Parameters(arity = "0..*", paramLabel = "CITATION", description = "citations to check, e.g. \"RGASPI, f. 17, op. 3, d. 1080, l. 55\"")
    List<String> citations = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json (JSON Lines: one object per input)")
    Format format = Format.text;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of standard output (atomically)")
    String output;

    @Option(names = "--input", paramLabel = "FILE",
            description = "read citations from FILE, one a line (- for standard input), streamed: memory stays flat on any size")
    String input;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "1",
            description = "when reading lines: threads to use (output stays in input order); default ${DEFAULT-VALUE}")
    int jobs;

    @CommandLine.Mixin
    IoOptions io;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (citations.isEmpty()) {
            ArchivalEngine engine = ArchivalEngine.standard();
            java.util.function.Function<String, OrderedLines.Out> f = format == Format.json
                    ? LineJob.ARCHIVAL::record
                    : line -> {
                        ArchivalCitation c = engine.parse(line);
                        java.io.StringWriter block = new java.io.StringWriter();
                        PrintWriter w = new PrintWriter(block);
                        printText(w, c);
                        w.flush();
                        return new OrderedLines.Out(block.toString(), !c.valid()); // ends in a line end: a blank line between blocks
                    };
            return LineStreaming.run("archival", input, jobs, f, output, io, spec.commandLine().getOut(), err);
        }
        ArchivalEngine engine = ArchivalEngine.standard();
        java.io.StringWriter text = new java.io.StringWriter();
        PrintWriter out = new PrintWriter(text);
        boolean errors = false;
        boolean firstOut = true;
        for (String in : citations) {
            ArchivalCitation c = engine.parse(in);
            errors |= !c.valid();
            if (format == Format.json) {
                out.println(ArchivalJson.line(c));
            } else {
                if (!firstOut) out.println();
                firstOut = false;
                printText(out, c);
            }
        }
        out.flush();
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else if (!io.write(java.nio.file.Path.of(output), text.toString(), err, "opis archival")) {
            return Main.USAGE;
        }
        return errors ? Main.FINDINGS : Main.OK;
    }

    private static void printText(PrintWriter out, ArchivalCitation c) {
        out.println(c.input());
        String archive = c.archive().map(a -> a.known() ? a.id() + " (" + a.name() + ")" : a.written() + " (not in the registry)").orElse("none");
        out.println("  scheme:  " + c.scheme() + "    archive: " + archive);
        StringBuilder parts = new StringBuilder();
        for (Level l : c.levels()) {
            if (parts.length() > 0) parts.append(" · ");
            parts.append(l.level()).append(' ').append(l.value());
        }
        out.println("  levels:  " + (parts.length() == 0 ? "(none)" : parts));
        for (Diagnostic d : c.diagnostics()) {
            out.println("  " + d.span().column() + ": " + d.severity().word() + "[" + d.code() + "]: " + d.message()
                    + d.fix().map(f -> "\n      fix: " + f).orElse(""));
        }
        if (c.diagnostics().isEmpty()) out.println("  ok");
        out.println("  en:      " + c.english());
        c.gost().ifPresent(g -> out.println("  gost:    " + g));
    }
}
