package org.opis.document;

import org.opis.model.Diagnostic;
import org.opis.model.Span;
import org.opis.text.SourceReader;

import java.util.List;
import java.util.Optional;

/**
 * The one entry point for reading a document: bytes (or a path) in, a {@link Document} out, the
 * format chosen by {@link Format#detect} unless forced. Text formats are decoded by
 * {@link SourceReader#decode}, whose findings are kept. Never throws on bad content.
 */
public final class DocumentReader {

    private DocumentReader() {
    }

    /** Reads a file, or standard input for {@code -}. */
    public static Document read(String name, Optional<Format> forced) throws SourceReader.UnreadableException {
        byte[] bytes;
        if (!name.equals("-") && java.nio.file.Files.isDirectory(java.nio.file.Path.of(name))) {
            throw new SourceReader.UnreadableException(name + ": is a directory", null);
        }
        try {
            if (!name.equals("-") && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(name))) {
                // a text document is decoded block by block, its bytes never held whole (SourceReader.readFile)
                java.nio.file.Path p = java.nio.file.Path.of(name);
                Format format = forced.isPresent() ? forced.get() : Format.detect(name, head(p));
                if (format != Format.DOCX) {
                    Optional<SourceReader.Result> text = SourceReader.readFile(name, p, Optional.empty());
                    if (text.isPresent()) return read(name, format, text.get());
                }
            }
            bytes = name.equals("-") ? System.in.readAllBytes() : java.nio.file.Files.readAllBytes(java.nio.file.Path.of(name));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new SourceReader.UnreadableException(name + ": no such file", e);
        } catch (java.io.IOException | RuntimeException e) {
            throw new SourceReader.UnreadableException(name + ": cannot read (" + e.getMessage() + ")", e);
        }
        return read(name, bytes, forced);
    }

    /** Reads a document from its bytes. */
    public static Document read(String name, byte[] bytes, Optional<Format> forced) {
        return read(name, bytes, forced, Optional.empty());
    }

    /**
     * Reads a document from its bytes, a text format in the given encoding when one is given
     * ({@code --encoding}), else in the encoding recognised from the bytes (its findings kept).
     */
    public static Document read(String name, byte[] bytes, Optional<Format> forced, Optional<java.nio.charset.Charset> encoding) {
        Format format = forced.orElseGet(() -> Format.detect(name, bytes));
        if (format == Format.DOCX) return DocxReader.read(name, bytes);
        return read(name, format, SourceReader.decode(name, bytes, encoding == null ? Optional.empty() : encoding));
    }

    /** The first bytes of a file, enough for {@link Format#detect} (it looks at the first 4 KB). */
    public static byte[] head(java.nio.file.Path p) throws java.io.IOException {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(p)) {
            return in.readNBytes(4096);
        }
    }

    /** Reads a text document (not {@link Format#DOCX}) of the given format from what {@link SourceReader} decoded. */
    public static Document read(String name, Format format, SourceReader.Result decoded) {
        if (decoded.binary()) return Document.failed(name, format, decoded.diagnostics());
        Document d;
        try {
            d = switch (format) {
                case HTML -> HtmlReader.read(decoded.source());
                case LATEX -> LatexReader.read(decoded.source());
                case MARKDOWN, TEXT -> MarkdownReader.read(decoded.source(), format);
                case DOCX -> throw new IllegalStateException();
            };
            if (format != Format.LATEX) d = LabelledNotes.apply(d);
        } catch (RuntimeException | StackOverflowError e) {
            return Document.failed(name, format, List.of(Diagnostic.error("document/unreadable", Span.START,
                    "the " + format.name().toLowerCase(java.util.Locale.ROOT) + " document cannot be read: " + e)));
        }
        return d.withSource(decoded.source(), decoded.diagnostics());
    }
}
