package org.opis.cli;

import org.opis.document.NoteRecords;
import org.opis.model.Diagnostic;
import org.opis.model.ParsedRecords;
import org.opis.spi.Formats;
import org.opis.spi.ImportFormat;
import org.opis.text.SourceReader;
import org.opis.text.SourceText;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a file of records (a note, a .bib, a CSL-JSON file …) through the import format that is
 * most confident it can read it ({@link Formats#bestImport}, ServiceLoader over {@link ImportFormat}).
 */
final class Inputs {

    /** What was read: the format used, the records, and every finding (reading and importing). */
    record Loaded(String format, String source, ParsedRecords records, List<Diagnostic> diagnostics) {
        boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }

        /** A Markdown or plain-text note, its records read from its list or, with none, its notes' works. */
        boolean isNote() {
            return format.equals("note") || format.equals(NOTE_WORKS);
        }

        /** True when the file was binary data, not text: there was nothing to read. */
        boolean isBinary() {
            return format.equals("binary");
        }

        /**
         * When the file was binary data, prints its findings on {@code err} as FILE:LINE:COL and
         * returns true (the command then stops with exit status 1); otherwise false.
         */
        boolean reportedAsBinary(String file, PrintWriter err) {
            if (!isBinary()) return false;
            diagnostics.forEach(d -> err.println(d.format(file)));
            err.flush();
            return true;
        }
    }

    /** The format name of a Word, HTML or LaTeX note read by its document reader ({@link NoteRecords}). */
    static final String DOCUMENT = "document";

    private Inputs() {
    }

    /**
     * Reads the file, or reports on {@code err} why it cannot be read (then empty: exit status 2).
     */
    static Optional<Loaded> load(String file, String command, PrintWriter err) {
        return load(file, null, command, err);
    }

    /**
     * Reads the file with the import format named {@code from} (any when null: the most confident),
     * or reports on {@code err} why it cannot be read (then empty: exit status 2).
     */
    static Optional<Loaded> load(String file, String from, String command, PrintWriter err) {
        return load(file, from, command, err, new EncodingOption());
    }

    /** {@link #load(String, String, String, PrintWriter)} in the encoding {@code --encoding} forces, if any. */
    static Optional<Loaded> load(String file, String from, String command, PrintWriter err, EncodingOption encoding) {
        Optional<NoteRecords.Read> document;
        try {
            document = NoteRecords.read(file, from, encoding.charset());
        } catch (IllegalArgumentException e) {
            err.println("opis " + command + ": " + e.getMessage());
            return Optional.empty();
        }
        if (document.isPresent()) {
            // a Word, HTML or LaTeX note: its records as `opis check` reads them (format "document": no text of its own to restyle)
            NoteRecords.Read d = document.get();
            return Optional.of(new Loaded(DOCUMENT, "", new ParsedRecords(d.references(), d.diagnostics()), d.diagnostics()));
        }
        SourceReader.Result read;
        try {
            read = encoding.read(file);
        } catch (SourceReader.UnreadableException e) {
            err.println("opis " + command + ": " + e.getMessage());
            return Optional.empty();
        }
        return load(read, file, from, command, err);
    }

    /**
     * Like {@link #load(String, String, String, PrintWriter, EncodingOption)}, for a command whose output is the records
     * (format, fidelity, roundtrip): a Markdown or plain-text note with no reference list gives the works its notes give,
     * as {@code opis parse} and {@code opis check} read them ({@link NoteRecords#worksOfNotes}), format {@link #NOTE_WORKS}.
     */
    static Optional<Loaded> records(String file, String from, String command, PrintWriter err, EncodingOption encoding) {
        Optional<Loaded> loaded = load(file, from, command, err, encoding);
        if (loaded.isEmpty() || !loaded.get().format().equals("note") || !loaded.get().records().references().isEmpty()) return loaded;
        // the reading's own findings (input/encoding …) go with the text, as they do for parse
        List<Diagnostic> reading = loaded.get().diagnostics().stream().filter(d -> d.code().startsWith("input/")).toList();
        Optional<NoteRecords.Read> works = NoteRecords.worksOfNotes(file, new SourceReader.Result(
                new SourceText(file, loaded.get().source()), reading));
        if (works.isEmpty()) return loaded;
        NoteRecords.Read w = works.get();
        return Optional.of(new Loaded(NOTE_WORKS, loaded.get().source(), new ParsedRecords(w.references(), w.diagnostics()), w.diagnostics()));
    }

    /** The format name of a note with no reference list whose records are the works its notes give. */
    static final String NOTE_WORKS = "note-works";

    /** Imports what was already read (see {@link #load(String, String, String, PrintWriter)}). */
    static Optional<Loaded> load(SourceReader.Result read, String file, String from, String command, PrintWriter err) {
        if (read.binary()) {
            // Not text: nothing to read, but that is a finding about the input (exit 1), not a usage error.
            return Optional.of(new Loaded("binary", "", new ParsedRecords(List.of(), read.diagnostics()), read.diagnostics()));
        }
        SourceText src = read.source();
        Formats formats = Formats.installed();
        if (from != null && formats.importFormat(from).isEmpty()) {
            err.println("opis " + command + ": unknown input format '" + from + "' (known: " + ExportRun.importNames(formats) + ")");
            return Optional.empty();
        }
        ImportFormat best = from != null ? formats.importFormat(from).get() : formats.bestImport(src).orElse(null);
        if (best == null) {
            err.println("opis " + command + ": " + file + ": cannot tell what kind of file this is (not a note, BibTeX, CSL-JSON or RIS that opis can read); give --from");
            return Optional.empty();
        }
        ParsedRecords records = best.read(src);
        java.util.Set<Diagnostic> unique = new java.util.LinkedHashSet<>(read.diagnostics());
        unique.addAll(records.diagnostics());
        for (var r : records.references()) unique.addAll(r.defects());
        List<Diagnostic> all = new ArrayList<>(unique);
        all.sort(null);
        return Optional.of(new Loaded(best.name(), src.text(), records, all));
    }
}
