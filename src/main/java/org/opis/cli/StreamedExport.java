package org.opis.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.opis.bibtex.BibTeXExport;
import org.opis.model.Diagnostic;
import org.opis.model.Reference;
import org.opis.report.FidelityReport;
import org.opis.report.JsonShapes;
import org.opis.spi.ExportFormat;
import org.opis.spi.ImportFormat;
import org.opis.spi.RecordWriter;
import org.opis.text.SourceText;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * An export written record by record as the records are read (issue 13, memory proportional to the
 * input): the import format hands each record on as soon as it is read
 * ({@link ImportFormat#read(SourceText, Consumer)}), the export format writes it at once
 * ({@link ExportFormat#open}) into the temporary file that then replaces the output
 * ({@link IoOptions#write}) or is copied to standard output, and the fidelity line counts it
 * ({@link FidelityReport.Tally}); then it is dropped. Only the findings, the counts and (for .bib keys
 * and Zotero's ids) the ids are kept. The items written are counted by reading the file back with a
 * streaming parser. The text is the same as writing every record at once.
 *
 * @param importFindings what the reader reported
 * @param read           how many records were read
 * @param findings       what the writer reported
 * @param written        how many items or entries the written file holds, when that can be told
 * @param fidelity       the fidelity line, for the targets that have one
 */
record StreamedExport(List<Diagnostic> importFindings, int read, List<Diagnostic> findings, Optional<Integer> written,
                      Optional<String> fidelity) {

    /** Where the records come from: a reader that hands each on to the sink and returns its findings. */
    interface Feed {
        List<Diagnostic> feed(Consumer<Reference> sink);

        /** A streaming import of {@code source}. */
        static Feed of(ImportFormat importer, SourceText source) {
            return sink -> importer.read(source, sink);
        }
    }

    /** Thrown out of the body of a write that must be made again with every id known (nothing is replaced then). */
    static final class Rewrite extends RuntimeException {
        Rewrite() {
            super("the made keys depend on later records", null, false, false);
        }
    }

    /**
     * Reads the records from {@code feed} and writes each as it comes with {@code format} to {@code out};
     * null when the file could not be written (the reason is printed).
     */
    static StreamedExport write(ExportFormat format, Feed feed, Path out, IoOptions io, PrintWriter err, String in) {
        ExportFormat writer = format;
        for (int pass = 0; ; pass++) {
            Pass p = new Pass(writer, feed, pass == 0);
            try {
                boolean ok = io.write(out, err, "opis", w -> {
                    Writer b = new BufferedWriter(w, 1 << 16);
                    p.run(b);
                    b.flush();
                }, in);
                if (!ok) return null;
            } catch (Rewrite r) {
                writer = withKnownIds(writer, feed);
                continue;
            }
            Optional<Integer> written;
            try (Reader r = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
                written = count(r);
            } catch (IOException | RuntimeException e) {
                written = Optional.empty();
            }
            return p.result(written);
        }
    }

    /** What {@link #toStdout} wrote, or (empty) why it could not be written (nothing was printed then). */
    record Piped(Optional<StreamedExport> export, Optional<String> problem) {
    }

    /**
     * Reads the records from {@code feed} and writes each as it comes with {@code format} into a temporary
     * file, counts the records there, then copies the text to {@code stdout} (the same characters as
     * printing the whole text at once).
     */
    static Piped toStdout(ExportFormat format, Feed feed, PrintWriter stdout) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("opis-export", ".out");
            ExportFormat writer = format;
            Pass p;
            for (int pass = 0; ; pass++) {
                p = new Pass(writer, feed, pass == 0);
                try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                    p.run(w);
                    break;
                } catch (Rewrite r) {
                    writer = withKnownIds(writer, feed);
                }
            }
            Optional<Integer> written;
            try (Reader r = Files.newBufferedReader(tmp, StandardCharsets.UTF_8)) {
                written = count(r);
            } catch (IOException | RuntimeException e) {
                written = Optional.empty();
            }
            try (Reader r = Files.newBufferedReader(tmp, StandardCharsets.UTF_8)) {
                char[] buf = new char[1 << 16];
                for (int n = r.read(buf); n >= 0; n = r.read(buf)) stdout.write(buf, 0, n);
            }
            stdout.flush();
            return new Piped(Optional.of(p.result(written)), Optional.empty());
        } catch (IOException e) {
            return new Piped(Optional.empty(), Optional.of(String.valueOf(e.getMessage())));
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // a temporary file left behind: nothing to tell the user
                }
            }
        }
    }

    /** The .bib writer told every record's id (read once more, keeping only the ids). */
    private static ExportFormat withKnownIds(ExportFormat writer, Feed feed) {
        Set<String> ids = new HashSet<>();
        feed.feed(r -> ids.add(r.id()));
        return ((BibTeXExport) writer).withKnownIds(ids);
    }

    /** One reading and writing of every record. */
    private static final class Pass {
        private final ExportFormat writer;
        private final Feed feed;
        private final boolean mayRewrite;
        private final Optional<FidelityReport.Tally> tally;
        private List<Diagnostic> importFindings = List.of();
        private List<Diagnostic> findings = List.of();
        private int read;

        Pass(ExportFormat writer, Feed feed, boolean mayRewrite) {
            this.writer = writer;
            this.feed = feed;
            this.mayRewrite = mayRewrite && writer instanceof BibTeXExport;
            this.tally = FidelityReport.TARGETS.contains(writer.name()) ? Optional.of(FidelityReport.Tally.of(writer.name())) : Optional.empty();
        }

        void run(Writer out) throws IOException {
            RecordWriter records;
            try {
                records = writer.open(out, r -> tally.ifPresent(t -> t.add(r)));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            try {
                importFindings = feed.feed(r -> {
                    read++;
                    try {
                        records.add(r);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            findings = records.finish();
            if (mayRewrite && records.mustRewriteWithKnownIds()) throw new Rewrite();
        }

        StreamedExport result(Optional<Integer> written) {
            return new StreamedExport(importFindings, read, findings, written, tally.map(FidelityReport.Tally::summaryLine));
        }
    }

    /** How many records the text holds (JSON array items, {@code @} entries, RIS {@code TY} records), when it can tell. */
    static Optional<Integer> count(Reader text) throws IOException {
        BufferedReader r = text instanceof BufferedReader b ? b : new BufferedReader(text, 1 << 16);
        int limit = 1 << 20;
        r.mark(limit);
        int c;
        int read = 0;
        do {
            c = r.read();
            read++;
        } while (c >= 0 && Character.isWhitespace(c) && read < limit - 8);
        char[] head = new char[6];
        int n = 0;
        if (c >= 0) {
            head[n++] = (char) c;
            while (n < head.length && (c = r.read()) >= 0) head[n++] = (char) c;
        }
        r.reset();
        String start = new String(head, 0, n);
        if (start.startsWith("[")) {
            // counted with a streaming parser: no tree of the whole output
            try (JsonParser p = JsonShapes.MAPPER.getFactory().createParser(r)) {
                if (p.nextToken() != JsonToken.START_ARRAY) return Optional.empty();
                int items = 0;
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    if (t == null) return Optional.empty();
                    p.skipChildren();
                    items++;
                }
                return Optional.of(items);
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        if (start.startsWith("TY  - ")) return Optional.of((int) r.lines().filter(l -> l.startsWith("TY  - ")).count());
        if (start.startsWith("@") || start.startsWith("%")) {
            return Optional.of((int) r.lines().filter(l -> l.startsWith("@") && !l.regionMatches(true, 1, "string", 0, 6)
                    && !l.regionMatches(true, 1, "comment", 0, 7) && !l.regionMatches(true, 1, "preamble", 0, 8)).count());
        }
        return Optional.empty();
    }
}
