package org.opis.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OutputFileTest {

    @Test
    void aWriteThatFailsPartWayLeavesTheOldContentWholeAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("refs.bib");
        Files.writeString(out, "@book{old, title = {Old}}\n", StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> OutputFile.write(out, List.of(), false, w -> {
            w.write("@book{new, title = {Half");
            w.flush();
            throw new IOException("No space left on device");
        }));
        assertEquals("No space left on device", e.getMessage());
        assertEquals("@book{old, title = {Old}}\n", Files.readString(out));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void theTargetKeepsItsPermissions(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("r.txt");
        Files.writeString(out, "old");
        var perms = java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(out, perms);
        OutputFile.write(out, "new", List.of(), false);
        assertEquals("new", Files.readString(out));
        assertEquals(perms, Files.getPosixFilePermissions(out));
    }

    @Test
    void aNewFileIsReadableByAllNotPrivateLikeItsTemporaryFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("new.bib");
        OutputFile.write(out, "@book{a, title = {A}}\n", List.of(), false);
        assertEquals(java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"), Files.getPosixFilePermissions(out));
    }

    @Test
    void aBinaryBodyThatClosesItsStreamIsStillWrittenWhole(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("model.gz");
        OutputFile.writeStream(out, List.of(), false, os -> {
            try (var gz = new java.util.zip.GZIPOutputStream(os)) {
                gz.write("weights".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        });
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(out))) {
            assertEquals("weights", new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void aDirectoryIsRefused(@TempDir Path dir) {
        assertThrows(OutputFile.RefusedException.class, () -> OutputFile.write(dir, "x", List.of(), true));
    }
}
