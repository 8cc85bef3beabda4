package org.opis.cli;

import org.opis.csl.CslStyle;
import org.opis.csl.FormatException;
import org.opis.csl.MarkupNormalizer;
import org.opis.csl.Roundtrip;
import org.opis.model.Diagnostic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code opis roundtrip}: parse a note's reference list, format it again, compare entry by entry. */
@Command(name = "roundtrip", mixinStandardHelpOptions = true,
        description = "Parses the reference list of NOTE, formats every entry again with a CSL style (the house style "
                + "styles/sojourn-author-date.csl imitates the printed list) and compares each with the printed entry after markup "
                + "normalisation (italics marks, list markers, quote/dash/apostrophe kinds, white space, doubled <<angle brackets>>, "
                + "the repeated-author dash). Prints each difference, whether the style sorts the entries as printed, and the agreement.",
        footer = {"", "Example:", "  opis roundtrip references/selivanov-2017/note.md --style styles/sojourn-author-date.csl",
                "", "Exit status: 0 agreement at least --min percent; 1 below it; 2 usage error, unknown style, unreadable file."})
public final class RoundtripCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    IoOptions encoding;

    @Parameters(index = "0", paramLabel = "NOTE", description = "the note (or any file with printed entries)")
    String file;

    @Option(names = "--style", required = true, paramLabel = "ID|PATH", description = "the style to format with, e.g. styles/sojourn-author-date.csl")
    String style;

    @Option(names = "--locale", paramLabel = "xx-XX", description = "CSL locale (default: the style's)")
    String locale;

    @Option(names = "--min", paramLabel = "PCT", defaultValue = "80", description = "fail (exit 1) below this agreement in percent (default: ${DEFAULT-VALUE}; 0 never fails)")
    double min;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the comparison to FILE instead of standard output")
    String output;

    @Option(names = {"-q", "--quiet"}, description = "print only the summary")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        OutputTo sink = new OutputTo(output, spec, encoding, file);
        PrintWriter out = sink.out();
        CslStyle st;
        try {
            st = CslStyle.load(style);
        } catch (FormatException e) {
            err.println("opis roundtrip: " + e.getMessage());
            return Main.USAGE;
        }
        Optional<Inputs.Loaded> loaded = Inputs.load(file, null, "roundtrip", err, encoding);
        if (loaded.isEmpty()) return Main.USAGE;
        String name = file.equals("-") ? "<stdin>" : file;
        String kind = loaded.get().format().toLowerCase(Locale.ROOT);
        if (kind.contains("json") || kind.contains("bib") || kind.contains("ris")) {
            err.println("opis roundtrip: " + name + " was read as " + loaded.get().format()
                    + ", a data file with no printed entries to compare; give a note or a printed reference list");
            return Main.USAGE;
        }
        loaded.get().diagnostics().stream().filter(Diagnostic::isError).forEach(d -> err.println(d.format(name)));
        if (loaded.get().records().references().isEmpty()) {
            err.println("opis roundtrip: " + name + " has no reference entries to compare");
            err.flush();
            return Main.FINDINGS;
        }
        Roundtrip.Result result;
        try {
            result = Roundtrip.run(loaded.get().records().references(), st, Optional.ofNullable(locale));
        } catch (FormatException e) {
            err.println("opis roundtrip: " + e.getMessage());
            return Main.USAGE;
        } catch (RuntimeException e) {
            err.println("opis roundtrip: citeproc-java could not format the records in " + st.description() + ": " + e);
            return Main.USAGE;
        }
        if (!quiet) {
            for (Roundtrip.Comparison c : result.comparisons()) {
                if (c.same()) continue;
                int col = c.firstDifference();
                out.println("DIFF " + name + ":" + c.reference().span().line() + ":" + c.reference().span().column()
                        + " " + c.reference().id() + " (first difference at column " + col + ")");
                out.println("  printed:   " + c.printed());
                out.println("  formatted: " + c.formatted());
                out.println("             " + " ".repeat(Math.max(0, col - 1)) + "^");
                for (Diagnostic d : c.defects()) {
                    out.println("  source defect reported: " + d.severity().word() + "[" + d.code() + "]: " + d.message());
                }
                if (c.defects().isEmpty()) out.println("  no source defect reported on this entry");
            }
        }
        var orderDiff = result.firstOrderDifference();
        out.println(orderDiff.isEmpty() ? "order: the style sorts every entry where the source printed it"
                : "order: the style sorts entry " + orderDiff.get() + " (" + result.comparisons().get(orderDiff.get() - 1).reference().id()
                + ") elsewhere than the source printed it");
        long explained = result.comparisons().stream().filter(c -> !c.same() && !c.defects().isEmpty()).count();
        out.println(String.format(Locale.ROOT, "roundtrip %s: %d/%d entries reproduced exactly after markup normalisation (%.1f%%); "
                        + "%d differ (%d of them on entries with reported source defects); style %s",
                result.percent() >= min ? "OK" : "FAIL", result.same(), result.total(), result.percent(),
                result.total() - result.same(), explained, st.description()));
        if (!sink.finish("roundtrip", err)) return Main.USAGE;
        return result.percent() >= min ? Main.OK : Main.FINDINGS;
    }

    /** Exposed for tests: the normalisation used. */
    static String normalize(String s) {
        return MarkupNormalizer.normalize(s);
    }
}
