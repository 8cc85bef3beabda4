package org.opis.document;

import org.opis.cite.CheckedNote;
import org.opis.model.Diagnostic;
import org.opis.model.Reference;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A note written in Word, HTML or LaTeX, read for its records as {@code opis check} reads it: the document's own reader
 * finds its parts (the list of a {@code thebibliography}, a Word document's notes), so {@code parse}, {@code export}
 * and {@code format} give the same works {@code check} resolves citations to, the list's spans on the file's own lines.
 * Markdown and plain text keep their text path (their text is the note); one of them with no reference list gives the works
 * its notes give ({@link #worksOfNotes}), which {@code org.opis.Opis#parse(SourceReader.Result, boolean)} cannot (it sees no
 * document layer: it gives only the works given in full in the notes).
 */
public final class NoteRecords {

    /** The records of a document note, the findings about its list and its reading, and the whole check. */
    public record Read(List<Reference> references, List<Diagnostic> diagnostics, CheckedNote checked) {
    }

    /** Files of records, read by their import formats whatever their first bytes look like. */
    private static final List<String> DATA_EXTENSIONS = List.of(".bib", ".json", ".ris", ".csljson", ".nbib", ".enw");

    private NoteRecords() {
    }

    /**
     * Reads {@code file} when it is a Word, HTML or LaTeX document (by its content and name) and {@code from} names no
     * other input format; empty otherwise (standard input, a directory, Markdown, text, .bib, CSL-JSON, RIS).
     */
    public static Optional<Read> read(String file, String from, Optional<Charset> encoding) {
        if (from != null && !from.equalsIgnoreCase("note")) return Optional.empty();
        if (file == null || file.equals("-")) return Optional.empty();
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) return Optional.empty();
        String lower = file.toLowerCase(java.util.Locale.ROOT);
        for (String data : DATA_EXTENSIONS) if (lower.endsWith(data)) return Optional.empty(); // records, not a note
        Format format;
        Document doc;
        try {
            // the format from the first bytes: a .bib, CSL-JSON or Markdown file is never read whole here
            format = Format.detect(file, DocumentReader.head(path));
            if (format == Format.MARKDOWN || format == Format.TEXT) return Optional.empty();
            if (format == Format.DOCX) {
                doc = DocumentReader.read(file, Files.readAllBytes(path), Optional.of(format), encoding);
            } else {
                Optional<org.opis.text.SourceReader.Result> text = org.opis.text.SourceReader.readFile(file, path, encoding);
                doc = text.isPresent() ? DocumentReader.read(file, format, text.get())
                        : DocumentReader.read(file, Files.readAllBytes(path), Optional.of(format), encoding);
            }
        } catch (java.io.IOException | RuntimeException e) {
            return Optional.empty(); // the text path reports why it cannot be read
        }
        return Optional.of(checked(doc));
    }

    /**
     * A Markdown or plain-text note in which no reference list was found, read as {@code check} reads it: the works its
     * notes give (in full, by name and title, in brackets) are its records, so {@code parse} gives the works {@code check}
     * resolves the notes' citations to. Empty when the check finds none.
     */
    public static Optional<Read> worksOfNotes(String file, org.opis.text.SourceReader.Result read) {
        Format format = Format.detect(file == null ? "-" : file,
                read.source().text().substring(0, Math.min(read.source().text().length(), 4096)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (format != Format.MARKDOWN && format != Format.TEXT) format = Format.TEXT;
        Read r = checked(DocumentReader.read(file == null ? "-" : file, format, read));
        if (r.references().isEmpty()) return Optional.empty();
        // the works stand for the list the note lacks: its absence is said as that, not as an error
        List<Diagnostic> said = new ArrayList<>();
        boolean told = r.diagnostics().stream().anyMatch(d -> d.code().equals(org.opis.cite.CitationChecker.WORKS_FROM_NOTES));
        for (Diagnostic d : r.diagnostics()) {
            if (!d.code().equals("reflist/no-reference-section")) {
                said.add(d);
            } else if (!told) {
                said.add(Diagnostic.info(org.opis.cite.CitationChecker.WORKS_FROM_NOTES, d.span(), "no reference list: the "
                        + r.references().size() + " works the notes give serve as the reference list"));
                told = true;
            }
        }
        return Optional.of(new Read(r.references(), said, r.checked()));
    }

    private static Read checked(Document doc) {
        DocumentChecker.Result result = DocumentChecker.check(doc, Library.NONE);
        CheckedNote checked = result.checked();
        Set<Diagnostic> found = new LinkedHashSet<>();
        for (Diagnostic d : checked.diagnostics()) if (aboutTheList(d.code())) found.add(d);
        for (Reference r : checked.references()) found.addAll(r.defects());
        List<Diagnostic> sorted = new ArrayList<>(found);
        sorted.sort(null);
        return new Read(checked.references(), sorted, checked);
    }

    /** Findings about reading the file and its list, not about its citations (those are {@code check}'s). */
    private static boolean aboutTheList(String code) {
        if (code.equals(org.opis.cite.UncitedReferenceRule.CODE)) return false;
        if (code.equals(org.opis.cite.CitationChecker.WORKS_FROM_NOTES)) return true;
        return code.startsWith("input/") || code.startsWith("document/") || code.startsWith("reflist/") || code.startsWith("reference/");
    }
}
