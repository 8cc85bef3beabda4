package org.opis.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A file decoded block by block ({@link SourceReader#readFile}) gives the text and the findings that
 * decoding its whole bytes gives ({@link SourceReader#decode}), on a real Russian list in every encoding
 * opis recognises, small and over the 1 MB the detection looks at, with letters cut by a block's end;
 * where the bytes are wrong it gives way to the whole-bytes decoding, which names the bad byte.
 */
class FileDecoderTest {

    @TempDir
    Path dir;

    static final String LIST = read("references/gost-early-modern/list.md");

    static String read(String p) {
        try {
            return Files.readString(Path.of(p));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The streamed result, asserted equal to the whole-bytes one. */
    private Optional<SourceReader.Result> same(String name, byte[] bytes, Optional<Charset> forced) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        SourceReader.Result whole = SourceReader.decode(p.toString(), bytes, forced);
        Optional<SourceReader.Result> streamed = SourceReader.readFile(p.toString(), p, forced);
        streamed.ifPresent(s -> {
            assertEquals(whole.source().text(), s.source().text(), name);
            assertEquals(whole.diagnostics(), s.diagnostics(), name);
        });
        return streamed;
    }

    static byte[] cat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    @Test
    void everyEncodingGivesTheWholeBytesTextAndFindings() throws Exception {
        for (String text : new String[] {LIST, LIST.repeat(400)}) {
            String size = text.length() > 1 << 20 ? "large" : "small";
            assertTrue(same(size + ".utf8", text.getBytes(StandardCharsets.UTF_8), Optional.empty()).isPresent());
            assertTrue(same(size + ".bom8", cat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8)),
                    Optional.empty()).isPresent());
            assertTrue(same(size + ".utf16le", cat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)),
                    Optional.empty()).isPresent());
            assertTrue(same(size + ".utf16be", cat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE)),
                    Optional.empty()).isPresent());
            assertTrue(same(size + ".utf32", cat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, text.getBytes(Charset.forName("UTF-32BE"))),
                    Optional.empty()).isPresent());
            for (String cs : new String[] {"windows-1251", "koi8-r"}) {
                Optional<SourceReader.Result> r = same(size + "." + cs, text.getBytes(Charset.forName(cs)), Optional.empty());
                assertTrue(r.isPresent(), cs);
                assertEquals(LIST.substring(0, 200), r.get().source().text().substring(0, 200), cs);
                assertTrue(r.get().diagnostics().stream().anyMatch(d -> d.code().equals("input/encoding-detected")
                        && d.message().toLowerCase(java.util.Locale.ROOT).contains(cs)), cs + ": " + r.get().diagnostics());
            }
            assertTrue(same(size + ".forced", text.getBytes(Charset.forName("windows-1251")), Optional.of(Charset.forName("windows-1251"))).isPresent());
        }
    }

    @Test
    void lettersCutByABlocksEndAreWhole() throws Exception {
        // two-byte letters across the 64 KB read blocks and the 8K-character blocks
        String t = "я".repeat(65_535) + "a" + "я".repeat(70_000) + "\n";
        assertEquals(t, same("cut.utf8", t.getBytes(StandardCharsets.UTF_8), Optional.empty()).orElseThrow().source().text());
        String u = "a".repeat(65_536);
        assertEquals(u, same("exact.utf8", u.getBytes(StandardCharsets.UTF_8), Optional.empty()).orElseThrow().source().text());
        assertEquals("", same("empty", new byte[0], Optional.empty()).orElseThrow().source().text());
    }

    @Test
    void wrongBytesAreLeftToTheWholeBytesDecodingThatNamesThem() throws Exception {
        byte[] damaged = LIST.getBytes(StandardCharsets.UTF_8);
        damaged[damaged.length - 5] = (byte) 0xC0;
        assertTrue(same("damaged", damaged, Optional.empty()).isEmpty());
        assertTrue(same("forced-wrong", LIST.getBytes(Charset.forName("windows-1251")), Optional.of(StandardCharsets.UTF_8)).isEmpty());
        // the damaged file read by path: the finding names the byte's line, column and offset as before
        Path p = dir.resolve("damaged");
        SourceReader.Result r = SourceReader.read(p.toString());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code().equals("input/encoding")
                && d.message().contains("byte " + (damaged.length - 5))), r.diagnostics().toString());
    }
}
