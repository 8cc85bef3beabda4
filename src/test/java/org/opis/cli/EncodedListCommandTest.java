package org.opis.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real Russian GOST list (references/gost-early-modern/list.md) saved as UTF-16 with its mark
 * and as Windows-1251: {@code opis parse} from the file gives exactly the output of the UTF-8 file
 * (UTF-16: byte for byte; Windows-1251: the same records and findings plus the one naming the encoding).
 */
class EncodedListCommandTest {

    private static final Path LIST = Path.of("references/gost-early-modern/list.md");

    private static Run parse(Path dir, String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return Run.run("parse", f.toString(), "--format", "json");
    }

    private static String findings(Run r, String name) {
        return r.err().lines().filter(l -> !l.contains("input/encoding-detected")).map(l -> l.replace(name, "LIST")).toList().toString();
    }

    @Test
    void utf16AndWindows1251CopiesParseExactlyLikeTheUtf8File(@TempDir Path dir) throws Exception {
        String text = Files.readString(LIST, StandardCharsets.UTF_8);
        Run utf8 = parse(dir, "utf8.md", text.getBytes(StandardCharsets.UTF_8));
        assertTrue(utf8.out().contains("\"title\""), utf8.out());
        assertTrue(utf8.out().contains("Петр"), utf8.out());

        Run utf16 = parse(dir, "utf16.md", ("\uFEFF" + text).getBytes(Charset.forName("UTF-16LE")));
        assertEquals(utf8.status(), utf16.status());
        assertEquals(utf8.out(), utf16.out());
        assertEquals(findings(utf8, "utf8.md"), findings(utf16, "utf16.md"));

        Run cp1251 = parse(dir, "cp1251.md", text.getBytes(Charset.forName("windows-1251")));
        assertEquals(utf8.status(), cp1251.status());
        // the same JSON, but for the information finding that names the encoding
        com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode legacy = m.readTree(cp1251.out());
        com.fasterxml.jackson.databind.node.ArrayNode diags = (com.fasterxml.jackson.databind.node.ArrayNode) legacy.get("diagnostics");
        assertEquals("input/encoding-detected", diags.get(0).get("code").asText());
        assertTrue(diags.get(0).get("message").asText().contains("windows-1251"), diags.toString());
        diags.remove(0);
        assertEquals(m.readTree(utf8.out()), legacy);
        assertEquals(findings(utf8, "utf8.md"), findings(cp1251, "cp1251.md"));
        assertTrue(cp1251.err().contains("input/encoding-detected") && cp1251.err().contains("windows-1251"), cp1251.err());
        assertFalse(cp1251.out().contains("\uFFFD"));
    }
}
