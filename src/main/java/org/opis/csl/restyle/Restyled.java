package org.opis.csl.restyle;

import org.opis.model.Diagnostic;

import java.util.List;

/**
 * A restyled note.
 *
 * @param text        the note with its citations and reference section replaced
 * @param edits       the replacements, in text order (footnotes appended at the end have start = end = the text's length)
 * @param converted   citations replaced by the style's citation
 * @param unresolved  citations left as written and marked, since they point to no entry
 * @param archival    archival citations (rewritten in the chosen form, or kept)
 * @param diagnostics the formatter's findings
 */
public record Restyled(String text, List<Edit> edits, int converted, int unresolved, int archival, List<Diagnostic> diagnostics) {
    public Restyled {
        edits = List.copyOf(edits);
        diagnostics = List.copyOf(diagnostics);
    }
}
