package org.opis.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;

import static org.junit.jupiter.api.Assertions.*;

/** Streamed input ({@code archival --input}) is decoded as whole files are: legacy encodings recognised, UTF-16 by its mark. */
class StreamingEncodingTest {

    @TempDir
    Path dir;

    private static final String CITATIONS = String.join("\n", Collections.nCopies(40,
            "ГАРФ. Ф. Р-5446. Оп. 1. Д. 10. Л. 5\nРГАСПИ. Ф. 17. Оп. 3. Д. 1080. Л. 55")) + "\n";

    private Run archival(byte[] bytes, String... extra) throws IOException {
        Path f = dir.resolve("in.txt");
        Files.write(f, bytes);
        String[] args = new String[4 + extra.length];
        args[0] = "archival";
        args[1] = "--input";
        args[2] = f.toString();
        args[3] = "--format=json";
        System.arraycopy(extra, 0, args, 4, extra.length);
        return Run.run(args);
    }

    @Test
    void windows1251IsRecognisedAndReadLikeUtf8() throws IOException {
        Run utf8 = archival(CITATIONS.getBytes(StandardCharsets.UTF_8));
        Run cp1251 = archival(CITATIONS.getBytes(Charset.forName("windows-1251")));
        assertEquals(utf8.out(), cp1251.out());
        assertEquals(80, utf8.out().lines().count());
        assertTrue(utf8.out().contains("\"fond\""), utf8.out());
        assertTrue(cp1251.err().contains("input/encoding-detected") && cp1251.err().contains("windows-1251"), cp1251.err());
    }

    @Test
    void utf16WithItsMarkIsRead() throws IOException {
        Run utf8 = archival(CITATIONS.getBytes(StandardCharsets.UTF_8));
        Run utf16 = archival(("\uFEFF" + CITATIONS).getBytes(StandardCharsets.UTF_16LE));
        assertEquals(utf8.out(), utf16.out());
    }

    @Test
    void aForcedEncodingThatDoesNotFitStopsWithAnError() throws IOException {
        byte[] bytes = CITATIONS.getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 5] = (byte) 0xFF; // not valid UTF-8 near the end
        Run r = archival(bytes, "--encoding", "utf-8");
        assertEquals(Main.USAGE, r.status());
        assertTrue(r.err().contains("not valid in its encoding"), r.err());
    }
}
