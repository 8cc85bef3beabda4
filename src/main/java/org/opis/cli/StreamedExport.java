package org.opis.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.opis.model.Diagnostic;
import org.opis.model.Reference;
import org.opis.report.JsonShapes;
import org.opis.spi.ExportFormat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * An export to a file ({@code export -o}, {@code convert}) written as it is made: the writer's text
 * goes straight into the temporary file that then replaces the output ({@link IoOptions#write}), and
 * the items are counted by reading the file back with a streaming parser, so the output text is never
 * held whole in memory (before, a 50 MB {@code .bib} held its CSL-JSON output as one string, and the
 * string builder's copies while it grew).
 *
 * @param findings what the writer reported
 * @param written  how many items or entries the written file holds, when that can be told
 */
record StreamedExport(List<Diagnostic> findings, Optional<Integer> written) {

    /** Writes {@code refs} with {@code writer} to {@code out}; null when the file could not be written (the reason is printed). */
    static StreamedExport write(ExportFormat writer, List<Reference> refs, Path out, IoOptions io, PrintWriter err, String in) {
        Object[] found = new Object[1];
        boolean ok = io.write(out, err, "opis", w -> {
            Writer b = new BufferedWriter(w, 1 << 16);
            found[0] = writer.write(refs, b);
            b.flush();
        }, in);
        if (!ok) return null;
        Optional<Integer> written;
        try (Reader r = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            written = count(r);
        } catch (IOException | RuntimeException e) {
            written = Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Diagnostic> findings = (List<Diagnostic>) found[0];
        return new StreamedExport(findings, written);
    }

    /**
     * What {@link #toStdout} wrote: the writer's findings and the count of what the output holds, or
     * (findings and count empty) why it could not be written.
     */
    record Piped(List<Diagnostic> findings, Optional<Integer> written, Optional<String> problem) {
    }

    /**
     * Writes {@code refs} with {@code writer} into a temporary file, counts the records there, then
     * copies the text to {@code stdout} (the same characters as printing the whole text at once);
     * with a problem when it could not be written (nothing was printed then).
     */
    static Piped toStdout(ExportFormat writer, List<Reference> refs, PrintWriter stdout) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("opis-export", ".out");
            List<Diagnostic> findings;
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                findings = writer.write(refs, w);
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
            return new Piped(findings, written, Optional.empty());
        } catch (IOException e) {
            return new Piped(List.of(), Optional.empty(), Optional.of(String.valueOf(e.getMessage())));
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
