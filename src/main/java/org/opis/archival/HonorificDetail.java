package org.opis.archival;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * "ЦДКФФА України ім. Г.С. Пшеничного": an archive written with its honorific ("named after …").
 * When the whole is not a registry name, the words before the honorific are looked up and the
 * honorific is a description of the archive (archive detail). The honorific words are data
 * ({@code honorifics} in name-key.json).
 */
final class HonorificDetail {

    private static final List<String> WORDS = load();

    private HonorificDetail() {
    }

    /** Where the honorific begins in {@code name} (at a word boundary, after some words), or -1. */
    static int start(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        int best = -1;
        for (String w : WORDS) {
            int from = 1;
            while (true) {
                int at = lower.indexOf(w, from);
                if (at < 0) break;
                boolean before = Character.isWhitespace(lower.charAt(at - 1));
                int end = at + w.length();
                boolean after = end < lower.length() && (Character.isWhitespace(lower.charAt(end)) || w.endsWith("."));
                if (before && after && end < lower.length() && (best < 0 || at < best)) best = at;
                from = at + 1;
            }
        }
        return best;
    }

    private static List<String> load() {
        try (InputStream in = HonorificDetail.class.getResourceAsStream("name-key.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<String> out = new ArrayList<>();
            for (JsonNode w : root.path("honorifics")) out.add(w.asText().toLowerCase(java.util.Locale.ROOT));
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read name-key.json", e);
        }
    }
}
