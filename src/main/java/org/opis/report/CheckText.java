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
        try {
            write(note, sb);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringBuilder does not throw
        }
        return sb.toString();
    }

    /** The same text as {@link #write(CheckedNote)}, appended to {@code out} finding by finding, never held whole. */
    public static void write(CheckedNote note, Appendable out) throws java.io.IOException {
        for (Diagnostic d : note.diagnostics()) {
            d.formatTo(note.name(), out);
            out.append('\n');
        }
        if (!note.diagnostics().isEmpty()) out.append('\n');
        out.append(summary(note.name(), note.summary()));
    }

    /** The figures in a few lines. */
    public static String summary(String name, CheckSummary s) {
        return name + ": " + s.citations() + " citations found: " + s.resolved() + " resolved, " + s.fuzzy() + " fuzzy, "
                + s.unresolved() + " unresolved, " + s.ambiguous() + " ambiguous\n"
                + name + ": " + s.uncited() + " references uncited\n"
                + name + ": archival citations: " + s.archivalValid() + " valid, " + s.archivalInvalid() + " invalid\n";
    }
}
