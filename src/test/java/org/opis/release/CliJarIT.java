package org.opis.release;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs after {@code mvn package} (failsafe, integration-test phase) on the two jars the build makes:
 * the runnable CLI jar works alone, with no {@code lib/} beside it, and the library jar carries no
 * command line.
 */
class CliJarIT {

    private static final Path TARGET = Path.of("target");
    private static final Path NOTE = Path.of("references/selivanov-2017/note.md").toAbsolutePath();

    @Test
    void cliJarChecksTheBundledNoteWithNoLibFolder(@TempDir Path dir) throws Exception {
        Path jar = Files.copy(TARGET.resolve("opis-cli.jar"), dir.resolve("opis-cli.jar"));
        assertFalse(Files.exists(dir.resolve("lib")));
        Path out = dir.resolve("out.txt");
        Process p = new ProcessBuilder(javaBin(), "-jar", jar.toString(), "check", NOTE.toString())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .start();
        int status = p.waitFor();
        String text = Files.readString(out, StandardCharsets.UTF_8);
        // The note has archival citations at error level (README: 9 valid, 12 invalid), so status 1.
        assertEquals(1, status, text);
        assertTrue(text.contains("error[archival/pages-for-leaves]"), text);
        assertTrue(text.contains("86 citations found"), text);
        assertFalse(text.contains("Exception"), text);
    }

    @Test
    void cliJarMergesServiceFilesOfEveryJar() throws IOException {
        try (JarFile jar = new JarFile(TARGET.resolve("opis-cli.jar").toFile())) {
            assertEquals("org.opis.cli.Main", jar.getManifest().getMainAttributes().getValue("Main-Class"));
            // opis's own plug-ins and Jackson's service file both survive shading.
            String exports = read(jar, "META-INF/services/org.opis.spi.ExportFormat");
            assertTrue(exports.contains("org.opis.bibtex.BibTeXExport"), exports);
            assertTrue(exports.contains("org.opis.csl.CslJsonFormat"), exports);
            assertTrue(read(jar, "META-INF/services/org.opis.archival.ArchivalScheme").contains("org.opis.archival.RussianScheme"));
            assertTrue(read(jar, "META-INF/services/com.fasterxml.jackson.core.JsonFactory").contains("JsonFactory"));
            assertNotNull(jar.getEntry("picocli/CommandLine.class"));
            assertNotNull(jar.getEntry("org/opis/cli/Main.class"));
            assertNull(jar.getEntry("module-info.class"));
        }
    }

    @Test
    void libraryJarHasNoCommandLine() throws IOException {
        try (JarFile jar = new JarFile(TARGET.resolve("opis.jar").toFile())) {
            List<String> names = new ArrayList<>();
            Collections.list(jar.entries()).forEach(e -> names.add(e.getName()));
            assertTrue(names.contains("org/opis/Opis.class"), "the facade is in the library jar");
            assertFalse(names.stream().anyMatch(n -> n.startsWith("org/opis/cli/")), "no CLI classes");
            assertFalse(names.stream().anyMatch(n -> n.startsWith("picocli/")), "no picocli");
        }
    }

    @Test
    void jarEntriesCarryTheFixedBuildTime() throws IOException {
        for (String name : List.of("opis.jar", "opis-cli.jar")) {
            try (JarFile jar = new JarFile(TARGET.resolve(name).toFile())) {
                ZipEntry opis = jar.getEntry("org/opis/Opis.class");
                ZipEntry first = jar.entries().nextElement();
                assertEquals(opis.getLastModifiedTime(), first.getLastModifiedTime(), name);
            }
        }
    }

    private static String read(JarFile jar, String name) throws IOException {
        ZipEntry e = jar.getEntry(name);
        assertNotNull(e, name);
        try (var in = jar.getInputStream(e)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
