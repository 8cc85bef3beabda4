package org.opis.cli;

import org.opis.archival.ArchivalCitation;
import org.opis.archival.ArchivalEngine;
import org.opis.archival.Level;
import org.opis.model.Diagnostic;
import org.opis.report.ArchivalJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of standard output")
    String output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        OutputTo sink = new OutputTo(output, spec);
        PrintWriter out = sink.out();
        List<String> inputs = citations;
        if (inputs.isEmpty()) {
            inputs = new ArrayList<>();
            try {
                BufferedReader r = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) {
                    if (!line.isBlank()) inputs.add(line);
                }
            } catch (IOException e) {
                spec.commandLine().getErr().println("opis archival: cannot read standard input: " + e.getMessage());
                return Main.USAGE;
            }
        }
        ArchivalEngine engine = ArchivalEngine.standard();
        boolean errors = false;
        boolean firstOut = true;
        for (String in : inputs) {
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
        if (!sink.finish("archival", spec.commandLine().getErr())) return Main.USAGE;
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
