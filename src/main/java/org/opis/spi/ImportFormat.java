package org.opis.spi;

import org.opis.model.ParsedRecords;
import org.opis.text.SourceText;

/**
 * A file format opis can read records from (a note or reference list, BibTeX, CSL-JSON, …),
 * listed in {@code META-INF/services/org.opis.spi.ImportFormat}.
 */
public interface ImportFormat {

    /** The name, e.g. {@code bibtex}. */
    String name();

    /**
     * How sure this format is that it can read the source (0 = not at all, 100 = certain), judged
     * from the file name and the text (e.g. a {@code .bib} extension, a leading {@code [} or {@code @}).
     */
    int confidence(SourceText source);

    /** Reads the records; never throws on bad input: problems become diagnostics. */
    ParsedRecords read(SourceText source);

    /**
     * Reads the records and hands each to {@code sink} as soon as it is read, in source order (the same
     * records as {@link #read(SourceText)}), so that a caller that writes them on needs not hold them all;
     * returns the findings (those {@link #read(SourceText)} gives, in the same order). This default reads
     * them all first; the .bib, CSL-JSON and RIS readers hand them on one by one.
     */
    default java.util.List<org.opis.model.Diagnostic> read(SourceText source, java.util.function.Consumer<org.opis.model.Reference> sink) {
        ParsedRecords all = read(source);
        all.references().forEach(sink);
        return all.diagnostics();
    }
}
