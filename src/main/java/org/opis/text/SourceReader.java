package org.opis.text;

import org.opis.model.Diagnostic;
import org.opis.model.Span;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a note or data file as Unicode text. Malformed UTF-8 and binary content do not throw:
 * they are decoded with replacement characters and reported ({@code input/encoding},
 * {@code input/binary}); a missing or unreadable file is an I/O failure the caller reports with
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
        try {
            byte[] bytes;
            if (name.equals("-")) {
                bytes = readAll(System.in);
            } else {
                Path p = Path.of(name);
                if (Files.isDirectory(p)) throw new UnreadableException(name + ": is a directory", null);
                bytes = Files.readAllBytes(p);
            }
            return decode(name, bytes);
        } catch (NoSuchFileException e) {
            throw new UnreadableException(name + ": no such file", e);
        } catch (UnreadableException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableException(name + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** Decodes bytes as UTF-8 (a BOM is dropped), reporting malformed sequences and binary content. */
    public static Result decode(String name, byte[] bytes) {
        List<Diagnostic> diags = new ArrayList<>();
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
            diags.add(Diagnostic.error("input/encoding", Span.START,
                    "the file is not valid UTF-8; unreadable bytes were replaced by U+FFFD")
                    .withFix("save the file as UTF-8"));
        }
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
                    .withFix("give a text file (Markdown, plain text, .bib or CSL-JSON)"));
        }
        return new Result(new SourceText(name, text), diags);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
