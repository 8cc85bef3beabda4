package org.opis.report;

import org.opis.cite.CheckSummary;
import org.opis.cite.CheckedNote;
import org.opis.model.Diagnostic;

/**
 * The compiler-style report of {@code opis check}: one line per finding,
 * {@code FILE:LINE:COL: error[CODE]: message (fix: …)}, then the figures.
 */
public final class CheckText {
    private CheckText() {
    }

    /** Every finding, one per line, then the summary. */
    public static String write(CheckedNote note) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : note.diagnostics()) sb.append(d.format(note.name())).append('\n');
        if (!note.diagnostics().isEmpty()) sb.append('\n');
        sb.append(summary(note.name(), note.summary()));
        return sb.toString();
    }

    /** The figures in a few lines. */
    public static String summary(String name, CheckSummary s) {
        return name + ": " + s.citations() + " citations found: " + s.resolved() + " resolved, " + s.fuzzy() + " fuzzy, "
                + s.unresolved() + " unresolved, " + s.ambiguous() + " ambiguous\n"
                + name + ": " + s.uncited() + " references uncited\n"
                + name + ": archival citations: " + s.archivalValid() + " valid, " + s.archivalInvalid() + " invalid\n";
    }
}
