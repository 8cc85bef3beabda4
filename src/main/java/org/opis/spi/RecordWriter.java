package org.opis.spi;

import org.opis.model.Diagnostic;
import org.opis.model.Reference;

import java.io.IOException;
import java.util.List;

/**
 * An export being written record by record ({@link ExportFormat#open}): each record is written (or, where
 * the format needs later records first, held) as it is given, so that a converted file of any size
 * costs the memory of one record, not of all of them.
 */
public interface RecordWriter {

    /** Writes one record (in the order given). */
    void add(Reference record) throws IOException;

    /** Writes what is left (the closing bracket, records held until the end) and returns the findings on what could not be carried. */
    List<Diagnostic> finish() throws IOException;

    /**
     * True when what was written depends on a record given only later and must be written again with
     * every record's id known in advance (a BibTeX key made for an entry that a later entry's own key
     * equals; see {@code BibTeXExport#withKnownIds}). False for every format that writes records on their own.
     */
    default boolean mustRewriteWithKnownIds() {
        return false;
    }
}
