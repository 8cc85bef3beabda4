package org.opis.document;

import org.opis.model.Diagnostic;
import org.opis.model.ParsedRecords;
import org.opis.model.Reference;
import org.opis.spi.Formats;
import org.opis.spi.ImportFormat;
import org.opis.text.SourceReader;
import org.opis.text.SourceText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The user's own library — one or more {@code .bib} (BibTeX, biblatex), CSL-JSON or Zotero CSL-JSON
 * files — read with the installed import formats and used as the reference list of a document.
 * A record whose id another file already gave is kept once (the first), with a finding.
 *
 * @param files       the files, as named
 * @param records     all records, in file order
 * @param diagnostics findings made reading the files, each message prefixed with its file and place
 */
public record Library(List<String> files, List<Reference> records, List<Diagnostic> diagnostics) {

    public Library {
        files = List.copyOf(files);
        records = List.copyOf(records);
        diagnostics = List.copyOf(diagnostics);
    }

    /** No library. */
    public static final Library NONE = new Library(List.of(), List.of(), List.of());

    /** True when no file was given. */
    public boolean isEmpty() {
        return files.isEmpty();
    }

    /** Reads the files. @throws SourceReader.UnreadableException when one cannot be read at all */
    public static Library read(List<String> files) throws SourceReader.UnreadableException {
        Formats formats = Formats.installed();
        List<Reference> refs = new ArrayList<>();
        List<Diagnostic> diags = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (String f : files) {
            SourceReader.Result r = SourceReader.read(f);
            SourceText src = r.source();
            r.diagnostics().forEach(d -> diags.add(inFile(f, d)));
            if (r.binary()) continue;
            Optional<ImportFormat> format = formats.bestImport(src);
            if (format.isEmpty()) {
                diags.add(Diagnostic.error("document/library-format", org.opis.model.Span.START,
                        f + ": not a BibTeX, biblatex or CSL-JSON file").withFix("give a .bib or CSL-JSON library"));
                continue;
            }
            ParsedRecords parsed = format.get().read(src);
            parsed.diagnostics().forEach(d -> diags.add(inFile(f, d)));
            for (Reference ref : parsed.references()) {
                if (!ids.add(ref.id().toLowerCase(java.util.Locale.ROOT))) {
                    diags.add(Diagnostic.warning("document/library-duplicate", org.opis.model.Span.START,
                            f + ":" + ref.span() + ": the key " + ref.id() + " is already in the library; the first record is used"));
                    continue;
                }
                refs.add(ref);
            }
        }
        return new Library(files, refs, diags);
    }

    /** Finding: the library was the file the document names ({@code \\addbibresource}, {@code \\bibliography}). */
    public static final String NAMED = "document/library-named";

    /**
     * The library a LaTeX document names — {@code \\addbibresource{refs.bib}}, {@code \\bibliography{refs}} — when those
     * files lie beside the document (a relative path inside its folder; an address, an absolute path or one that
     * leaves the folder is never read), with an information finding naming them; {@link #NONE} when none is there.
     *
     * @param documentPath the document's path ({@code -} for standard input: nothing is read)
     */
    public static Library namedBy(Document doc, String documentPath) throws SourceReader.UnreadableException {
        if (doc.bibResources().isEmpty() || documentPath.equals("-")) return NONE;
        java.nio.file.Path dir = java.nio.file.Path.of(documentPath).toAbsolutePath().getParent();
        if (dir == null) return NONE;
        List<String> found = new ArrayList<>();
        for (String named : doc.bibResources()) {
            if (named.contains(":") || named.startsWith("/") || named.startsWith("\\") || named.contains("..")) continue;
            for (String name : named.endsWith(".bib") || named.endsWith(".json") ? List.of(named) : List.of(named + ".bib", named)) {
                java.nio.file.Path f = dir.resolve(name).normalize();
                if (f.startsWith(dir) && java.nio.file.Files.isRegularFile(f)) {
                    found.add(f.toString());
                    break;
                }
            }
        }
        if (found.isEmpty()) return NONE;
        Library read = read(found);
        List<Diagnostic> diags = new ArrayList<>(read.diagnostics());
        diags.add(Diagnostic.info(NAMED, org.opis.model.Span.START, "the document names its library: read " + String.join(", ", found)
                + " (" + read.records().size() + " records)").withFix("give --bibliography FILE to check against another library"));
        return new Library(read.files(), read.records(), diags);
    }

    private static Diagnostic inFile(String file, Diagnostic d) {
        return new Diagnostic(d.code(), d.severity(), org.opis.model.Span.START, file + ":" + d.span() + ": " + d.message(), d.fix());
    }
}
