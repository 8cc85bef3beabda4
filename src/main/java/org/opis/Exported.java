package org.opis;

import org.opis.model.Diagnostic;

import java.util.List;
import java.util.Objects;

/**
 * Records written in one format ({@link Opis#export}): the text of the file, and the findings about
 * what the format could not carry as given (each at its record's place in the source).
 *
 * <pre>{@code
 * Exported bib = Opis.export(note.references(), "biblatex");
 * Files.writeString(Path.of("note.bib"), bib.text());
 * bib.diagnostics().forEach(d -> System.err.println(d.format("note.md")));
 * }</pre>
 *
 * @param format      the format's name ({@code bibtex}, {@code biblatex}, {@code csl-json}, {@code zotero} …)
 * @param text        the file's text
 * @param diagnostics what was not carried as given; empty when everything was
 */
public record Exported(String format, String text, List<Diagnostic> diagnostics) {
    public Exported {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
        diagnostics = List.copyOf(diagnostics);
    }
}
