package org.opis.reflist.tagger;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Hand-checked reference lists in JSON Lines: one entry a line, {@code {"text": "<entry as in the
 * list>", "csl": {<its CSL-JSON record>}}}. A folder of lists holds one {@code <list>/gold.jsonl}
 * per list (as {@code references/} does).
 */
public final class Corpus {
    /** One gold entry. */
    public record Entry(String text, JsonNode csl) {
    }

    /** One list: its name and entries. */
    public record GoldList(String name, List<Entry> entries) {
    }

    private Corpus() {
    }

    /**
     * Reads one JSON Lines file.
     *
     * @throws IOException when the file cannot be read or a line is not an entry (the message names the file and line)
     */
    public static GoldList read(Path file, String name) throws IOException {
        List<Entry> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty()) continue;
            JsonNode n;
            try {
                n = Synthetic.MAPPER.readTree(l);
            } catch (IOException e) {
                throw new IOException(file + ":" + (i + 1) + ": not a JSON object: " + e.getMessage(), e);
            }
            if (n == null || !n.isObject() || !n.path("text").isTextual() || !n.path("csl").isObject()) {
                throw new IOException(file + ":" + (i + 1) + ": each line must be {\"text\": \"…\", \"csl\": {…}}");
            }
            // read as a file given to opis is (SourceReader): decomposed accents composed
            out.add(new Entry(java.text.Normalizer.normalize(n.get("text").asText(), java.text.Normalizer.Form.NFC), n.get("csl")));
        }
        return new GoldList(name, out);
    }

    /** Reads every {@code <list>/gold.jsonl} under a folder, in name order. */
    public static List<GoldList> readAll(Path folder) throws IOException {
        List<GoldList> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) return out;
        try (Stream<Path> s = Files.list(folder)) {
            for (Path d : s.sorted().toList()) {
                Path g = d.resolve("gold.jsonl");
                if (Files.isRegularFile(g)) out.add(read(g, d.getFileName().toString()));
            }
        }
        return out;
    }

    /** A file's own path for lists given one by one. */
    static String nameOf(Path file) {
        String n = file.getFileName().toString();
        if (n.equals("gold.jsonl") && file.getParent() != null) return file.getParent().getFileName().toString();
        return n.replaceFirst("\\.jsonl$", "");
    }

}
