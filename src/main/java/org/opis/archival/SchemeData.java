package org.opis.archival;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code labels.json} says about each citation scheme apart from its labels: how it is read
 * ({@code reader}: {@code ru} the Soviet hierarchy, {@code segments} comma-separated catalogue
 * segments, {@code class} a plug-in class), its level names in order, separators, ranges, an example
 * and where the example and the rules come from. The schema test checks every scheme has them.
 */
public final class SchemeData {

    /** One scheme's description. */
    public record Entry(String id, String reader, String description, List<String> levels, String separators,
                        String ranges, String example, String exampleSource, String source) {
    }

    private final List<Entry> entries;

    private SchemeData(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Reads {@code labels.json}. */
    public static SchemeData load() {
        try (InputStream in = SchemeData.class.getResourceAsStream("labels.json")) {
            if (in == null) throw new IllegalStateException("missing resource labels.json");
            JsonNode root = new ObjectMapper().readTree(in).path("schemes");
            List<Entry> out = new ArrayList<>();
            root.fields().forEachRemaining(f -> {
                JsonNode s = f.getValue();
                List<String> levels = new ArrayList<>();
                for (JsonNode l : s.path("levels")) levels.add(l.asText());
                out.add(new Entry(f.getKey(), s.path("reader").asText(""), s.path("description").asText(""), List.copyOf(levels),
                        s.path("separators").asText(""), s.path("ranges").asText(""), s.path("example").asText(""),
                        s.path("exampleSource").asText(""), s.path("source").asText("")));
            });
            return new SchemeData(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read labels.json", e);
        }
    }

    /** Every scheme, in file order. */
    public List<Entry> entries() {
        return entries;
    }
}
