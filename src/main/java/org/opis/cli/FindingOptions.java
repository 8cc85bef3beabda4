package org.opis.cli;

import org.opis.model.Diagnostic;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@code --quiet} and {@code --max-findings N} (a picocli mixin), and the one place a command prints
 * its findings: each distinct finding once per run, at most N of them, none when quiet.
 */
final class FindingOptions {

    @Option(names = {"-q", "--quiet"}, description = "print no findings (the exit status still reports errors)")
    boolean quiet;

    @Option(names = "--max-findings", paramLabel = "N", description = "print at most N findings, then how many more there are")
    Integer maxFindings;

    /** Prints each distinct finding once as FILE:LINE:COL: severity[CODE]: message, honouring --quiet and --max-findings. */
    void print(Collection<Diagnostic> findings, String file, PrintWriter err) {
        if (quiet) return;
        Set<Diagnostic> unique = new LinkedHashSet<>(findings);
        int limit = maxFindings == null ? Integer.MAX_VALUE : Math.max(0, maxFindings);
        int shown = 0;
        for (Diagnostic d : unique) {
            if (shown == limit) break;
            err.println(d.format(file));
            shown++;
        }
        if (unique.size() > shown) {
            err.println("opis: " + (unique.size() - shown) + " more findings not shown (--max-findings " + limit + ")");
        }
        err.flush();
    }
}
