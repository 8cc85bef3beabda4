package org.opis.cli;

import org.opis.document.NoteRecords;
import org.opis.Opis;
import org.opis.batch.LineJob;
import org.opis.model.Diagnostic;
import org.opis.model.ParsedRecords;
import org.opis.spi.Formats;
import org.opis.text.SourceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.opis.text.OutputFile;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code opis parse FILE|- [--format csl-json|json|text] [-o FILE] [--from FORMAT]}: reads a note's reference list
 * (or a bare list), a .bib, CSL-JSON or RIS file into records.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Reads the reference list of a note (found by its heading), a bare list, a .bib (BibTeX or biblatex),",
                "a CSL-JSON file (plain or Zotero-flavoured) or a RIS file into records; the kind is recognised from the content (--from forces one).",
                "Findings go to stderr as FILE:LINE:COL: severity[CODE]: message.",
                "Exit status: 0 clean, 1 error-level findings, 2 usage or I/O error."})
public final class ParseCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format {
        csl_json("csl-json"), json("json"), text("text");

        private final String label;

        Format(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    IoOptions encoding;

    @Parameters(index = "0", paramLabel = "FILE", description = "the note or list to read; - for standard input")
    String file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csl-json",
            converter = FormatConverter.class,
            description = "csl-json (a CSL-JSON array), json (records with spans, raw text and findings) or text; default ${DEFAULT-VALUE}")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of standard output")
    String output;

    @Option(names = "--from", paramLabel = "FORMAT",
            description = "input format: note, bibtex, csl-json, zotero or ris (default: recognised from the content)")
    String from;

    @picocli.CommandLine.Mixin
    FindingOptions findings;

    /** Accepted for scripts written before it became the default; it changes nothing. */
    @Option(names = "--from-notes", hidden = true,
            description = "(the default) when the text has no reference list, read the works given in full in its notes")
    boolean fromNotes;

