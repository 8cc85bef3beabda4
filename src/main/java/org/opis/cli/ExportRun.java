package org.opis.cli;

import org.opis.document.NoteRecords;
import org.opis.bibtex.BibTeXExport;
import org.opis.bibtex.BibTeXWriter;
import org.opis.csl.ZoteroCslJsonFormat;
import org.opis.model.Diagnostic;
import org.opis.model.ParsedRecords;
import org.opis.model.Severity;
import org.opis.spi.ExportFormat;
import org.opis.spi.Formats;
import org.opis.spi.ImportFormat;
import org.opis.text.SourceReader;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What {@code opis export} and {@code opis convert} share: read any supported file, write it in another format. */
final class ExportRun {

    /** How citation keys are chosen on .bib export. */
    enum Keys { keep, generate }

    private ExportRun() {
    }

    /** Thrown for usage and I/O problems (exit status 2). */
    static final class UsageProblem extends Exception {
        UsageProblem(String message) {
            super(message);
        }
    }

    /**
     * Reads {@code in}, writes it with {@code format} to {@code out} (standard output when empty),
     * prints findings to {@code err}; returns the exit status.
     */
    static int run(String in, Optional<String> from, ExportFormat format, Keys keys, Optional<Path> out,
                   boolean verbose, IoOptions io, PrintWriter stdout, PrintWriter err, Formats formats, FindingOptions findings) {
        Optional<NoteRecords.Read> document;
        try {
            document = NoteRecords.read(in, from.orElse(null), io.charset());
        } catch (IllegalArgumentException e) {
            err.println("opis: " + e.getMessage());
            return Main.USAGE;
        }
        SourceReader.Result read;
        try {
            // a Word, HTML or LaTeX note is read by its document reader (NoteRecords), not as text
            read = document.isPresent() ? new SourceReader.Result(new org.opis.text.SourceText(in, ""), List.of()) : io.read(in);
        } catch (SourceReader.UnreadableException e) {
            err.println("opis: " + e.getMessage());
            return Main.USAGE;
        }
        List<Diagnostic> diags = new ArrayList<>(read.diagnostics());
        if (read.binary()) {
            diags.forEach(d -> err.println(d.format(in)));
            return Main.FINDINGS;
        }
        ImportFormat importer;
        if (document.isPresent()) {
            importer = formats.importFormat("note").orElseThrow();
        } else if (from.isPresent()) {
            Optional<ImportFormat> f = formats.importFormat(from.get());
            if (f.isEmpty()) {
                err.println("opis: unknown input format '" + from.get() + "' (known: " + importNames(formats) + ")");
                return Main.USAGE;
            }
            importer = f.get();
        } else {
            Optional<ImportFormat> f = formats.bestImport(read.source());
            if (f.isEmpty()) {
                err.println("opis: cannot tell what kind of file " + in + " is (known: " + importNames(formats) + "); give --from");
                return Main.USAGE;
            }
            importer = f.get();
        }
        ExportFormat writer = format;
        if (format instanceof BibTeXExport b) {
            // The note parser's ids are already readable keys (hoxha1981ditar); keeping them means the
            // .bib keys, the CSL-JSON ids and `opis check`'s resolvesTo all name a work the same way.
            boolean generate = keys == Keys.generate;
            writer = b.withKeys(generate ? BibTeXWriter.KeyPolicy.GENERATE : BibTeXWriter.KeyPolicy.KEEP);
        }
        // A .bib, CSL-JSON or RIS file is read and written record by record (StreamedExport): no record is
        // held once written. A note is read whole (its list's sections and entries are found over the whole
        // text; the Zotero and RIS exports add the archival documents its text cites, which needs the check).
        StreamedExport.Feed feed;
        int extra = 0;
        if (document.isPresent()) {
            NoteRecords.Read d = document.get();
            List<org.opis.model.Reference> all = new ArrayList<>(d.references());
            if (format instanceof ZoteroCslJsonFormat || format.name().equals("ris")) {
                all.addAll(org.opis.Opis.citedArchivalDocuments(d.checked()));
                extra = all.size() - d.references().size();
            }
            feed = sink -> {
                all.forEach(sink);
                return d.diagnostics();
            };
        } else if (importer.name().equals("note")) {
            ParsedRecords listed = importer.read(read.source());
            // a note with no reference list: the works its notes give, as `opis parse` and `opis check` read them
            Optional<NoteRecords.Read> works = listed.references().isEmpty() ? NoteRecords.worksOfNotes(in, read) : Optional.empty();
            ParsedRecords records = works.map(w -> new ParsedRecords(w.references(), w.diagnostics())).orElse(listed);
            List<org.opis.model.Reference> all = new ArrayList<>(records.references());
            if (format instanceof ZoteroCslJsonFormat || format.name().equals("ris")) {
                // Zotero export of a note: also the archival documents its text cites (one item per document).
                all.addAll(org.opis.Opis.citedArchivalDocuments(works.isPresent() ? works.get().checked() : org.opis.Opis.check(read.source(), records)));
                extra = all.size() - records.references().size();
            }
            feed = sink -> {
                all.forEach(sink);
                return records.diagnostics();
            };
        } else {
            feed = StreamedExport.Feed.of(importer, read.source());
        }
        StreamedExport streamed;
        if (out.isPresent()) {
            // written as it is made into the temporary file that then replaces OUT, and counted by
            // reading that back: neither the records nor the output text are held whole
            streamed = StreamedExport.write(writer, feed, out.get(), io, err, in);
            if (streamed == null) return Main.USAGE;
        } else {
            // written as it is made into a temporary file, counted there, then copied to standard
            // output: the output text is never held whole (a 50 MB .bib's CSL-JSON is ~60 MB)
            StreamedExport.Piped piped = StreamedExport.toStdout(writer, feed, stdout);
            if (piped.problem().isPresent()) {
                err.println("opis: cannot write: " + piped.problem().get());
                return Main.USAGE;
            }
            streamed = piped.export().orElseThrow();
        }
        List<Diagnostic> importDiags = streamed.importFindings();
        diags.addAll(importDiags);
        List<Diagnostic> exportDiags = streamed.findings();
        int readCount = streamed.read() - extra;
        int written = streamed.written().orElse(streamed.read());
        diags.addAll(exportDiags);
        diags.sort(null);
        int infos = 0;
        List<Diagnostic> shown = new ArrayList<>();
        for (Diagnostic d : new java.util.LinkedHashSet<>(diags)) {
            if (d.severity() == Severity.INFO && !verbose) {
                infos++;
                continue;
            }
            shown.add(d);
        }
        findings.print(shown, in, err);
        err.println("opis: " + readCount + " records read from " + in + " (" + importer.name() + "); " + written + " "
                + (writer.name().contains("json") || writer.name().equals("zotero") ? "items" : "entries") + " written as "
                + writer.name() + " to " + out.map(Path::toString).orElse("standard output")
                + (extra > 0 ? " (with the archival documents the text cites, one item each)" : "")
                + (infos > 0 ? "; " + infos + " notes on what the " + writer.name() + " format cannot hold (--verbose shows them)" : ""));
        streamed.fidelity().ifPresent(err::println);
        err.flush();
        return importDiags.stream().anyMatch(Diagnostic::isError) || read.diagnostics().stream().anyMatch(Diagnostic::isError) ? Main.FINDINGS : Main.OK;
    }

    /** How many records the written text holds (JSON array items, {@code @} entries, RIS {@code TY} records), when it can tell. */
    static Optional<Integer> writtenCount(String text) {
        try {
            return StreamedExport.count(new java.io.StringReader(text));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static String importNames(Formats formats) {
        return String.join(", ", formats.imports().stream().map(ImportFormat::name).toList());
    }

    static Optional<ExportFormat> exportByName(Formats formats, String name) {
        return formats.export(name.toLowerCase(Locale.ROOT));
    }
}
