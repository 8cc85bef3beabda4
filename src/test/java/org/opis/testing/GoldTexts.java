package org.opis.testing;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The entry texts of every hand-checked list ({@code references/<list>/gold.jsonl}), lists in name order: read once. */
public final class GoldTexts {

    private static List<String> cached;

    private GoldTexts() {
    }

    /** Every gold entry's {@code text}, in list and line order. */
    public static synchronized List<String> all() {
        if (cached != null) return cached;
        List<String> out = new ArrayList<>();
        ObjectMapper m = new ObjectMapper();
        try (Stream<Path> dirs = Files.list(Path.of("references"))) {
            for (Path d : dirs.sorted().toList()) {
                Path g = d.resolve("gold.jsonl");
                if (!Files.isRegularFile(g)) continue;
                for (String l : Files.readAllLines(g)) if (!l.isBlank()) out.add(m.readTree(l).get("text").asText());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cached = List.copyOf(out);
        return cached;
    }
}
