package org.opis.cli;

import org.opis.csl.CslFormatter;
import org.opis.csl.CslStyle;
import org.opis.csl.FormatException;
import org.opis.csl.OutputFormat;
import org.opis.csl.restyle.Restyled;
import org.opis.csl.restyle.Restyler;
import org.opis.csl.restyle.UnifiedDiff;
import org.opis.model.Diagnostic;
import org.opis.text.SourceText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code opis restyle}: a note with its citations and reference list in another CSL style. */
@Command(name = "restyle", mixinStandardHelpOptions = true,
        description = "Rewrites a note in a citation style: every resolved citation becomes the style's citation (author-date and numeric "
                + "styles in place, note styles as numbered footnotes), the reference section the style's bibliography; unresolved citations "
                + "are kept and marked ' [?]'; everything else is kept byte for byte. Prints the counts on standard error.",
        footer = {"", "Examples:",
                "  opis restyle note.md --style chicago-author-date -o note-chicago.md",
                "  opis restyle note.md --style gost-r-7-0-5-2008-numeric --archival gost --diff",
                "", "Exit status: 0 restyled; 1 restyled, but some citations are unresolved or the input has errors; 2 usage or I/O error."})
public final class RestyleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    IoOptions io;

    @Parameters(index = "0", paramLabel = "NOTE", description = "the note (Markdown, HTML or plain text)")
    String file;

    @Option(names = "--style", required = true, paramLabel = "ID|PATH", description = "a bundled CSL style id or a .csl file")
    String style;

    @Option(names = "--locale", paramLabel = "xx-XX", description = "CSL locale (default: the style's)")
    String locale;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the restyled note to FILE instead of standard output")
    String out;

    @Option(names = "--format", paramLabel = "FMT", description = "markup of the formatted citations: markdown, html or text (default: from the note's extension)")
    String format;

    @Option(names = "--archival", paramLabel = "keep|en|gost", defaultValue = "keep",
            description = "archival citations: keep as written, or rewrite valid ones in the English or GOST form (default: ${DEFAULT-VALUE})")
    String archival;

    @Option(names = "--diff", description = "print a unified diff of the note and its restyled form instead of the restyled note")
    boolean diff;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Restyler.Archival mode;
        try {
            mode = Restyler.Archival.valueOf(archival.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("opis restyle: --archival must be keep, en or gost, not '" + archival + "'");
            return Main.USAGE;
        }
        String fmtName = format != null ? format : file.endsWith(".html") || file.endsWith(".htm") ? "html"
                : file.endsWith(".md") || file.endsWith(".markdown") ? "markdown" : "text";
        Optional<OutputFormat> fmt = OutputFormat.of(fmtName);
        if (fmt.isEmpty() || fmt.get() == OutputFormat.RTF) {
            err.println("opis restyle: unknown format '" + fmtName + "' (use markdown, html or text)");
            return Main.USAGE;
        }
        CslFormatter formatter;
        try {
            formatter = new CslFormatter(CslStyle.load(style), Optional.ofNullable(locale), fmt.get());
        } catch (FormatException e) {
            err.println("opis restyle: " + e.getMessage());
            return Main.USAGE;
        }
        Optional<Inputs.Loaded> loaded = Inputs.load(file, null, "restyle", err, io);
        if (loaded.isEmpty()) return Main.USAGE;
        if (loaded.get().reportedAsBinary(file, err)) return Main.FINDINGS;
        String name = file.equals("-") ? "<stdin>" : file;
        if (loaded.get().format().equals(Inputs.DOCUMENT)) {
            err.println("opis restyle: restyles a Markdown or plain-text note; convert " + name + " to Markdown first (e.g. pandoc -t markdown)");
            return Main.USAGE;
        }
        if (!loaded.get().format().equals("note")) {
            err.println("opis restyle: " + name + " was read as " + loaded.get().format() + ", not as a note with citations and a reference list");
            return Main.USAGE;
        }
        String text = loaded.get().source();
        var checked = org.opis.Opis.check(new SourceText(name, text), loaded.get().records());
        Restyled r;
        try {
            r = new Restyler(formatter, mode).restyle(text, checked);
        } catch (FormatException e) {
            err.println("opis restyle: " + e.getMessage());
            return Main.USAGE;
        }
        for (Diagnostic d : r.diagnostics()) err.println(d.format(name));
        String result = diff ? UnifiedDiff.of(name, text, name + " (" + formatter.style().description() + ")", r.text()) : r.text();
        if (out != null) {
            // atomically, and never over the note itself unless --force
            if (!io.write(Path.of(out), result, err, "opis restyle", file, style)) return Main.USAGE;
        } else {
            PrintWriter o = spec.commandLine().getOut();
            o.print(result);
            o.flush();
        }
        err.println("restyle: " + r.converted() + " citations converted, " + r.unresolved() + " unresolved (kept, marked '"
                + Restyler.UNRESOLVED_MARK.strip() + "'), " + r.archival() + " archival (" + (mode == Restyler.Archival.KEEP ? "kept" : "valid ones rewritten, " + mode.name().toLowerCase(Locale.ROOT)) + ")");
        err.flush();
        return r.unresolved() > 0 || loaded.get().hasErrors() ? Main.FINDINGS : Main.OK;
    }
}
