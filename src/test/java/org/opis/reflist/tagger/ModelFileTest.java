package org.opis.reflist.tagger;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fast model reader ({@link ModelFile}, {@link WeightRows}) against the full weight table it
 * replaces: the same scores to the bit on every real gold entry, the same file written back, the
 * same errors for broken files.
 */
class ModelFileTest {

    private static byte[] bundled() throws IOException {
        return Tagger.class.getResourceAsStream(Tagger.BUNDLED).readAllBytes();
    }

    /** The full table, decoded the plain way (one weight at a time) from the file's bytes. */
    private static Model fullTable(byte[] file) throws IOException {
        var in = new java.io.DataInputStream(new java.util.zip.GZIPInputStream(new ByteArrayInputStream(file)));
        in.readInt();
        in.readInt();
        int bits = in.readInt();
        in.readInt();
        for (int i = 0; i < Model.L; i++) in.readUTF();
        Model m = new Model(bits);
        m.temperature = in.readFloat();
        for (int i = 0; i < m.trans.length; i++) m.trans[i] = in.readFloat();
        int nz = in.readInt();
        int idx = 0;
        for (int k = 0; k < nz; k++) {
            int v = 0;
            for (int shift = 0; ; shift += 7) {
                int b = in.readUnsignedByte();
                v |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) break;
            }
            idx += v;
            m.w[idx] = in.readFloat();
        }
        return m;
    }

    @Test
    void packedRowsScoreEveryGoldEntryToTheBitAsTheFullTable() throws IOException {
        byte[] file = bundled();
        Model packed = Model.read(new ByteArrayInputStream(file));
        Model full = fullTable(file);
        assertEquals(full.temperature, packed.temperature);
        assertArrayEquals(full.trans, packed.trans);
        List<String> entries = new ArrayList<>();
        try (Stream<Path> lists = Files.list(Path.of("references"))) {
            for (Path dir : lists.sorted().toList()) {
                Path gold = dir.resolve("gold.jsonl");
                if (Files.exists(gold)) for (var e : Corpus.read(gold, dir.getFileName().toString()).entries()) entries.add(e.text());
            }
        }
        assertTrue(entries.size() > 1000, "gold entries: " + entries.size());
        for (String e : entries) {
            int[][] feats = Features.of(Tokenizer.tokens(e), packed.bits);
            float[][] a = full.emissions(feats), b = packed.emissions(feats);
            for (int i = 0; i < a.length; i++) {
                for (int y = 0; y < Model.L; y++) {
                    assertEquals(Float.floatToRawIntBits(a[i][y]), Float.floatToRawIntBits(b[i][y]), e);
                }
            }
        }
    }

    @Test
    void aReadModelWritesTheSameFileBack() throws IOException {
        byte[] file = bundled();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Model.read(new ByteArrayInputStream(file)).write(out);
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        fullTable(file).write(again);
        assertArrayEquals(again.toByteArray(), out.toByteArray());
    }

    @Test
    void brokenFilesAreTheSameErrors() throws IOException {
        byte[] file = bundled();
        IOException cut = assertThrows(IOException.class, () -> Model.read(new ByteArrayInputStream(java.util.Arrays.copyOf(file, file.length / 2))));
        assertTrue(cut.getMessage().contains("cut short"), cut.getMessage());
        IOException junk = assertThrows(IOException.class, () -> Model.read(new ByteArrayInputStream("not a model".getBytes())));
        assertTrue(junk.getMessage().contains("not an opis tagger model"), junk.getMessage());
        // a gzip stream of the right header that stops inside the weights
        byte[] raw = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(file)).readAllBytes();
        ByteArrayOutputStream short_ = new ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(short_)) {
            gz.write(raw, 0, raw.length - 3);
        }
        IOException inside = assertThrows(IOException.class, () -> Model.read(new ByteArrayInputStream(short_.toByteArray())));
        assertTrue(inside.getMessage().contains("cut short"), inside.getMessage());
    }
}
