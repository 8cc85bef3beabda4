package org.opis.text;

import org.opis.model.Diagnostic;
import org.opis.model.Span;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a note or data file as Unicode text in whatever encoding it was saved in (byte-order
 * marks, UTF-8, legacy encodings recognised by ICU4J, or the one forced with {@code --encoding}; see
 * {@link Encodings}). Malformed bytes and binary content do not throw: they are decoded with
 * replacement characters and reported ({@code input/encoding}, {@code input/binary}); a missing or unreadable file is an I/O failure the caller reports with
 * exit status 2.
 */
public final class SourceReader {

    /** What was read: the text (possibly repaired) and findings about the bytes. */
    public record Result(SourceText source, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }

        /** True when the bytes are not text at all (binary garbage). */
        public boolean binary() {
            return diagnostics.stream().anyMatch(d -> d.code().equals("input/binary"));
        }
    }

    /** A file that could not be read at all. */
    public static final class UnreadableException extends IOException {
        public UnreadableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private SourceReader() {
    }

    /** Reads a path, or standard input when the name is {@code -}. */
    public static Result read(String name) throws UnreadableException {
        return read(name, Optional.empty());
    }

    /** Reads a path, or standard input when the name is {@code -}, in the forced encoding if one is given. */
    public static Result read(String name, Optional<Charset> encoding) throws UnreadableException {
        try {
            byte[] bytes;
            if (name.equals("-")) {
                bytes = readAll(System.in);
            } else {
                Path p = Path.of(name);
                if (Files.isDirectory(p)) throw new UnreadableException(name + ": is a directory", null);
                bytes = Files.readAllBytes(p);
            }
            return decode(name, bytes, encoding);
        } catch (NoSuchFileException e) {
            throw new UnreadableException(name + ": no such file", e);
        } catch (UnreadableException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableException(name + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** Decodes bytes, recognising their encoding (see {@link Encodings}). */
    public static Result decode(String name, byte[] bytes) {
        return decode(name, bytes, Optional.empty());
    }

    /**
     * Decodes bytes in the forced encoding, or else by their byte-order mark, as UTF-8, or in the
     * legacy encoding ICU4J recognises (see {@link Encodings}); reports what it did and binary content.
     */
    public static Result decode(String name, byte[] bytes, Optional<Charset> encoding) {
        List<Diagnostic> diags = new ArrayList<>();
        String text = Encodings.decode(bytes, encoding, diags);
        int control = 0;
        int replaced = 0;
        int n = Math.min(text.length(), 1 << 16);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD') replaced++;
            else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
        }
        // Binary: control characters (NUL and friends) are rare in text; replacement characters
        // alone only mean a wrong encoding unless they dominate.
        if (n > 0 && (control * 20 > n || replaced * 3 > n)) {
            control += replaced;
            diags.add(Diagnostic.error("input/binary", Span.START,
                    "the file looks like binary data, not text (" + control + " control or unreadable characters in the first " + n + ")")
                    .withFix("give a text file (Markdown, plain text, .bib or CSL-JSON), or name its encoding with --encoding"));
        } else if (text.indexOf('\0') >= 0) {
            // a few NUL characters in text: they would pass into every output; blank them (columns stay), say where the first was
            int at = text.indexOf('\0');
            SourceText probe = new SourceText(name, text);
            diags.add(Diagnostic.warning("input/nul", probe.span(at),
                    "the text contains NUL characters (" + text.chars().filter(c -> c == 0).count() + "); each was replaced by a space")
                    .withFix("remove the NUL bytes from the file"));
            text = text.replace('\0', ' ');
        }
        return new Result(new SourceText(name, text), diags);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