    @Option(names = "--lines",
            description = "read each non-blank line as one reference string on its own and stream JSON Lines"
                    + " (one {\"id\",\"csl\",\"raw\",\"defects\"} a line, in input order; memory stays flat on any size)")
    boolean lines;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "1",
            description = "with --lines: threads to use (output stays in input order); default ${DEFAULT-VALUE}")
    int jobs;
    @Option(names = "--model", paramLabel = "FILE",
            description = "the reference-field tagger model to use instead of the bundled one (written by opis train)")
    java.nio.file.Path model;

    @Option(names = "--no-tagger", description = "read the list by the rules alone, without the learned field tagger")
    boolean noTagger;

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            for (Format f : Format.values()) if (f.label.equalsIgnoreCase(value.strip())) return f;
            throw new picocli.CommandLine.TypeConversionException("unknown format '" + value + "' (expected csl-json, json or text)");
        }
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        org.opis.reflist.tagger.Tagger tagger = null;
        if (model != null) {
            try {
                tagger = org.opis.reflist.tagger.Tagger.load(model);
            } catch (org.opis.reflist.tagger.Tagger.ModelException e) {
                err.println("opis parse: " + e.getMessage());
                return Main.USAGE;
            }
        }
        // the choice holds for this run only: a later run in the same process (a library user, a test) reads with the bundled model again
        org.opis.reflist.Tagging.use(tagger);
        org.opis.reflist.Tagging.disable(noTagger);
        try {
            return parse(err);
        } finally {
            org.opis.reflist.Tagging.use(null);
            org.opis.reflist.Tagging.disable(false);
        }
    }

    private Integer parse(PrintWriter err) {
        if (lines) {
            return LineStreaming.run("parse", file, jobs, LineJob.REFERENCES::record, output, encoding, spec.commandLine().getOut(), err);
        }
        java.io.StringWriter buffer = new java.io.StringWriter();
        PrintWriter out = output == null ? spec.commandLine().getOut() : new PrintWriter(buffer);
        Optional<NoteRecords.Read> document;
        try {
            document = NoteRecords.read(file, from, encoding.charset());
        } catch (IllegalArgumentException e) {
            err.println("opis parse: " + e.getMessage());
            return Main.USAGE;
        }
        if (document.isPresent()) return written(new ParsedRecords(document.get().references(), document.get().diagnostics()), out, buffer, err);
        SourceReader.Result read;
        try {
            read = encoding.read(file);
        } catch (SourceReader.UnreadableException e) {
            err.println("opis parse: " + e.getMessage());
            return Main.USAGE;
        }
        ParsedRecords records;
        boolean note = from == null ? read.binary() || Formats.installed().bestImport(read.source()).map(f -> f.name().equals("note")).orElse(true)
                : from.equalsIgnoreCase("note");
        if (note) {
            return streamNote(read, err);
        } else {
            Optional<Inputs.Loaded> loaded = Inputs.load(file, from, "parse", err, encoding);
            if (loaded.isEmpty()) return Main.USAGE;
            records = new ParsedRecords(loaded.get().records().references(), loaded.get().diagnostics());
        }
        return written(records, out, buffer, err);
    }

    /** Prints the findings, writes the records to standard output or {@code -o}; the exit status. */
    private Integer written(ParsedRecords records, PrintWriter out, java.io.StringWriter buffer, PrintWriter err) {
        findings.print(records.diagnostics(), file, err);
        writeOrFail(w -> {
            RecordsOut o = RecordsOut.start(format, w, file);
            records.references().forEach(o);
            o.finish(records.diagnostics());
        }, out);
        if (format == Format.json) out.println();
        out.flush();
        if (output != null) {
            if (!encoding.write(java.nio.file.Path.of(output), buffer.toString(), err, "opis parse", file)) return Main.USAGE;
            err.println("opis parse: " + records.references().size() + " records written to " + output);
            err.flush();
        }
        return records.hasErrors() ? Main.FINDINGS : Main.OK;
    }

    /**
     * A note or a list: each record is written as soon as it is read ({@link RecordsOut}), to standard
     * output or to the temporary file that then replaces {@code -o}, so the records are never all held;
     * the findings follow on stderr.
     */
    private Integer streamNote(SourceReader.Result read, PrintWriter err) {
        Object[] done = new Object[2];
        OutputFile.Body body = w -> {
            RecordsOut o = RecordsOut.start(format, w, file);
            List<Diagnostic> diags = Opis.parse(read, false, o);
            if (o.count() == 0 && !read.binary()) {
                // no reference list: the works the notes give, as check reads them (full notes, names and titles, brackets)
                Optional<NoteRecords.Read> works = NoteRecords.worksOfNotes(file, read);
                if (works.isPresent()) {
                    works.get().references().forEach(o);
                    diags = works.get().diagnostics();
                }
            }
            o.finish(diags);
            if (format == Format.json) w.write(System.lineSeparator());
            w.flush();
            done[0] = diags;
            done[1] = o.count();
        };
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            writeOrFail(body::writeTo, out);
            out.flush();
        } else if (!encoding.write(java.nio.file.Path.of(output), err, "opis parse", w -> body.writeTo(new java.io.BufferedWriter(w, 1 << 16)), file)) {
            return Main.USAGE;
        }
        @SuppressWarnings("unchecked")
        List<Diagnostic> diags = (List<Diagnostic>) done[0];
        findings.print(diags, file, err);
        if (output != null) {
            err.println("opis parse: " + done[1] + " records written to " + output);
            err.flush();
        }
        return diags.stream().anyMatch(Diagnostic::isError) ? Main.FINDINGS : Main.OK;
    }

    /**
     * The {@code --format json} document: {"references":[{"id","csl","span","raw","defects","tagger"}],"diagnostics":[…]};
     * "tagger" (not for archival entries) gives the learned tagger's fields of the entry with their confidences.
     */
    static String toJson(ParsedRecords records) {
        java.io.StringWriter w = new java.io.StringWriter();
        writeOrFail(out -> writeJson(records, out), w);
        return w.toString();
    }

    /** Writes {@link #toJson} text one reference at a time (only one reference's JSON tree in memory at once). */
    static void writeJson(ParsedRecords records, java.io.Writer out) throws java.io.IOException {
        RecordsOut o = RecordsOut.start(Format.json, out, null);
        records.references().forEach(o);
        o.finish(records.diagnostics());
    }

    private interface Body {
        void write(java.io.Writer out) throws java.io.IOException;
    }

    private static void writeOrFail(Body body, java.io.Writer out) {
        try {
            body.write(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
