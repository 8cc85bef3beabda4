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

    /**
     * Starts writing records one at a time to {@code out} (the same text as {@link #write} of them all);
     * {@code written} is told each record as it goes into the file, in the file's order (the Zotero flavour
     * leaves some out and adds the cited archival documents at the end). This default holds the records
     * and writes them all at {@link RecordWriter#finish}; the bundled formats write as they go.
     */
    default RecordWriter open(Writer out, java.util.function.Consumer<Reference> written) {
        ExportFormat self = this;
        return new RecordWriter() {
            private final List<Reference> held = new java.util.ArrayList<>();

            @Override
            public void add(Reference record) {
                held.add(record);
            }

            @Override
            public List<Diagnostic> finish() throws IOException {
                held.forEach(written);
                return self.write(held, out);
            }
        };
    }
}
