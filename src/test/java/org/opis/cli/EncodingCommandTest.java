package org.opis.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EncodingCommandTest {

    private static Run withStdin(byte[] bytes, String... args) {
        InputStream old = System.in;
        try {
            System.setIn(new ByteArrayInputStream(bytes));
            return Run.run(args);
        } finally {
            System.setIn(old);
        }
    }

    @Test
    void archivalOnStandardInputIsDecodedLikeAFile() {
        String citations = "РГАСПИ. Ф. 17. Оп. 3. Д. 1080. Л. 55.\nГАРФ. Ф. Р-5446. Оп. 1. Д. 12. Л. 3–4.\n";
        Run r = withStdin(citations.getBytes(Charset.forName("windows-1251")), "archival", "--format", "json");
        assertTrue(r.err().contains("info[input/encoding-detected]") && r.err().contains("windows-1251"), r.err());
        assertTrue(r.out().contains("РГАСПИ") && r.out().contains("ГАРФ"), r.out());
        assertFalse(r.out().contains("\uFFFD"), r.out());
        Run forced = withStdin(citations.getBytes(Charset.forName("KOI8-R")), "archival", "--encoding", "koi8-r", "--format", "json");
        assertTrue(forced.out().contains("РГАСПИ"), forced.out());
    }

    @Test
    void parseReadsAUtf16FileAndAnUnknownEncodingIsAUsageError(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("list.txt");
        Files.write(f, "\uFEFFАнисимов Е. В. Петр Великий. Личность и реформы. СПб. : Питер, 2009.\n".getBytes(Charset.forName("UTF-16LE")));
        Run r = Run.run("parse", f.toString(), "--format", "text");
        assertEquals(Main.OK, r.status(), r.err());
        assertTrue(r.out().contains("Петр Великий"), r.out());
        Run bad = Run.run("parse", f.toString(), "--encoding", "no-such-charset");
        assertEquals(Main.USAGE, bad.status());
        assertTrue(bad.err().contains("unknown encoding 'no-such-charset'"), bad.err());
    }
}
