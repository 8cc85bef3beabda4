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
            long max = Limits.current().inputSize();
            if (name.equals("-")) {
                bytes = readAtMost(System.in, max);
            } else {
                Path p = Path.of(name);
                if (Files.isDirectory(p)) throw new UnreadableException(name + ": is a directory", null);
                long size = Files.isRegularFile(p) ? Files.size(p) : -1;
                if (size >= 0 && size <= max && size < Integer.MAX_VALUE - 16) {
                    // decoded block by block, the bytes never held whole (FileDecoder); a file whose bytes are
                    // wrong is decoded whole as before, so that its findings name the byte
                    Optional<Result> streamed = readFile(name, p, encoding);
                    if (streamed.isPresent()) return streamed.get();
                    // read into one array of the file's size (readNBytes gathers pieces and copies them: twice the file)
                    bytes = Files.readAllBytes(p);
                } else {
                    try (InputStream in = Files.newInputStream(p)) {
                        bytes = readAtMost(in, max);
                    }
                }
            }
            if (bytes.length <= max) return decode(name, bytes, encoding);
            // over the input-size limit: the whole lines of the first max bytes are read, the rest is not
            int end = (int) max;
            int lastNewline = end - 1;
            while (lastNewline >= 0 && bytes[lastNewline] != '\n') lastNewline--;
            if (lastNewline >= 0) end = lastNewline + 1;
            Result r = decode(name, java.util.Arrays.copyOf(bytes, end), encoding);
            List<Diagnostic> diags = new ArrayList<>(r.diagnostics());
            diags.add(Diagnostic.error("input/too-large", r.source().span(r.source().text().length()),
                    "the input is larger than the limit of " + max + " bytes; only its first " + end
                            + " bytes (whole lines) are read, the rest is not")
                    .withFix(Limits.raise("input-size")));
            return new Result(r.source(), diags);
        } catch (NoSuchFileException e) {
            throw new UnreadableException(name + ": no such file", e);
        } catch (UnreadableException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableException(name + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Reads the regular file {@code p} (at most the input-size limit) without holding its bytes, when its
     * encoding is decided and its bytes decode without error (see {@link FileDecoder}); else empty, and the
     * caller decodes its whole bytes with {@link #decode(String, byte[], Optional)}. The same text and
     * findings either way.
     */
    public static Optional<Result> readFile(String name, Path p, Optional<Charset> encoding) throws IOException {
        List<Diagnostic> diags = new ArrayList<>();
        Optional<String> text = FileDecoder.decode(p, encoding, diags);
        return text.map(t -> checked(name, t, diags));
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
        return checked(name, Encodings.decode(bytes, encoding, diags), diags);
    }

    /**
     * Text in decomposed Unicode (NFD: an accent as a letter of its own after its base letter, as macOS and some PDF tools
     * write it) is read composed (NFC): the readers' letter classes see "È" as one capital letter, and the records carry
     * the composed form other tools expect. An information finding says so, at the first decomposed letter.
     */
    static String composed(String name, String text, List<Diagnostic> diags) {
        if (java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC)) return text;
        int at = 0;
        while (at < text.length() && Character.getType(text.charAt(at)) != Character.NON_SPACING_MARK) at++;
        SourceText probe = new SourceText(name, text);
        diags.add(Diagnostic.info("input/decomposed", probe.span(Math.max(0, at - 1)),
                "the text is in decomposed Unicode (accents written apart from their letters); it was read composed (NFC), "
                        + "so columns after this point count each accented letter once")
                .withFix("save the file with composed characters (NFC)"));
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
    }

    /** The decoded text judged: binary content, NUL characters, over-long lines (findings added to {@code diags}). */
    private static Result checked(String name, String text, List<Diagnostic> diags) {
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
        if (!diags.stream().anyMatch(d -> d.code().equals("input/binary"))) {
            text = cutLongLines(name, text, diags);
            text = composed(name, text, diags);
        }
        return new Result(new SourceText(name, text), diags);
    }

    /** At most {@code max + 1} bytes of the stream (one more than the limit tells that it was exceeded). */
    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        return in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 16));
    }

    /**
     * Cuts lines longer than the {@code line-length} limit, each with an {@code input/line-too-long}
     * finding. JSON (text that starts with {@code [} or {@code {} and ends with {@code ]} or {@code }})
     * is left whole: one line may be the whole file, and its strings have their own limit.
     */
    static String cutLongLines(String name, String text, List<Diagnostic> diags) {
        long max = Limits.current().lineLength();
        if (text.length() <= max) return text;
        // the first and last characters that are not white space (String.strip would copy the whole text)
        int first = 0;
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) first++;
        int last = text.length() - 1;
        while (last > first && Character.isWhitespace(text.charAt(last))) last--;
        if (first <= last && (text.charAt(first) == '[' || text.charAt(first) == '{')
                && (text.charAt(last) == ']' || text.charAt(last) == '}')) return text;
        StringBuilder out = null;
        List<int[]> cuts = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            if (end - start > max) {
                if (out == null) out = new StringBuilder(text.length()).append(text, 0, start);
                cuts.add(new int[]{out.length() + (int) max, end - start});
                out.append(text, start, start + (int) max);
            } else if (out != null) {
                out.append(text, start, end);
            }
            if (nl < 0) break;
            if (out != null) out.append('\n');
            start = nl + 1;
        }
        if (out == null) return text;
        String cut = out.toString();
        SourceText probe = new SourceText(name, cut);
        for (int[] c : cuts) {
            diags.add(Diagnostic.warning("input/line-too-long", probe.span(c[0]),
                    "this line has " + c[1] + " characters, over the limit of " + max + "; the characters after column " + max + " are not read")
                    .withFix(Limits.raise("line-length")));
        }
        return cut;
    }
}
