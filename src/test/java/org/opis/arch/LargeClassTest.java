package org.opis.arch;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** No main class a newcomer must read whole: a source file over 400 lines needs a stated reason. */
class LargeClassTest {

    static final int LIMIT = 400;
    private static final Path MAIN = Path.of("src/main/java");

    @Test
    void everyClassOver400LinesSaysWhy() throws IOException {
        Map<String, String> reasons = reasons();
        List<String> unexplained = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).sorted().collect(Collectors.toList())) {
                List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
                if (lines.size() <= LIMIT) continue;
                String rel = MAIN.relativize(p).toString().replace('\\', '/');
                boolean inComment = lines.stream().anyMatch(l -> l.contains("Over 400 lines:"));
                if (!inComment && !reasons.containsKey(rel)) unexplained.add(rel + " (" + lines.size() + " lines)");
            }
        }
        assertEquals(List.of(), unexplained, "split these classes, or give the reason in a comment "
                + "(\"Over 400 lines: …\") or in src/test/resources/org/opis/arch/large-classes.tsv");
    }

    private static Map<String, String> reasons() throws IOException {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = LargeClassTest.class.getResourceAsStream("large-classes.tsv")) {
            assertNotNull(in, "large-classes.tsv");
            boolean header = true;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header) { header = false; continue; }
                String[] f = line.split("\t", 2);
                if (f.length == 2 && !f[1].isBlank()) out.put(f[0], f[1]);
            }
        }
        return out;
    }
}
