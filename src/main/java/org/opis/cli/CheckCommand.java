package org.opis.cli;

import org.opis.Opis;
import org.opis.cite.CheckedNote;
import org.opis.report.CheckHtml;
import org.opis.report.CheckJson;
import org.opis.report.CheckSarif;
import org.opis.report.CheckText;
import org.opis.spi.Formats;
import org.opis.text.SourceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code opis check NOTE [--format text|json|sarif|html] [-o FILE]}: checks a note's citations against
 * its reference list and its archival citations, prints every finding compiler-style (or as JSON,
 * SARIF or an HTML page) and the figures. Exit status 0 clean, 1 when a finding is an error, 2 on a usage or
 * I/O error.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks a note: every in-text citation against the reference list, every entry for a citation, every archival citation.",
                "Prints each finding as FILE:LINE:COL: severity[CODE]: message (fix: …), then a summary."})
public final class CheckCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json, sarif, html }

    @Parameters(index = "0", paramLabel = "NOTE", description = "the note or manuscript (Markdown, .docx, HTML, LaTeX or plain text), or a .bib, CSL-JSON or RIS file (its records are checked); - reads standard input")
    String note;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (compiler-style findings and a summary), json, sarif or html (a self-contained page for the browser); default text")
    String formatName;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", arity = "1", description = "write the report to FILE instead of standard output")
    java.util.List<String> outputs = new java.util.ArrayList<>();

    @Option(names = "--from", paramLabel = "FORMAT",
            description = "read NOTE as a document (markdown, docx, html, latex, text, or note: any of them by content) or as"
                    + " records (bibtex, csl-json, zotero, ris); default: recognised from the extension and content")
    String from;

    @picocli.CommandLine.Mixin
    FindingOptions findings;

    @picocli.CommandLine.Mixin
    IoOptions io;

    @Option(names = "--bibliography", paramLabel = "FILE",
            description = "the user's library (.bib, biblatex, CSL-JSON, Zotero CSL-JSON) as the reference list; repeatable")
    java.util.List<String> bibliography = new java.util.ArrayList<>();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        java.io.PrintWriter out = spec.commandLine().getOut();
        java.io.PrintWriter err = spec.commandLine().getErr();
        OutputChoice.Choice choice;
        try {
            choice = OutputChoice.resolve("check", outputs, formatName, null,
                    java.util.Arrays.stream(Format.values()).map(Enum::name).toList(), err);
        } catch (IllegalArgumentException e) {
            err.println("opis check: " + e.getMessage());
            return Main.USAGE;
        }
        Format format;
        try {
            format = Format.valueOf(choice.format().orElse("text"));
        } catch (IllegalArgumentException e) {
            err.println("opis check: unknown format '" + formatName + "' (use text, json, sarif or html)");
            return Main.USAGE;
        }
        Path output = choice.file().map(Path::of).orElse(null);
        CheckedNote checked = null;
        org.opis.text.SourceText shown = null;
        java.util.List<org.opis.report.NoteCallView> calls = new java.util.ArrayList<>();
        // --from names a document format (read through org.opis.document) or a record format (a data file's records are checked)
        java.util.Optional<org.opis.document.Format> document = java.util.Optional.empty();
        String records = null;
        if (from != null && !from.equalsIgnoreCase("note")) {
            document = org.opis.document.Format.named(from);
            if (document.isEmpty()) {
                if (Formats.installed().importFormat(from).isEmpty()) {
                    err.println("opis check: unknown format for --from: " + from
                            + " (documents: markdown, docx, html, latex, text, note; records: bibtex, csl-json, zotero, ris)");
                    return Main.USAGE;
                }
                records = from;
            }
        }
        java.util.Optional<java.nio.charset.Charset> encoding;
        try {
            encoding = io.charset();
        } catch (IllegalArgumentException e) {
            err.println("opis check: " + e.getMessage());
            return Main.USAGE;
        }
        try {
            // a file is decoded block by block, its bytes never held whole (SourceReader.readFile); standard
            // input, a .docx and bytes that must be decoded whole (to name a bad byte) are read as bytes
            String name = note.equals("-") ? "<stdin>" : note;
            byte[] bytes = note.equals("-") ? readBytes(note) : null;
            org.opis.document.Format detected = org.opis.document.Format.detect(note, bytes != null ? bytes : head(note));
            boolean docx = document.orElse(detected) == org.opis.document.Format.DOCX;
            SourceReader.Result read = null;
            if (!docx) {
                Optional<SourceReader.Result> text = bytes != null ? Optional.empty() : readFile(note, encoding);
                if (text.isEmpty() && bytes == null) bytes = readBytes(note);
                read = text.isPresent() ? text.get() : SourceReader.decode(name, bytes, encoding);
            }
            if (document.isEmpty() && bibliography.isEmpty() && read != null) {
                // a .bib, CSL-JSON or RIS file: its records are checked (no text cites them)
                if (!read.binary() && detected != org.opis.document.Format.DOCX) {
                    Optional<CheckedNote> data = RecordCheck.ofDataFile(read, records, err);
                    if (data == null) return Main.USAGE;
                    if (data.isPresent()) {
                        checked = data.get();
                        shown = read.source();
                    }
                }
            }
            if (checked == null) {
                org.opis.document.Document doc = docx
                        ? org.opis.document.DocumentReader.read(name, bytes != null ? bytes : readBytes(note), document, encoding)
                        : org.opis.document.DocumentReader.read(name, document.orElse(detected), read);
                // without --bibliography, a LaTeX document's own \addbibresource / \bibliography file beside it
                org.opis.document.Library library = bibliography.isEmpty() ? org.opis.document.Library.namedBy(doc, note)
                        : org.opis.document.Library.read(bibliography);
                org.opis.document.DocumentChecker.Result result = org.opis.document.DocumentChecker.check(doc, library);
                checked = result.checked();
                shown = result.document().source().orElse(new org.opis.text.SourceText(name, ""));
                for (org.opis.document.NoteCalls.Call c : result.calls()) {
                    calls.add(new org.opis.report.NoteCallView(c.label(), c.span(), org.opis.document.NoteCalls.noteStart(result.document(), c)));
                }
            }
        } catch (SourceReader.UnreadableException e) {
            err.println("opis check: " + e.getMessage());
            return Main.USAGE;
        }
        final org.opis.cite.CheckedNote done = checked;
        // the plain report is written finding by finding, never held whole (a finding may quote a 1 MB key)
        boolean streamed = format == Format.text && !findings.quiet && findings.maxFindings == null;
        String report = streamed ? null : switch (format) {
            case text -> FindingText.write(checked, findings);
            case json -> CheckJson.write(checked, calls) + "\n";
            case sarif -> CheckSarif.write(checked, Opis.version()) + "\n";
            case html -> CheckHtml.write(checked, shown, Opis.version());
        };
        if (output != null) {
            boolean ok = streamed
                    ? io.write(output, err, "opis check", w -> CheckText.write(done, w), note)
                    : io.write(output, report, err, "opis check", note);
            if (!ok) return Main.USAGE;
            err.print(CheckText.summary(checked.name(), checked.summary()));
            err.flush();
        } else {
            if (streamed) {
                try {
                    CheckText.write(done, out);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e); // a PrintWriter does not throw
                }
            } else {
                out.print(report);
            }
            out.flush();
        }
        return checked.hasErrors() ? Main.FINDINGS : Main.OK;
    }

    /** The first 4 KB of the file (to tell its format). */
    private static byte[] head(String name) throws SourceReader.UnreadableException {
        try {
            if (java.nio.file.Files.isDirectory(Path.of(name))) throw new SourceReader.UnreadableException(name + ": is a directory", null);
            return org.opis.document.DocumentReader.head(Path.of(name));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new SourceReader.UnreadableException(name + ": no such file", e);
        } catch (java.io.IOException | RuntimeException e) {
            throw new SourceReader.UnreadableException(name + ": cannot read (" + IoWhy.of(e) + ")", e);
        }
    }

    /** The text of a regular file decoded without holding its bytes, or empty (then its bytes are decoded whole). */
    private static Optional<SourceReader.Result> readFile(String name, java.util.Optional<java.nio.charset.Charset> encoding)
            throws SourceReader.UnreadableException {
        Path p = Path.of(name);
        if (!java.nio.file.Files.isRegularFile(p)) return Optional.empty();
        try {
            return SourceReader.readFile(name, p, encoding);
        } catch (java.io.IOException | RuntimeException e) {
            throw new SourceReader.UnreadableException(name + ": cannot read (" + IoWhy.of(e) + ")", e);
        }
    }

    /** The bytes of the file, or of standard input for {@code -}, read once. */
    private static byte[] readBytes(String name) throws SourceReader.UnreadableException {
        if (!name.equals("-") && java.nio.file.Files.isDirectory(Path.of(name))) {
            throw new SourceReader.UnreadableException(name + ": is a directory", null);
        }
        try {
            return name.equals("-") ? System.in.readAllBytes() : java.nio.file.Files.readAllBytes(Path.of(name));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new SourceReader.UnreadableException(name + ": no such file", e);
        } catch (java.io.IOException | RuntimeException e) {
            throw new SourceReader.UnreadableException(name + ": cannot read (" + IoWhy.of(e) + ")", e);
        }
    }
}
