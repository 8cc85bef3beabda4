package org.opis.csl;

import org.opis.model.Diagnostic;

import java.util.List;

/**
 * What formatting gave: the bibliography entries in the style's order, the citations asked for
 * (one string per citation), and notes about what opis did beyond citeproc-java (year suffixes
 * added, repeated authors replaced) or could not do.
 *
 * @param bibliography entries in bibliography order (empty when the style has no bibliography)
 * @param citations    one formatted citation per requested cluster, in request order
 * @param diagnostics  findings made while formatting
 */
public record Rendering(List<FormattedEntry> bibliography, List<String> citations, List<Diagnostic> diagnostics) {
    public Rendering {
        bibliography = List.copyOf(bibliography);
        citations = List.copyOf(citations);
        diagnostics = List.copyOf(diagnostics);
    }
}
