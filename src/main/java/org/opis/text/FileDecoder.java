package org.opis.text;

import org.opis.model.Diagnostic;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decodes a file into one string without holding its bytes: the file is read through a
 * {@link CharsetDecoder} in blocks of 64 KB, each block's characters kept as a string of its own
 * (one byte a character when the block is Latin-1, as Java's compact strings are), and the blocks
 * joined once into the text. Decoding a whole byte array held the bytes, the JDK's decoding buffer
 * of two bytes a byte and its trimmed copy at once (a 50 MB .bib with a Cyrillic letter: 50 + 100 +
 * 96 MB); this holds the blocks and the text (≤ 50 + 96 MB there, 96 + 96 MB for text all in Cyrillic).
 *
 * <p>The encoding is decided as {@link Encodings#decode} decides it, with the same findings: the
 * decisions that look at a prefix (byte-order mark, the UTF-16 shape of the first 4 KB, ICU's
 * detection on the first 1 MB) look at the same prefix, and the ones that look at every byte (is it
 * UTF-8, is it damaged UTF-8) read the file through. Where the bytes themselves are wrong (a
 * malformed byte in the forced, marked or UTF-8 encoding; damaged UTF-8; UTF-16 without a mark; an
 * encoding not recognised; a multi-byte legacy encoding) it gives way ({@link Optional#empty()}) and
 * the caller decodes the whole bytes as before, so every finding (line, column, byte offset) stays
 * exactly as it was.
 */
final class FileDecoder {

    /** Bytes read at a time. */
    private static final int BLOCK = 1 << 16;
    /** The prefix the detection looks at (ICU's {@link com.ibm.icu.text.CharsetDetector} sees the first 1 MB). */
    private static final int PREFIX = 1 << 20;

    private FileDecoder() {
    }

    /**
     * The text of the regular file {@code p}, decoded in the forced encoding or the one its bytes
     * show, findings added to {@code diags}; empty when the bytes need the whole-array decoding
     * (see the class comment), and then nothing is added.
     */
    static Optional<String> decode(Path p, Optional<Charset> forced, List<Diagnostic> diags) throws IOException {
        byte[] prefix = prefix(p);
        Encodings.Bom bom = Encodings.bom(prefix);
        if (forced.isPresent()) {
            Charset cs = forced.get();
            return read(p, bom != null && bom.charset().equals(cs) ? bom.length() : 0, cs, CodingErrorAction.REPORT);
        }
        if (bom != null) return read(p, bom.length(), bom.charset(), CodingErrorAction.REPORT);
        Optional<String> utf8 = read(p, 0, StandardCharsets.UTF_8, CodingErrorAction.REPORT);
        if (utf8.isPresent()) return utf8;
        // not UTF-8: the decisions of Encodings.decode, in its order
        if (!Encodings.utf16Shapes(prefix).isEmpty() || damagedUtf8(p)) return Optional.empty();
        Optional<Charset> legacy = Encodings.detect(prefix);
        if (legacy.isEmpty() || !singleByte(legacy.get())) return Optional.empty();
        Optional<String> text = read(p, 0, legacy.get(), CodingErrorAction.REPLACE);
        text.ifPresent(t -> diags.add(Encodings.detected(legacy.get())));
        return text;
    }

    /** The 8-bit encodings, one character a byte (a multi-byte legacy encoding is left to the whole-array decoding). */
    private static boolean singleByte(Charset cs) {
        String n = cs.name().toLowerCase(Locale.ROOT);
        return n.startsWith("windows-125") || n.startsWith("iso-8859-") || n.equals("koi8-r") || n.equals("ibm866");
    }

    private static byte[] prefix(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            return in.readNBytes(PREFIX);
        }
    }

    /**
     * The file from byte {@code skip} on decoded in {@code cs}; with {@link CodingErrorAction#REPORT},
     * empty at the first malformed or unmappable byte.
     */
    static Optional<String> read(Path p, long skip, Charset cs, CodingErrorAction onError) throws IOException {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(onError).onUnmappableCharacter(onError);
        ByteBuffer in = ByteBuffer.allocate(BLOCK);
        // blocks of 8K characters: a block with one letter outside Latin-1 costs two bytes a character, the rest one
        CharBuffer out = CharBuffer.allocate(1 << 13);
        List<String> blocks = new ArrayList<>();
        try (SeekableByteChannel ch = Files.newByteChannel(p)) {
            ch.position(skip);
            boolean end = false;
            while (true) {
                if (!end && ch.read(in) < 0) end = true;
                in.flip();
                CoderResult r = dec.decode(in, out, end);
                in.compact();
                if (r.isError()) return Optional.empty();
                if (r.isOverflow()) {
                    take(out, blocks);
                } else if (end) {
                    break;
                }
            }
            while (dec.flush(out).isOverflow()) take(out, blocks);
            take(out, blocks);
        }
        // one copy into the text's own array (String.join sizes it once; no builder to trim)
        return Optional.of(blocks.size() == 1 ? blocks.get(0) : String.join("", blocks));
    }

    private static void take(CharBuffer out, List<String> blocks) {
        out.flip();
        if (out.hasRemaining()) blocks.add(out.toString());
        out.clear();
    }

    /**
     * {@link Encodings#damagedUtf8} read through the file: well-formed multi-byte sequences outnumber
     * malformed bytes two to one. A sequence cut by a block's end is carried into the next block.
     */
    static boolean damagedUtf8(Path p) throws IOException {
        long[] tally = new long[2]; // well-formed sequences, malformed bytes
        byte[] b = new byte[BLOCK + 4];
        int n = 0;
        try (InputStream in = Files.newInputStream(p)) {
            boolean end = false;
            while (!end || n > 0) {
                if (!end) {
                    int r = in.readNBytes(b, n, BLOCK);
                    if (r < BLOCK) end = true;
                    n += r;
                }
                // at the file's end every byte is judged; before it, a sequence may continue in the next block
                int stop = end ? n : n - 3;
                int i = Encodings.utf8Tally(b, stop, n, tally);
                int left = Math.max(0, n - i);
                System.arraycopy(b, i, b, 0, left);
                n = end ? 0 : left;
            }
        }
        return tally[0] >= 2 * tally[1];
    }
}
