package org.opis.spi;

import org.opis.model.Diagnostic;
import org.opis.model.Reference;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A file format opis can write records to (BibTeX, biblatex, CSL-JSON, Zotero-flavoured
 * CSL-JSON, …). Implementations are listed in {@code META-INF/services/org.opis.spi.ExportFormat}
 * and found with {@link java.util.ServiceLoader}, so a new format is one class.
 */
public interface ExportFormat {

    /** The name used on the command line, e.g. {@code bibtex}, {@code csl-json}. */
    String name();

    /** The usual file extension, with the dot, e.g. {@code .bib}. */
    String extension();

    /** One line saying what the format is for. */
    String description();

    /**
     * Writes the records. Returns findings about what could not be written as given (each with the
     * record's span); an empty list when everything was carried.
     */
    List<Diagnostic> write(List<Reference> references, Writer out) throws IOException;
}
